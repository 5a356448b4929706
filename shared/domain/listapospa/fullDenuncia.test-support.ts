import type { Denuncia } from './model';

/** A fully populated denuncia, for the tests that must see every field of the model go through. */

/**
 * Every property of the model present, down to the last optional one (the compiler lists what
 * is missing); kept unknown elements are the reader's raw XML, present but not filled out.
 */
type Full<T> = T extends readonly (infer U)[]
  ? Full<U>[]
  : T extends object
    ? { [K in keyof T]-?: K extends 'unknown' | 'unknownAttrs' ? T[K] : Full<T[K]> }
    : T;

const kept = {
  unknown: [
    { name: 'Z', after: 'X', afterIndex: 0, attrs: { a: '1' }, children: [{ name: 'Y', text: 't' }] },
  ],
  unknownAttrs: { 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance' },
};
const gestSemplice = (codGestione: string) => ({
  codGestione,
  imponibile: '1.00',
  contributo: '0.10',
  ...kept,
});
const inquadramento = {
  tipoImpiego: '1',
  tipoServizio: '4',
  percRetribuzione: '100',
  contratto: 'RALN',
  qualifica: '000123',
  partTimePA: { tipoPartTime: 'P' as const, percPartTime: '50000', ...kept },
  regimeFineServizio: '3',
  ...kept,
};
const gestioni = {
  pensionistica: {
    ...gestSemplice('2'),
    imponibileEccMass: '1.00',
    contrib1PerCento: '0.01',
    giorniUtiliFiniPensionistici: '26',
    retribVirtualeFiniPens: '2.00',
    stipendioTabellare: '3.00',
    retribIndivAnzianita: '4.00',
    quotaDatoreL166_91: '5.00',
    contributoL166_91: '6.00',
    recuperoSgravi: [
      {
        annoRif: '2025',
        meseRif: '4',
        codiceRecupero: '57',
        altroImponibile: '7.00',
        importo: '13.54',
        ...kept,
      },
    ],
  },
  previdenziale: {
    ...gestSemplice('6'),
    tipo: 'TFR' as const,
    imponibileTFRUlterioriElem: '8.00',
    contributoTFRUlterioriElem: '0.50',
  },
  credito: { ...gestSemplice('9'), aderenteCredito45_2007: '1' },
  enpdep: gestSemplice('8'),
  enam: gestSemplice('11'),
  ...kept,
};
const periodo = {
  giornoInizio: '2026-01-01',
  giornoFine: '2026-01-31',
  inquadramento,
  gestioni,
  codiceCessazione: '1',
  numeroMensilita: '13',
  retribTeoricaTabellareTFR: '0.00',
  retribValutabileTFR: '9.00',
  ...kept,
};
export const FULL_DENUNCIA: Full<Denuncia> = {
  datiMittente: {
    tipo: '1',
    cfPersonaMittente: 'RSSMRA80A01H501U',
    ragSocMittente: 'Comune',
    cfMittente: '00000000000',
    cfSoftwarehouse: '11111111111',
    sedeINPS: '7000',
    ...kept,
  },
  azienda: {
    annoMeseDenuncia: '2026-01',
    cfAzienda: '00000000000',
    ragSocAzienda: 'Comune di Prova',
    listaPosPA: {
      tipo: 'variazione',
      prgAzienda: '00001',
      cfRappresentanteFirmatario: 'RSSMRA80A01H501U',
      istat: '058091',
      formaGiuridica: '2430',
      posPA: [
        {
          d0: [
            {
              cfLavoratore: 'RSSMRA80A01H501U',
              cognome: 'ROSSI',
              nome: 'NICOLÒ',
              datiSedeLavoro: { codiceComune: 'H501', cap: '00100', ...kept },
              e0: [periodo],
              e1: [
                {
                  datiPosContribIscritto: kept,
                  codFondo: '1',
                  dataInizioPeriodo: '2026-01-01',
                  dataFinePeriodo: '2026-01-31',
                  retribSoggettaAContrib: '1.00',
                  contribLav: '0.01',
                  contribDL: '0.01',
                  ...kept,
                },
              ],
              f1: [
                {
                  annoMeseRif: '2026-01',
                  codGestione: '2',
                  tipoPiano: '11',
                  prgRata: '1',
                  totaleRate: '12',
                  importo: '10.00',
                  tipoOperazione: 'V',
                  ...kept,
                },
              ],
              v1: [
                {
                  ...periodo,
                  giornoInizio: '2025-12-01',
                  giornoFine: '2025-12-31',
                  causaleVariazione: '7',
                  codMotivoUtilizzo: '11',
                  descrMotivoUtilizzo: {
                    dataAtto: '2025-11-30',
                    identAtto: 'Det. 1',
                    numeroRegistro: '12',
                    ...kept,
                  },
                  enteVersante: [
                    {
                      tipoContributo: '1',
                      cfAzienda: '00000000000',
                      prgAzienda: '00001',
                      imponibile: '1.00',
                      contributo: '0.10',
                      annoMeseErogazione: '2026-01',
                      aliquota: '2',
                      ...kept,
                    },
                  ],
                },
              ],
              ...kept,
            },
          ],
          ...kept,
        },
      ],
      ...kept,
    },
    ...kept,
  },
  ...kept,
};

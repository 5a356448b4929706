import fc from 'fast-check';
import type { D0, Denuncia, E0, E1, EnteVersante, F1, Gestioni, InquadramentoLavPA, V1 } from './model';

/** fast-check arbitraries of the ListaPosPA model, for the XML round-trip properties. */

// Text a user may type, XML specials included; no control characters (not allowed in XML 1.0).
const text = fc.stringMatching(/^[A-Za-z0-9 '&<>"àèéìòùÀ.,-]{1,20}$/);
const code = fc.stringMatching(/^[0-9]{1,2}$/);
const amount = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 99_999_999_999n }))
  .map(([negative, cents]) => {
    const digits = cents.toString().padStart(3, '0');
    const value = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
    return negative && cents > 0n ? `-${value}` : value;
  });
const date = fc
  .date({ min: new Date('2005-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const month = date.map((d) => d.slice(0, 7));
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is undefined, as the reader never creates them. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const inquadramento: fc.Arbitrary<InquadramentoLavPA> = fc
  .record({
    tipoImpiego: code,
    tipoServizio: code,
    percRetribuzione: opt(fc.stringMatching(/^[0-9]{1,3}$/)),
    contratto: opt(fc.constantFrom('RALN', 'SSNN')),
    qualifica: opt(fc.stringMatching(/^[0-9]{6}$/)),
    partTimePA: opt(
      fc.record({
        tipoPartTime: fc.constantFrom('P', 'V', 'M'),
        percPartTime: fc.stringMatching(/^[1-9][0-9]{3,4}$/),
      }),
    ),
    regimeFineServizio: opt(fc.constantFrom('1', '2', '3')),
  })
  .map(clean);

const gestioni: fc.Arbitrary<Gestioni> = fc
  .record({
    pensionistica: opt(
      fc
        .record({
          codGestione: fc.constantFrom('1', '2', '3', '4', '5'),
          imponibile: amount,
          contributo: amount,
          imponibileEccMass: opt(amount),
          contrib1PerCento: opt(amount),
          giorniUtiliFiniPensionistici: opt(fc.stringMatching(/^[0-9]{1,2}$/)),
          stipendioTabellare: opt(amount),
          retribIndivAnzianita: opt(amount),
        })
        .map(clean),
    ),
    previdenziale: opt(
      fc
        .record({
          codGestione: fc.constantFrom('6', '7'),
          tipo: fc.constantFrom('TFS' as const, 'TFR' as const),
          imponibile: amount,
          contributo: amount,
          imponibileTFRUlterioriElem: opt(amount),
          contributoTFRUlterioriElem: opt(amount),
        })
        .map(clean),
    ),
    credito: opt(
      fc
        .record({
          codGestione: fc.constant('9'),
          aderenteCredito45_2007: opt(fc.constantFrom('0', '1')),
          imponibile: amount,
          contributo: amount,
        })
        .map(clean),
    ),
    enpdep: opt(fc.record({ codGestione: fc.constant('8'), imponibile: amount, contributo: amount })),
    enam: opt(fc.record({ codGestione: fc.constant('11'), imponibile: amount, contributo: amount })),
  })
  .map(clean);

const periodoExtras = {
  codiceCessazione: opt(code),
  numeroMensilita: opt(fc.stringMatching(/^[0-9]{1,2}$/)),
  retribTeoricaTabellareTFR: opt(amount),
  retribValutabileTFR: opt(amount),
};

const e0: fc.Arbitrary<E0> = fc
  .record({ giornoInizio: date, giornoFine: date, inquadramento, gestioni, ...periodoExtras })
  .map(clean);

const enteVersante: fc.Arbitrary<EnteVersante> = fc.record({
  tipoContributo: code,
  cfAzienda: fc.stringMatching(/^[0-9]{11}$/),
  prgAzienda: fc.stringMatching(/^[0-9]{5}$/),
  imponibile: amount,
  contributo: amount,
  annoMeseErogazione: month,
  aliquota: fc.constantFrom('1' as const, '2' as const),
});

const v1: fc.Arbitrary<V1> = fc
  .record({
    causaleVariazione: fc.constantFrom('1', '5', '6', '7'),
    codMotivoUtilizzo: opt(code),
    giornoInizio: date,
    giornoFine: date,
    inquadramento: opt(inquadramento),
    gestioni: opt(gestioni),
    ...periodoExtras,
    descrMotivoUtilizzo: opt(
      fc.record({ dataAtto: date, identAtto: opt(text), numeroRegistro: opt(text) }).map(clean),
    ),
    enteVersante: fc.array(enteVersante, { maxLength: 3 }),
  })
  .map(clean);

const e1: fc.Arbitrary<E1> = fc.record({
  codFondo: code,
  dataInizioPeriodo: date,
  dataFinePeriodo: date,
  retribSoggettaAContrib: amount,
  contribLav: amount,
  contribDL: amount,
});

const f1: fc.Arbitrary<F1> = fc.record({
  annoMeseRif: month,
  codGestione: code,
  tipoPiano: fc.constantFrom('11', '12', '13', '28', '41'),
  prgRata: code,
  totaleRate: code,
  importo: amount,
  tipoOperazione: fc.constantFrom('V' as const, 'R' as const, 'S' as const),
});

const d0: fc.Arbitrary<D0> = fc
  .record({
    cfLavoratore: fc.stringMatching(/^[A-Z]{6}[0-9]{2}[A-Z][0-9]{2}[A-Z][0-9]{3}[A-Z]$/),
    cognome: text,
    nome: text,
    datiSedeLavoro: opt(
      fc.record({ codiceComune: fc.stringMatching(/^[A-Z][0-9]{3}$/), cap: fc.stringMatching(/^[0-9]{5}$/) }),
    ),
    e0: fc.array(e0, { maxLength: 2 }),
    e1: fc.array(e1, { maxLength: 1 }),
    f1: fc.array(f1, { maxLength: 1 }),
    v1: fc.array(v1, { maxLength: 2 }),
  })
  .map(clean);

export const denunciaArbitrary: fc.Arbitrary<Denuncia> = fc.record({
  datiMittente: fc
    .record({
      tipo: fc.constantFrom('1' as const, '2' as const),
      cfPersonaMittente: fc.stringMatching(/^[A-Z0-9]{16}$/),
      ragSocMittente: text,
      cfMittente: fc.stringMatching(/^[0-9]{11}$/),
      cfSoftwarehouse: opt(fc.stringMatching(/^[0-9]{11}$/)),
      sedeINPS: opt(fc.stringMatching(/^[0-9]{4}$/)),
    })
    .map(clean),
  azienda: fc.record({
    annoMeseDenuncia: month,
    cfAzienda: fc.stringMatching(/^[0-9]{11}$/),
    ragSocAzienda: text,
    listaPosPA: fc
      .record({
        tipo: fc.constantFrom('ordinario' as const, 'variazione' as const),
        prgAzienda: fc.stringMatching(/^[0-9]{5}$/),
        cfRappresentanteFirmatario: fc.stringMatching(/^[A-Z0-9]{16}$/),
        istat: opt(fc.stringMatching(/^[0-9]{6}$/)),
        formaGiuridica: opt(fc.stringMatching(/^[0-9]{4}$/)),
        posPA: fc.array(fc.record({ d0: fc.array(d0, { minLength: 1, maxLength: 3 }) }), {
          minLength: 1,
          maxLength: 2,
        }),
      })
      .map(clean),
  }),
});

import { computeCheckCharacter, computeEnteCheckDigit } from '../codiceFiscale';
import type { D0, Denuncia, E1, F1, InquadramentoLavPA } from './model';

/**
 * Valid sample data for tests, the bench and the sandbox seed: deterministic, so a failing run
 * can be reproduced.
 */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A valid personal codice fiscale, different for each `n` (up to 26^6). */
export function sampleCfPersona(n: number): string {
  let rest = n;
  let prefix = '';
  for (let i = 0; i < 6; i += 1) {
    prefix = (LETTERS[rest % 26] ?? 'A') + prefix;
    rest = Math.floor(rest / 26);
  }
  const first15 = `${prefix}80A01H501`;
  return first15 + computeCheckCharacter(first15);
}

/** A valid 11-digit codice fiscale of an ente. */
export function sampleCfEnte(n: number): string {
  const first10 = String(8000000000 + n).slice(-10);
  return first10 + computeEnteCheckDigit(first10);
}

export const SAMPLE_CF_ENTE = sampleCfEnte(1234);

/** Full time, open-ended, servizio ordinario, TFS: the usual employee of an ente. */
export const sampleInquadramento = (): InquadramentoLavPA => ({
  tipoImpiego: '1',
  tipoServizio: '4',
  contratto: 'RALN',
  qualifica: '056000',
  regimeFineServizio: '3',
});

export function sampleD0(n: number, annoMese = '2026-01'): D0 {
  return {
    cfLavoratore: sampleCfPersona(n),
    cognome: `COGNOME${n}`,
    nome: `NOME${n}`,
    datiSedeLavoro: { codiceComune: 'H501', cap: '00100' },
    e0: [
      {
        giornoInizio: `${annoMese}-01`,
        giornoFine: `${annoMese}-${annoMese.endsWith('-02') ? '28' : '30'}`,
        inquadramento: sampleInquadramento(),
        gestioni: {
          pensionistica: { codGestione: '2', imponibile: '2000.00', contributo: '653.00' },
          // ImponibileTFS is 80% of the retribuzione utile (2.000,00): 1.600,00 × 6,10% = 97,60.
          previdenziale: { codGestione: '6', tipo: 'TFS', imponibile: '1600.00', contributo: '97.60' },
          credito: { codGestione: '9', imponibile: '2000.00', contributo: '7.00' },
        },
      },
    ],
    e1: [],
    f1: [],
    v1: [],
  };
}

export function sampleDenuncia(workers: number, annoMese = '2026-01'): Denuncia {
  return {
    datiMittente: {
      tipo: '1',
      cfPersonaMittente: sampleCfPersona(999_999),
      ragSocMittente: 'COMUNE DI ESEMPIO',
      cfMittente: SAMPLE_CF_ENTE,
      cfSoftwarehouse: '00000000000',
    },
    azienda: {
      annoMeseDenuncia: annoMese,
      cfAzienda: SAMPLE_CF_ENTE,
      ragSocAzienda: 'COMUNE DI ESEMPIO',
      listaPosPA: {
        tipo: 'ordinario',
        prgAzienda: '00000',
        cfRappresentanteFirmatario: sampleCfPersona(999_998),
        posPA: [{ d0: Array.from({ length: workers }, (_, index) => sampleD0(index, annoMese)) }],
      },
    },
  };
}

/** A quadro E1 of January 2026 (a complementary fund); `changes` alter the fields a test is about. */
export const sampleE1 = (changes: Partial<E1> = {}): E1 => ({
  codFondo: '2',
  dataInizioPeriodo: '2026-01-01',
  dataFinePeriodo: '2026-01-31',
  retribSoggettaAContrib: '2000.00',
  contribLav: '20.00',
  contribDL: '20.00',
  ...changes,
});

/** A quadro F1 of January 2026 (rata 3 of a plan of 60); `changes` alter the fields a test is about. */
export const sampleF1 = (changes: Partial<F1> = {}): F1 => ({
  annoMeseRif: '2026-01',
  codGestione: '2',
  tipoPiano: '12',
  prgRata: '3',
  totaleRate: '60',
  importo: '150.00',
  tipoOperazione: 'V',
  ...changes,
});

/**
 * Extra posizioni for the Cruscotto's bench and demo (`--seed-posizioni N`): N enti of invented
 * comuni, each with one posizione that a persona (the intermediario by default) reaches, and a
 * year of data (the last twelve months before the sandbox's today) in every section. Everything follows from the number alone, so the same N
 * gives the same posizioni and rows on every machine and run.
 */
import { computeEnteCheckDigit } from '../../shared/domain/codiceFiscale';
import type { SeedEnte, SeedPosizione } from './enti';
import { SEED_TODAY, shiftFor, shiftMonths } from './frame';

/** No seeded ente's codice fiscale starts with 7: these can never collide with them. */
const PREFIX = '7';
/** At most this many: enough for any bench, bounded for a flag a user types. */
export const MAX_SEEDED_POSIZIONI = 2000;
/** The year of data each one has, in the seed's frame (moved with it, `frame.ts`). */
export const SEEDED_ANNO = '2025';

const GESTIONI: readonly (readonly string[])[] = [
  ['CPDEL', 'TFS', 'Fondo credito'],
  ['CPDEL', 'TFR', 'Fondo credito'],
  ['CPDEL', 'CPS', 'TFS', 'Fondo credito'],
];

const codiceFiscaleOf = (n: number) => {
  const first10 = `${PREFIX}${String(n).padStart(9, '0')}`;
  return `${first10}${computeEnteCheckDigit(first10)}`;
};

function posizioneOf(n: number): SeedPosizione {
  return {
    key: `seeded-${n}`,
    codiceFiscaleEnte: codiceFiscaleOf(n),
    progressivo: '00001',
    denominazione: `Comune di Prova ${String(n).padStart(3, '0')}`,
    sedeInps: 'Direzione provinciale di Parma',
    gestioni: GESTIONI[n % GESTIONI.length] ?? ['CPDEL'],
    dataIscrizione: '2001-01-01',
    stato: 'attiva',
  };
}

export function seededPosizioni(count: number): SeedPosizione[] {
  return Array.from({ length: count }, (_, i) => posizioneOf(i + 1));
}

export function seededEnte(posizione: SeedPosizione): SeedEnte {
  const n = posizione.denominazione.slice(-3);
  return {
    codiceFiscale: posizione.codiceFiscaleEnte,
    denominazione: posizione.denominazione,
    tipoEnte: 'comune',
    comparto: 'Funzioni locali',
    codiceIpa: `c_prova${n}`,
    indirizzo: 'Piazza del Municipio 1',
    cap: '43100',
    comune: `Prova ${n}`,
    provincia: 'PR',
    pec: `protocollo@pec.prova${n}.example.it`,
    legaleRappresentante: 'Sindaco di prova',
  };
}

/** The seeded posizione with this API id (codice fiscale-progressivo), if it is one. */
export function seededPosizioneById(id: string): SeedPosizione | undefined {
  const match = /^7(\d{9})\d-00001$/.exec(id);
  if (!match) return undefined;
  const n = Number(match[1]);
  if (n < 1 || n > MAX_SEEDED_POSIZIONI) return undefined;
  const posizione = posizioneOf(n);
  return `${posizione.codiceFiscaleEnte}-00001` === id ? posizione : undefined;
}

/** Reads the count from a flag or an environment variable: a whole number from 0 to the maximum. */
export function parseSeedPosizioni(value: string | undefined, where: string): number {
  if (value === undefined || value === '') return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > MAX_SEEDED_POSIZIONI)
    throw new Error(
      `${where}: numero di posizioni non valido (${value.slice(0, 20)}); da 0 a ${MAX_SEEDED_POSIZIONI}.`,
    );
  return Number(value);
}

/** The rows of a seeded posizione's section kept for its year; piani di ammortamento run across years. */
export function aYearOf<T>(sezione: string, rows: T[], oggi: string = SEED_TODAY): T[] {
  if (sezione === 'piani-ammortamento') return rows;
  const first = shiftMonths(`${SEEDED_ANNO}-01`, shiftFor(oggi));
  return rows.filter((row) => {
    const periodo =
      (row as { periodo?: unknown; mese?: unknown }).periodo ?? (row as { mese?: unknown }).mese;
    return typeof periodo !== 'string' || periodo >= first;
  });
}

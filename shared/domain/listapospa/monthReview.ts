import Decimal from 'decimal.js';
import { toAmount, toDecimal } from './amount';
import type { Amount, D0, Denuncia, Gestioni } from './model';
import { allD0 } from './model';

/**
 * The month-over-month review before sending: this month's denuncia against the previous one
 * (the last INPS received, else the previous draft). Workers are matched by codice fiscale;
 * one pass over each denuncia and a Map, so 50,000 workers cost no more than reading them.
 *
 * A worker's imponibile is the sum of the pensionistica imponibile over the month's E0 (the
 * base INPS computes the pension contributions on); the cassa is the pensionistica's
 * CodGestione (CPDEL, CTPS…); the other gestioni are compared as the set of codes (and TFS/TFR).
 */

export type ReviewField = 'imponibile' | 'cassa' | 'gestioni' | 'qualifica' | 'partTime';

export interface ReviewChange {
  field: ReviewField;
  before: string;
  after: string;
  /** For the imponibile: the change in percent, signed, one decimal ("+25.0"). */
  percent?: string;
}

export interface ReviewWorker {
  cf: string;
  nominativo: string;
  /** Position among this month's D0 (document order): the editor opens it. */
  index?: number;
}

export interface GestioneTotals {
  codGestione: string;
  imponibilePrima: Amount;
  imponibileOra: Amount;
  contributoPrima: Amount;
  contributoOra: Amount;
}

export interface MonthReview {
  workersBefore: number;
  workersNow: number;
  added: ReviewWorker[];
  ceased: ReviewWorker[];
  changed: Array<ReviewWorker & { changes: ReviewChange[] }>;
  totals: GestioneTotals[];
}

interface Profile {
  nominativo: string;
  imponibile: Decimal;
  cassa: string;
  gestioni: string;
  qualifica: string;
  partTime: string;
}

const GESTIONE_KINDS = ['pensionistica', 'previdenziale', 'credito', 'enpdep', 'enam'] as const;

function profileOf(d0: D0): Profile {
  let imponibile = new Decimal(0);
  const casse = new Set<string>();
  const gestioni = new Set<string>();
  const qualifiche = new Set<string>();
  const partTime = new Set<string>();
  for (const e0 of d0.e0) {
    const { pensionistica, previdenziale, credito, enpdep, enam } = e0.gestioni;
    if (pensionistica) {
      imponibile = imponibile.plus(toDecimal(pensionistica.imponibile));
      casse.add(pensionistica.codGestione);
    }
    if (previdenziale) gestioni.add(`${previdenziale.codGestione} ${previdenziale.tipo}`);
    for (const other of [credito, enpdep, enam]) if (other) gestioni.add(other.codGestione);
    if (e0.inquadramento.qualifica) qualifiche.add(e0.inquadramento.qualifica);
    const pt = e0.inquadramento.partTimePA;
    partTime.add(pt ? `${pt.tipoPartTime} ${pt.percPartTime}%` : 'tempo pieno');
  }
  const joined = (set: Set<string>) => [...set].sort().join(', ');
  return {
    nominativo: `${d0.cognome} ${d0.nome}`.trim(),
    imponibile,
    cassa: joined(casse),
    gestioni: joined(gestioni),
    qualifica: joined(qualifiche),
    partTime: joined(partTime),
  };
}

/** Whether `now` differs from `before` by more than `thresholdPercent` (from zero: any change). */
function imponibileChange(before: Decimal, now: Decimal, thresholdPercent: number): ReviewChange | null {
  if (before.eq(now)) return null;
  const after = toAmount(now);
  if (before.isZero()) return { field: 'imponibile', before: toAmount(before), after };
  const percent = now.minus(before).div(before.abs()).times(100);
  if (percent.abs().lte(thresholdPercent)) return null;
  const signed = percent.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);
  return {
    field: 'imponibile',
    before: toAmount(before),
    after,
    percent: percent.isPositive() ? `+${signed}` : signed,
  };
}

function addTotals(
  into: Map<string, { imponibile: [Decimal, Decimal]; contributo: [Decimal, Decimal] }>,
  gestioni: Gestioni,
  side: 0 | 1,
) {
  for (const kind of GESTIONE_KINDS) {
    const gestione = gestioni[kind];
    if (!gestione) continue;
    let row = into.get(gestione.codGestione);
    if (!row) {
      row = { imponibile: [new Decimal(0), new Decimal(0)], contributo: [new Decimal(0), new Decimal(0)] };
      into.set(gestione.codGestione, row);
    }
    row.imponibile[side] = row.imponibile[side].plus(toDecimal(gestione.imponibile));
    row.contributo[side] = row.contributo[side].plus(toDecimal(gestione.contributo));
  }
}

export function reviewMonth(now: Denuncia, before: Denuncia, thresholdPercent: number): MonthReview {
  const totals = new Map<string, { imponibile: [Decimal, Decimal]; contributo: [Decimal, Decimal] }>();
  const previous = new Map<string, Profile>();
  const beforeD0 = allD0(before);
  for (const d0 of beforeD0) {
    for (const e0 of d0.e0) addTotals(totals, e0.gestioni, 0);
    // A codice fiscale twice in one denuncia is an error the rules report; the first is compared.
    if (!previous.has(d0.cfLavoratore)) previous.set(d0.cfLavoratore, profileOf(d0));
  }
  const review: MonthReview = {
    workersBefore: beforeD0.length,
    workersNow: 0,
    added: [],
    ceased: [],
    changed: [],
    totals: [],
  };
  const seen = new Set<string>();
  allD0(now).forEach((d0, index) => {
    review.workersNow += 1;
    for (const e0 of d0.e0) addTotals(totals, e0.gestioni, 1);
    if (seen.has(d0.cfLavoratore)) return;
    seen.add(d0.cfLavoratore);
    const current = profileOf(d0);
    const worker = { cf: d0.cfLavoratore, nominativo: current.nominativo, index };
    const earlier = previous.get(d0.cfLavoratore);
    if (!earlier) {
      review.added.push(worker);
      return;
    }
    const changes: ReviewChange[] = [];
    const imponibile = imponibileChange(earlier.imponibile, current.imponibile, thresholdPercent);
    if (imponibile) changes.push(imponibile);
    for (const field of ['cassa', 'gestioni', 'qualifica', 'partTime'] as const) {
      if (earlier[field] !== current[field])
        changes.push({ field, before: earlier[field], after: current[field] });
    }
    if (changes.length > 0) review.changed.push({ ...worker, changes });
  });
  for (const [cf, profile] of previous) {
    if (!seen.has(cf)) review.ceased.push({ cf, nominativo: profile.nominativo });
  }
  review.totals = [...totals.entries()]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([codGestione, row]) => ({
      codGestione,
      imponibilePrima: toAmount(row.imponibile[0]),
      imponibileOra: toAmount(row.imponibile[1]),
      contributoPrima: toAmount(row.contributo[0]),
      contributoOra: toAmount(row.contributo[1]),
    }));
  return review;
}

/** The compared fields as the review and its PDF name them. */
export const REVIEW_FIELD_LABELS: Readonly<Record<ReviewField, string>> = {
  imponibile: 'Imponibile pensionistico',
  cassa: 'Cassa pensionistica',
  gestioni: 'Altre gestioni',
  qualifica: 'Qualifica',
  partTime: 'Part-time',
};

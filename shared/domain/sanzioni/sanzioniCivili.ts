/**
 * Sanzioni civili for late or omitted payment of contributions, art. 116 c. 8 L. 388/2000
 * (https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2000-12-23;388~art116), as
 * amended by art. 30 c. 1 DL 19/2024 (conv. L. 56/2024), in force for the contributions due
 * from 1/9/2024 (art. 30 c. 2); INPS instructions in circ. 90/2024.
 *
 * a) omissione — contributions whose amount shows in the denunce or mandatory records:
 *    yearly TUR + 5.5 points, at most 40% of the unpaid contributions. From 1/9/2024: no
 *    sanction (only legal interest, not computed here) when paid spontaneously in one go within
 *    120 days of the due date, before any contestazione or richiesta by INPS.
 * b) evasione — contributions not declared: 30% a year, at most 60%. With a spontaneous
 *    denuncia before any contestazione and within 12 months of the due date:
 *    - paid within 30 days of the denuncia → TUR + 5.5, at most 40%;
 *    - from 1/9/2024 only: paid within 90 days of the denuncia → TUR + 7.5, at most 40%.
 *
 * "In ragione d'anno": the yearly rate is applied pro rata for the days from the day after the
 * due date to the payment date (actual days / 365); when the TUR changes in that span each
 * sub-span takes the TUR in force on its days [INFER: INPS's practice as described in its
 * calculators; the law says only "in ragione d'anno"]. Which regime applies is decided by the
 * due date (before or from 1/9/2024) [INFER from art. 30 c. 2]. The result is rounded to the
 * cent, half up, once, at the end.
 */
import Decimal from 'decimal.js';
import { TUR_TABLE, turAt, type TurRate } from './tur';
import { formatPercentuale } from '../../text/formatIt';

export type TipoInadempienza = 'omissione' | 'evasione';

export interface SanzioneInput {
  tipo: TipoInadempienza;
  /** Unpaid contributions, decimal string. */
  contributi: string;
  /** Legal due date, ISO. */
  scadenza: string;
  /** Payment date, ISO. */
  pagamento: string;
  /** Paid (omissione) or declared (evasione) spontaneously, before INPS asked. */
  spontaneo: boolean;
  /** Evasione only: date of the spontaneous denuncia, ISO. */
  denuncia?: string;
}

export interface SanzioneSegment {
  from: string;
  to: string;
  days: number;
  /** Yearly percentage applied in the segment. */
  rate: string;
  amount: string;
}

export interface SanzioneResult {
  regime: 'ante DL 19/2024' | 'DL 19/2024';
  rule: string;
  /** Yearly rate description, e.g. "TUR + 5,5". */
  rateLabel: string;
  days: number;
  segments: SanzioneSegment[];
  uncapped: string;
  capPercent: string;
  cap: string;
  sanzione: string;
  capped: boolean;
}

export const DL_19_2024_FROM = '2024-09-01';
const DAY_MS = 86_400_000;

const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

type RateRule = { kind: 'fixed'; rate: string } | { kind: 'tur'; plus: string };

function chooseRule(
  input: SanzioneInput,
  newRegime: boolean,
): { rule: string; rate: RateRule; cap: string } | null {
  if (input.tipo === 'omissione') {
    if (newRegime && input.spontaneo && daysBetween(input.scadenza, input.pagamento) <= 120) return null;
    return { rule: 'art. 116 c. 8 lett. a) – omissione', rate: { kind: 'tur', plus: '5.5' }, cap: '40' };
  }
  if (input.spontaneo && input.denuncia && daysBetween(input.scadenza, input.denuncia) <= 365) {
    const afterDenuncia = daysBetween(input.denuncia, input.pagamento);
    if (afterDenuncia <= 30) {
      return {
        rule: 'art. 116 c. 8 lett. b) – evasione con denuncia spontanea, pagamento entro 30 giorni',
        rate: { kind: 'tur', plus: '5.5' },
        cap: '40',
      };
    }
    if (newRegime && afterDenuncia <= 90) {
      return {
        rule: 'art. 116 c. 8 lett. b) come modificato dall’art. 30 DL 19/2024 – pagamento entro 90 giorni dalla denuncia',
        rate: { kind: 'tur', plus: '7.5' },
        cap: '40',
      };
    }
  }
  return { rule: 'art. 116 c. 8 lett. b) – evasione', rate: { kind: 'fixed', rate: '30' }, cap: '60' };
}

export function calcolaSanzioneCivile(
  input: SanzioneInput,
  table: readonly TurRate[] = TUR_TABLE,
): SanzioneResult {
  const contributi = new Decimal(input.contributi);
  const days = daysBetween(input.scadenza, input.pagamento);
  if (days < 0) throw new Error('La data di pagamento precede la scadenza');
  const newRegime = input.scadenza >= DL_19_2024_FROM;
  const regime = newRegime ? 'DL 19/2024' : 'ante DL 19/2024';
  const chosen = chooseRule(input, newRegime);
  if (!chosen || days === 0) {
    return {
      regime,
      rule:
        days === 0
          ? 'pagamento alla scadenza'
          : 'art. 116 c. 8 lett. a) come modificato dall’art. 30 DL 19/2024 – pagamento spontaneo entro 120 giorni: solo interessi legali',
      rateLabel: '—',
      days,
      segments: [],
      uncapped: '0.00',
      capPercent: '0',
      cap: '0.00',
      sanzione: '0.00',
      capped: false,
    };
  }
  const segments: SanzioneSegment[] = [];
  const start = dayNumber(input.scadenza) + 1;
  const end = dayNumber(input.pagamento);
  let total = new Decimal(0);
  let day = start;
  while (day <= end) {
    let rate: Decimal;
    let segmentEnd = end;
    if (chosen.rate.kind === 'fixed') {
      rate = new Decimal(chosen.rate.rate);
    } else {
      const tur = turAt(isoOf(day), table);
      rate = new Decimal(tur.rate).plus(chosen.rate.plus);
      const next = table.find((row) => dayNumber(row.from) > day);
      if (next) segmentEnd = Math.min(end, dayNumber(next.from) - 1);
    }
    const segmentDays = segmentEnd - day + 1;
    const amount = contributi.times(rate).dividedBy(100).times(segmentDays).dividedBy(365);
    total = total.plus(amount);
    segments.push({
      from: isoOf(day),
      to: isoOf(segmentEnd),
      days: segmentDays,
      rate: rate.toFixed(2),
      amount: amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    });
    day = segmentEnd + 1;
  }
  const cap = contributi.times(chosen.cap).dividedBy(100);
  const capped = total.greaterThan(cap);
  const sanzione = (capped ? cap : total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return {
    regime,
    rule: chosen.rule,
    rateLabel:
      chosen.rate.kind === 'fixed'
        ? formatPercentuale(chosen.rate.rate)
        : `TUR + ${chosen.rate.plus.replace('.', ',')}`,
    days,
    segments,
    uncapped: total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    capPercent: chosen.cap,
    cap: cap.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    sanzione: sanzione.toFixed(2),
    capped,
  };
}

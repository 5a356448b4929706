import { RATES, rateKey, resolveRate, type Rate, type RateOverrides, type ResolvedRate } from './rates';

/** A row of the "Aliquote" panel: the table's rate and what the computation uses now. */
export interface RateInForce {
  key: string;
  rate: Rate;
  inUse: ResolvedRate;
}

/** Every rate of the tables in force on a date (ISO), with the user's overrides applied. */
export function ratesInForce(date: string, overrides: RateOverrides = {}): RateInForce[] {
  const rows: RateInForce[] = [];
  const seen = new Set<string>();
  for (const rate of RATES) {
    const key = rateKey(rate.kind, rate.codGestione);
    if (seen.has(key)) continue;
    // resolveRate picks the row valid on the date: only that one is "in force".
    const table = resolveRate(rate.kind, rate.codGestione, date, {});
    if (!table || table.source !== rate.source || table.totale !== rate.totale) continue;
    const inUse = resolveRate(rate.kind, rate.codGestione, date, overrides);
    if (!inUse) continue;
    seen.add(key);
    rows.push({ key, rate, inUse });
  }
  return rows;
}

/**
 * A percentage typed by the user ("8,85", "8.85", " 33 ") as the tables write it ("8.85"), or
 * undefined when it is not a number from 0 to 100 with at most four decimals.
 */
export function parseRatePercent(text: string): string | undefined {
  const value = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(value)) return undefined;
  if (Number(value) > 100) return undefined;
  return value.replace(/^0+(?=\d)/, '');
}

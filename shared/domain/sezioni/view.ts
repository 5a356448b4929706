/**
 * The view of a section: its filters (period, state, amount, free text) and sort, the search
 * text of a row and the totals of a whole section. Views over a data set are computed by
 * SezioneIndex (sezioneIndex.ts), for the screen and the exports alike.
 */
import { cellValue, type SezioneDefinition } from './columns';
import { formatCell } from './format';
import { toCents } from './money';

export interface SezioneFilters {
  /** Inclusive bounds as AAAA-MM; a date field is compared on its month. */
  periodoDa?: string;
  periodoA?: string;
  stato?: string;
  /** Decimal strings. */
  importoMin?: string;
  importoMax?: string;
  testo?: string;
}

export interface SezioneSort {
  key: string;
  desc: boolean;
}

type Row = Readonly<Record<string, unknown>>;

/** A search index per row: every column's shown text, lower case, built once per data set. */
export function searchTextOf(definition: SezioneDefinition, row: Row): string {
  return definition.columns
    .map((column) => formatCell(column.kind, cellValue(row, column.key)))
    .join('\u0000')
    .toLowerCase();
}

/** Sum of every `total` column over the rows, as decimal strings. */
/** Whether a row adds to the totals (not an annulled note). */
export function counted(definition: SezioneDefinition, row: Row): boolean {
  const rule = definition.notCounted;
  return !rule || !rule.values.includes(String(row[rule.key] ?? ''));
}

export function totalsOf(definition: SezioneDefinition, rows: readonly Row[]): Record<string, string> {
  const totals: Record<string, string> = {};
  for (const column of definition.columns) {
    if (!column.total) continue;
    let cents = 0;
    for (const row of rows) if (counted(definition, row)) cents += toCents(String(row[column.key] ?? '0'));
    const sign = cents < 0 ? '-' : '';
    const abs = Math.abs(cents);
    totals[column.key] = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  }
  return totals;
}

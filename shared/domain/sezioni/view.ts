/**
 * The current view of a section: filters (period, state, amount, free text), sort, totals.
 * Pure, so the screen, the exports and the benchmark compute exactly the same thing.
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

export function filterRows<R extends Row>(
  definition: SezioneDefinition,
  rows: readonly R[],
  filters: SezioneFilters,
  searchText: (row: R) => string = (row) => searchTextOf(definition, row),
): R[] {
  const min = filters.importoMin ? toCents(filters.importoMin) : undefined;
  const max = filters.importoMax ? toCents(filters.importoMax) : undefined;
  const testo = filters.testo?.trim().toLowerCase();
  return rows.filter((row) => {
    const period = String(row[definition.periodKey] ?? '').slice(0, 7);
    if (filters.periodoDa && period < filters.periodoDa) return false;
    if (filters.periodoA && period > filters.periodoA) return false;
    if (filters.stato && row[definition.stateKey] !== filters.stato) return false;
    if (min !== undefined || max !== undefined) {
      const cents = toCents(String(row[definition.amountKey] ?? '0'));
      if (min !== undefined && cents < min) return false;
      if (max !== undefined && cents > max) return false;
    }
    if (testo && !searchText(row).includes(testo)) return false;
    return true;
  });
}

export function compareBy(definition: SezioneDefinition, sort: SezioneSort): (a: Row, b: Row) => number {
  const column = definition.columns.find((candidate) => candidate.key === sort.key);
  const sign = sort.desc ? -1 : 1;
  if (column?.kind === 'amount') {
    return (a, b) => sign * (toCents(String(a[sort.key] ?? '0')) - toCents(String(b[sort.key] ?? '0')));
  }
  if (column?.kind === 'number') {
    return (a, b) => sign * (Number(cellValue(a, sort.key) ?? 0) - Number(cellValue(b, sort.key) ?? 0));
  }
  // ISO dates and months sort as text.
  return (a, b) => {
    const x = String(a[sort.key] ?? '');
    const y = String(b[sort.key] ?? '');
    return sign * (x < y ? -1 : x > y ? 1 : 0);
  };
}

/** Sum of every `total` column over the rows, as decimal strings. */
export function totalsOf(definition: SezioneDefinition, rows: readonly Row[]): Record<string, string> {
  const totals: Record<string, string> = {};
  for (const column of definition.columns) {
    if (!column.total) continue;
    let cents = 0;
    for (const row of rows) cents += toCents(String(row[column.key] ?? '0'));
    const sign = cents < 0 ? '-' : '';
    const abs = Math.abs(cents);
    totals[column.key] = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  }
  return totals;
}

/** The distinct values of the state field, for the state filter's options. */
export function statesOf(definition: SezioneDefinition, rows: readonly Row[]): string[] {
  return [...new Set(rows.map((row) => String(row[definition.stateKey] ?? '')))].sort();
}

/**
 * Sorts a copy by one column, computing each row's key once (100,000 rows: about 1.7 million
 * comparisons, which must not each parse an amount).
 */
export function sortRows<R extends Row>(
  definition: SezioneDefinition,
  rows: readonly R[],
  sort: SezioneSort,
): R[] {
  const column = definition.columns.find((candidate) => candidate.key === sort.key);
  const numeric = column?.kind === 'amount' || column?.kind === 'number';
  const keyed = rows.map((row, index) => {
    const value = cellValue(row, sort.key);
    const key: number | string = numeric
      ? column?.kind === 'amount'
        ? toCents(String(value ?? '0'))
        : Number(value ?? 0)
      : String(value ?? '');
    return { row, key, index };
  });
  const sign = sort.desc ? -1 : 1;
  keyed.sort((a, b) => {
    const order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    // Stable: equal keys keep the API's order whatever the direction.
    return order === 0 ? a.index - b.index : sign * order;
  });
  return keyed.map((entry) => entry.row);
}

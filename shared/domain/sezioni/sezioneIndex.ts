/**
 * The current view of a section over many rows (100,000 versamenti) in well under 100 ms: each
 * column's typed keys (amounts as integer cents, ISO text, Italian primary keys) and its sorted
 * order are computed once per data set; a view is then one pass over that order keeping the rows
 * the filters accept, so changing a filter never sorts again and sorting never re-parses a cell.
 * Equal keys keep the API's order in both directions. The screen (through the main side) and
 * the exports read the same views, so a file always matches the table.
 */
import { cellValue, type SezioneDefinition } from './columns';
import { compareItalian, primaryKey } from './collation';
import { fromCents, toCents } from './money';
import { searchTextOf, type SezioneFilters, type SezioneSort } from './view';

type Row = Readonly<Record<string, unknown>>;

export interface SezioneViewSpec {
  filters: SezioneFilters;
  sort: SezioneSort | null;
}

export interface SezioneViewResult {
  /** Row positions in the data set, in the order shown. */
  indices: Uint32Array;
  /** Sum of every `total` column over the rows shown, as decimal strings. */
  totals: Record<string, string>;
}

/** How many views are kept: typing "2025" asks for four, and going back must be instant. */
const KEPT_VIEWS = 16;

export class SezioneIndex<R extends Row> {
  private readonly orders = new Map<string, Uint32Array>();
  private readonly cents = new Map<string, Float64Array>();
  private readonly views = new Map<string, SezioneViewResult>();
  private readonly comparators = new Map<string, (a: number, b: number) => number>();
  private periods: string[] | undefined;
  private searchTexts: string[] | undefined;
  private stateList: string[] | undefined;

  constructor(
    readonly definition: SezioneDefinition,
    readonly rows: readonly R[],
  ) {}

  get size(): number {
    return this.rows.length;
  }

  /** The distinct values of the state field, for the state filter's options. */
  states(): string[] {
    this.stateList ??= [
      ...new Set(this.rows.map((row) => String(row[this.definition.stateKey] ?? ''))),
    ].sort();
    return this.stateList;
  }

  view(spec: SezioneViewSpec): SezioneViewResult {
    const key = viewKey(spec);
    const kept = this.views.get(key);
    if (kept) {
      // Most recently used last, so the oldest is the first to go.
      this.views.delete(key);
      this.views.set(key, kept);
      return kept;
    }
    const result = this.compute(spec);
    this.views.set(key, result);
    if (this.views.size > KEPT_VIEWS) this.views.delete(this.views.keys().next().value as string);
    return result;
  }

  /**
   * Builds every key and order ahead of the user's first filter or sort, in steps the caller
   * runs after the first window is shown, one at a time so other work gets in between.
   */
  warmSteps(): (() => void)[] {
    return [
      () => this.period(0),
      () => this.searchText(0),
      ...this.definition.columns.map((column) => () => this.order(column.key, false)),
    ];
  }

  private compute({ filters, sort }: SezioneViewSpec): SezioneViewResult {
    const n = this.rows.length;
    const column = sort ? this.definition.columns.find((c) => c.key === sort.key) : undefined;
    const order = column && sort ? this.order(column.key, sort.desc) : undefined;
    const accept = this.predicate(filters);
    const picked = new Uint32Array(n);
    let count = 0;
    for (let position = 0; position < n; position++) {
      const index = order ? (order[position] as number) : position;
      if (accept(index)) picked[count++] = index;
    }
    const indices = picked.slice(0, count);
    return { indices, totals: this.totals(indices) };
  }

  private predicate(filters: SezioneFilters): (index: number) => boolean {
    const tests: ((index: number) => boolean)[] = [];
    const { periodoDa, periodoA, stato } = filters;
    if (periodoDa) tests.push((i) => this.period(i) >= periodoDa);
    if (periodoA) tests.push((i) => this.period(i) <= periodoA);
    if (stato) {
      const key = this.definition.stateKey;
      tests.push((i) => (this.rows[i] as R)[key] === stato);
    }
    if (filters.importoMin || filters.importoMax) {
      const amounts = this.centsOf(this.definition.amountKey);
      const min = filters.importoMin ? toCents(filters.importoMin) : -Infinity;
      const max = filters.importoMax ? toCents(filters.importoMax) : Infinity;
      tests.push((i) => (amounts[i] as number) >= min && (amounts[i] as number) <= max);
    }
    const testo = filters.testo?.trim().toLowerCase();
    if (testo) tests.push((i) => this.searchText(i).includes(testo));
    return (index) => tests.every((test) => test(index));
  }

  private totals(indices: Uint32Array): Record<string, string> {
    const totals: Record<string, string> = {};
    for (const column of this.definition.columns) {
      if (!column.total) continue;
      const amounts = this.centsOf(column.key);
      let sum = 0;
      for (const index of indices) sum += amounts[index] as number;
      totals[column.key] = fromCents(sum);
    }
    return totals;
  }

  private period(index: number): string {
    this.periods ??= this.rows.map((row) => String(row[this.definition.periodKey] ?? '').slice(0, 7));
    return this.periods[index] as string;
  }

  private searchText(index: number): string {
    this.searchTexts ??= this.rows.map((row) => searchTextOf(this.definition, row));
    return this.searchTexts[index] ?? '';
  }

  private centsOf(key: string): Float64Array {
    let amounts = this.cents.get(key);
    if (!amounts) {
      amounts = Float64Array.from(this.rows, (row) => toCents(String(cellValue(row, key) ?? '0')));
      this.cents.set(key, amounts);
    }
    return amounts;
  }

  /** The stable order of one column, ascending or descending, computed once. */
  private order(key: string, desc: boolean): Uint32Array {
    const cached = this.orders.get(`${key}:${desc}`);
    if (cached) return cached;
    const ascending = this.orders.get(`${key}:false`) ?? this.ascending(key);
    this.orders.set(`${key}:false`, ascending);
    if (!desc) return ascending;
    const descending = reverseStable(ascending, this.comparator(key));
    this.orders.set(`${key}:true`, descending);
    return descending;
  }

  private ascending(key: string): Uint32Array {
    const compare = this.comparator(key);
    const order = Uint32Array.from(this.rows, (_, index) => index);
    return order.sort((a, b) => compare(a, b) || a - b);
  }

  /** Compares two rows on a column by its typed keys (never by parsing during the sort). */
  private comparator(key: string): (a: number, b: number) => number {
    let compare = this.comparators.get(key);
    if (!compare) {
      compare = this.makeComparator(key);
      this.comparators.set(key, compare);
    }
    return compare;
  }

  private makeComparator(key: string): (a: number, b: number) => number {
    const kind = this.definition.columns.find((column) => column.key === key)?.kind ?? 'text';
    if (kind === 'amount') {
      const amounts = this.centsOf(key);
      return (a, b) => (amounts[a] as number) - (amounts[b] as number);
    }
    if (kind === 'number') {
      const numbers = Float64Array.from(this.rows, (row) => Number(cellValue(row, key) ?? 0));
      return (a, b) => (numbers[a] as number) - (numbers[b] as number);
    }
    const texts = this.rows.map((row) => String(cellValue(row, key) ?? ''));
    if (kind !== 'text') {
      // ISO dates and months order as plain text.
      return (a, b) => {
        const x = texts[a] as string;
        const y = texts[b] as string;
        return x < y ? -1 : x > y ? 1 : 0;
      };
    }
    const keys = texts.map(primaryKey);
    return (a, b) =>
      compareItalian(texts[a] as string, keys[a] as string, texts[b] as string, keys[b] as string);
  }
}

/** Descending order from the ascending one: groups of equal keys reversed, each kept in API order. */
function reverseStable(ascending: Uint32Array, compare: (a: number, b: number) => number): Uint32Array {
  const n = ascending.length;
  const result = new Uint32Array(n);
  let written = 0;
  let end = n;
  while (end > 0) {
    let start = end - 1;
    while (start > 0 && compare(ascending[start - 1] as number, ascending[end - 1] as number) === 0) start--;
    result.set(ascending.subarray(start, end), written);
    written += end - start;
    end = start;
  }
  return result;
}

/** One key per distinct view: empty filters count as absent. */
export function viewKey({ filters, sort }: SezioneViewSpec): string {
  const testo = filters.testo?.trim().toLowerCase();
  return JSON.stringify([
    filters.periodoDa || null,
    filters.periodoA || null,
    filters.stato || null,
    filters.importoMin || null,
    filters.importoMax || null,
    testo || null,
    sort ? [sort.key, sort.desc] : null,
  ]);
}

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

/** Between rows in the joined search text: no one types it, so no match spans two rows. */
const ROW_SEPARATOR = '\u0001';

/** Rows per warm-up step: a few milliseconds of work, so the main side stays responsive. */
const STEP_ROWS = 5_000;

/** Values derived from each row, filled in steps ahead of need or all at once when needed. */
class Derived<T> {
  private readonly values: T[] = [];

  constructor(
    private readonly count: number,
    private readonly make: (index: number) => T,
  ) {}

  /** Fills the next rows; false once every row is done. */
  step(): boolean {
    const end = Math.min(this.values.length + STEP_ROWS, this.count);
    for (let index = this.values.length; index < end; index++) this.values.push(this.make(index));
    return end < this.count;
  }

  all(): readonly T[] {
    while (this.step());
    return this.values;
  }
}

/** How many views are kept: typing "2025" asks for four, and going back must be instant. */
const KEPT_VIEWS = 16;

export class SezioneIndex<R extends Row> {
  private readonly orders = new Map<string, Uint32Array>();
  private readonly cents = new Map<string, Derived<number>>();
  private readonly views = new Map<string, SezioneViewResult>();
  private readonly comparators = new Map<string, (a: number, b: number) => number>();
  private readonly periods: Derived<string>;
  private readonly searchTexts: Derived<string>;
  private readonly texts = new Map<string, { texts: Derived<string>; keys: Derived<string> }>();
  private corpus: { text: string; starts: Uint32Array } | undefined;
  private stateList: string[] | undefined;

  constructor(
    readonly definition: SezioneDefinition,
    readonly rows: readonly R[],
  ) {
    const n = rows.length;
    this.periods = new Derived(n, (i) => String(rows[i]?.[definition.periodKey] ?? '').slice(0, 7));
    this.searchTexts = new Derived(n, (i) => searchTextOf(definition, rows[i] as R));
  }

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
   * runs after the first window is shown, one at a time so other work gets in between: keys
   * a few thousand rows per step, then each column's order (one sort per step).
   */
  warmSteps(): (() => boolean)[] {
    const derived: Derived<unknown>[] = [this.periods, this.searchTexts];
    for (const column of this.definition.columns) {
      if (column.kind === 'amount') derived.push(this.centsOf(column.key));
      if (column.kind === 'text') {
        const { texts, keys } = this.textsOf(column.key);
        derived.push(texts, keys);
      }
    }
    const once = (work: () => unknown) => () => {
      work();
      return false;
    };
    return [
      ...derived.map((values) => () => values.step()),
      once(() => this.searchCorpus()),
      ...this.definition.columns.flatMap((column) => [
        once(() => this.order(column.key, false)),
        once(() => this.order(column.key, true)),
      ]),
    ];
  }

  private compute({ filters, sort }: SezioneViewSpec): SezioneViewResult {
    const n = this.rows.length;
    const column = sort ? this.definition.columns.find((c) => c.key === sort.key) : undefined;
    const order = column && sort ? this.order(column.key, sort.desc) : undefined;
    const tests = this.tests(filters);
    let indices: Uint32Array;
    if (tests.length === 0) {
      indices = order ? order.slice() : Uint32Array.from(this.rows, (_, index) => index);
    } else {
      const picked = new Uint32Array(n);
      let count = 0;
      next: for (let position = 0; position < n; position++) {
        const index = order ? (order[position] as number) : position;
        for (const test of tests) if (!test(index)) continue next;
        picked[count++] = index;
      }
      indices = picked.slice(0, count);
    }
    return { indices, totals: this.totals(indices) };
  }

  private tests(filters: SezioneFilters): ((index: number) => boolean)[] {
    const tests: ((index: number) => boolean)[] = [];
    const testo = filters.testo?.trim().toLowerCase();
    // The text first: one scan of all the rows' text marks the rows that contain it.
    if (testo) {
      const mask = this.textMask(testo);
      tests.push((i) => mask[i] === 1);
    }
    const { periodoDa, periodoA, stato } = filters;
    if (periodoDa || periodoA) {
      const periods = this.periods.all();
      const from = periodoDa || '';
      const to = periodoA || '\uffff';
      tests.push((i) => (periods[i] as string) >= from && (periods[i] as string) <= to);
    }
    if (stato) {
      const key = this.definition.stateKey;
      tests.push((i) => (this.rows[i] as R)[key] === stato);
    }
    if (filters.importoMin || filters.importoMax) {
      const amounts = this.centsOf(this.definition.amountKey).all();
      const min = filters.importoMin ? toCents(filters.importoMin) : -Infinity;
      const max = filters.importoMax ? toCents(filters.importoMax) : Infinity;
      tests.push((i) => (amounts[i] as number) >= min && (amounts[i] as number) <= max);
    }
    return tests;
  }

  /** Rows whose shown text contains `testo`: indexOf over all rows' text joined, not 100,000 calls. */
  private textMask(testo: string): Uint8Array {
    const n = this.rows.length;
    const mask = new Uint8Array(n);
    if (testo.includes(ROW_SEPARATOR)) return mask;
    const { text, starts } = this.searchCorpus();
    let from = 0;
    for (;;) {
      const at = text.indexOf(testo, from);
      if (at < 0) break;
      // The row holding the match: the last one starting at or before it.
      let low = 0;
      let high = n - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] as number) <= at) low = middle;
        else high = middle - 1;
      }
      mask[low] = 1;
      from = low + 1 < n ? (starts[low + 1] as number) : text.length;
    }
    return mask;
  }

  private searchCorpus(): { text: string; starts: Uint32Array } {
    if (!this.corpus) {
      const texts = this.searchTexts.all();
      const starts = new Uint32Array(texts.length);
      let offset = 0;
      texts.forEach((text, index) => {
        starts[index] = offset;
        offset += text.length + ROW_SEPARATOR.length;
      });
      this.corpus = { text: texts.join(ROW_SEPARATOR), starts };
    }
    return this.corpus;
  }

  private totals(indices: Uint32Array): Record<string, string> {
    const totals: Record<string, string> = {};
    for (const column of this.definition.columns) {
      if (!column.total) continue;
      const amounts = this.centsOf(column.key).all();
      const rule = this.definition.notCounted;
      let sum = 0;
      for (const index of indices) {
        if (rule && rule.values.includes(String(this.rows[index]?.[rule.key] ?? ''))) continue;
        sum += amounts[index] as number;
      }
      totals[column.key] = fromCents(sum);
    }
    return totals;
  }

  private centsOf(key: string): Derived<number> {
    let amounts = this.cents.get(key);
    if (!amounts) {
      const rows = this.rows;
      amounts = new Derived(rows.length, (i) => toCents(String(cellValue(rows[i] as R, key) ?? '0')));
      this.cents.set(key, amounts);
    }
    return amounts;
  }

  private textsOf(key: string): { texts: Derived<string>; keys: Derived<string> } {
    let entry = this.texts.get(key);
    if (!entry) {
      const rows = this.rows;
      const texts = new Derived(rows.length, (i) => String(cellValue(rows[i] as R, key) ?? ''));
      entry = { texts, keys: new Derived(rows.length, (i) => primaryKey(texts.all()[i] as string)) };
      this.texts.set(key, entry);
    }
    return entry;
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
      const amounts = this.centsOf(key).all();
      return (a, b) => (amounts[a] as number) - (amounts[b] as number);
    }
    if (kind === 'number') {
      const numbers = Float64Array.from(this.rows, (row) => Number(cellValue(row, key) ?? 0));
      return (a, b) => (numbers[a] as number) - (numbers[b] as number);
    }
    if (kind !== 'text') {
      const texts = this.rows.map((row) => String(cellValue(row, key) ?? ''));
      // ISO dates and months order as plain text.
      return (a, b) => {
        const x = texts[a] as string;
        const y = texts[b] as string;
        return x < y ? -1 : x > y ? 1 : 0;
      };
    }
    const entry = this.textsOf(key);
    const texts = entry.texts.all();
    const keys = entry.keys.all();
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

/**
 * A closed list of codes, each with its Italian label, written once as the map of labels: a code
 * cannot lack its label, and the codes (for z.enum and selects) are read from the map. The order is
 * that of the map (the codes are not integer-like, so JavaScript keeps it).
 */
export interface ClosedList<K extends string> {
  readonly codes: readonly [K, ...K[]];
  readonly labels: Readonly<Record<K, string>>;
}

export function closedList<K extends string>(labels: Record<K, string>): ClosedList<K> {
  return { codes: Object.keys(labels) as [K, ...K[]], labels };
}

/** The code type of a closed list. */
export type CodeOf<L extends ClosedList<string>> = L['codes'][number];

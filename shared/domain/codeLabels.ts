/**
 * The codes of a closed list, read from the map of their Italian labels: the list is written
 * once, so a code cannot lack its label. The order is that of the map (the codes are not
 * integer-like, so JavaScript keeps it).
 */
export function codesOf<K extends string>(labels: Readonly<Record<K, string>>): readonly [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

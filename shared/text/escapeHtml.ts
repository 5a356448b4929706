/** The characters HTML gives a meaning, with their entities; '&' first, so none is escaped twice. */
export const HTML_ENTITIES: readonly (readonly [char: string, entity: string])[] = [
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
];

/** Text made safe to put inside HTML, for the few pages built as strings (bridge, callback). */
export function escapeHtml(value: string): string {
  return HTML_ENTITIES.reduce((text, [char, entity]) => text.replaceAll(char, entity), value);
}

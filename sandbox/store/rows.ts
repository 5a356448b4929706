/** Reading typed values out of untyped SQLite rows, failing loudly on a schema mismatch. */
import type { Row } from './sqlite';

export type { Row };

export function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string')
    throw new TypeError(`Colonna ${column}: atteso testo, trovato ${typeof value}`);
  return value;
}

export function optionalText(row: Row, column: string): string | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  return text(row, column);
}

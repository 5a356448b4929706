/**
 * The protocol numbers the sandbox gives what it receives: `series.year.sequence`, the sequence
 * counting every record of that kind, seven digits wide as on the INPS receipts.
 */
import { getRow, type Database } from './sqlite';

/** The series of each table that hands out protocols (CB: Comunicazione bidirezionale). */
const SERIE = { quesiti: 'INPS.CB', tracciati: 'INPS.GDP' } as const;

/** The next protocol of `table`, for a record received at `at` (ISO); call it where the row is inserted. */
export function nextProtocollo(db: Database, table: keyof typeof SERIE, at: string): string {
  const count = Number(getRow(db, `SELECT count(*) AS n FROM ${table}`)?.n ?? 0);
  return `${SERIE[table]}.${at.slice(0, 4)}.${String(count + 1).padStart(7, '0')}`;
}

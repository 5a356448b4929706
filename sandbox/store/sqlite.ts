/**
 * node-sqlite3-wasm, loaded the CommonJS way: under Node's ESM loader the package exposes only a
 * default export, while its typings declare named ones.
 */
import { createRequire } from 'node:module';
import type * as Sqlite from 'node-sqlite3-wasm';

const require = createRequire(import.meta.url);
const sqlite = require('node-sqlite3-wasm') as typeof Sqlite;

export type Database = Sqlite.Database;

export function openDatabase(file: string): Database {
  return new sqlite.Database(file);
}

/** Runs `work` in a transaction, rolled back if it throws. */
export function inTransaction<T>(db: Database, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** A row as returned without the `expand` option, which the sandbox never uses. */
export type Row = Sqlite.NormalQueryResult;
export type BindValues = Sqlite.BindValues;

export function getRow(db: Database, sql: string, values?: BindValues): Row | undefined {
  return (db.get(sql, values) as Row | null) ?? undefined;
}

export function allRows(db: Database, sql: string, values?: BindValues): Row[] {
  return db.all(sql, values) as Row[];
}

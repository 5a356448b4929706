import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextProtocollo } from './protocollo';
import { openDatabase, type Database } from './sqlite';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
  db.exec('CREATE TABLE quesiti (id TEXT); CREATE TABLE tracciati (id TEXT);');
});
afterEach(() => db.close());

describe('protocol numbers', () => {
  it('number each kind in its own series, one after the other, in the year of receipt', () => {
    expect(nextProtocollo(db, 'quesiti', '2026-11-30T10:00:00Z')).toBe('INPS.CB.2026.0000001');
    db.run("INSERT INTO quesiti VALUES ('a')");
    expect(nextProtocollo(db, 'quesiti', '2027-01-02T08:00:00Z')).toBe('INPS.CB.2027.0000002');
    expect(nextProtocollo(db, 'tracciati', '2026-11-30T10:00:00Z')).toBe('INPS.GDP.2026.0000001');
  });
});

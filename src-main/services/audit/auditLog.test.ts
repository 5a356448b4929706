import { mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAuditEntry, readAuditLog } from './auditLog';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (n: number) => join(dir, `${String(n).padStart(10, '0')}.json`);

async function fiveEntries() {
  for (let i = 1; i <= 5; i += 1) {
    await appendAuditEntry(dir, { cf: 'RSSMRA80A01H501U', op: 'export', outcome: 'ok', detail: `voce ${i}` });
  }
}

describe('audit log chain', () => {
  it('reads back what was appended, intact, each entry chained to the one before', async () => {
    await fiveEntries();
    const { entries, verification } = await readAuditLog(dir);
    expect(entries.map((e) => e.detail)).toEqual(['voce 1', 'voce 2', 'voce 3', 'voce 4', 'voce 5']);
    expect(entries.map((e) => e.n)).toEqual([1, 2, 3, 4, 5]);
    expect(verification).toMatchObject({ intact: true, entries: 5, breaks: [] });
  });

  it('keeps the order of appends made at the same time', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendAuditEntry(dir, { cf: 'X', op: 'export', outcome: 'ok', detail: String(i) }),
      ),
    );
    const { entries, verification } = await readAuditLog(dir);
    expect(verification.intact).toBe(true);
    expect(entries.map((e) => e.detail)).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
  });

  it('detects an edited entry in the middle, naming the entry after it', async () => {
    await fiveEntries();
    writeFileSync(file(3), readFileSync(file(3), 'utf8').replace('"outcome":"ok"', '"outcome":"FORBIDDEN"'));
    const { verification } = await readAuditLog(dir);
    expect(verification.intact).toBe(false);
    expect(verification.breaks[0]).toMatchObject({ n: 4 });
    expect(verification.breaks[0]?.problem).toContain('voce 3');
  });

  it('detects an edited last entry', async () => {
    await fiveEntries();
    writeFileSync(file(5), readFileSync(file(5), 'utf8').replace('voce 5', 'voce X'));
    const { verification } = await readAuditLog(dir);
    expect(verification.intact).toBe(false);
    expect(verification.breaks[0]).toMatchObject({ n: 5, problem: 'l’ultima voce è stata modificata.' });
  });

  it('detects a deleted entry, in the middle and at the end', async () => {
    await fiveEntries();
    unlinkSync(file(2));
    let { verification } = await readAuditLog(dir);
    expect(verification.intact).toBe(false);
    expect(verification.breaks[0]?.problem).toContain('mancano le voci da 2 a 2');

    rmSync(dir, { recursive: true });
    await fiveEntries();
    unlinkSync(file(5));
    ({ verification } = await readAuditLog(dir));
    expect(verification.intact).toBe(false);
    expect(verification.breaks[0]?.problem).toContain('mancano le voci da 5 a 5');
  });

  it('detects a deletion renumbered to hide the gap', async () => {
    await fiveEntries();
    unlinkSync(file(3));
    renameSync(file(4), file(3));
    renameSync(file(5), file(4));
    const { verification } = await readAuditLog(dir);
    expect(verification.intact).toBe(false);
    expect(verification.breaks[0]).toMatchObject({ n: 3 });
  });

  it('detects two entries swapped', async () => {
    await fiveEntries();
    const two = readFileSync(file(2));
    writeFileSync(file(2), readFileSync(file(3)));
    writeFileSync(file(3), two);
    const { verification } = await readAuditLog(dir);
    expect(verification.intact).toBe(false);
    expect(verification.breaks[0]).toMatchObject({ n: 2 });
  });

  it('tolerates, and tells, an entry written just before a crash left the head behind', async () => {
    await fiveEntries();
    const head = readFileSync(join(dir, 'head.json'));
    await appendAuditEntry(dir, { cf: 'X', op: 'export', outcome: 'ok' });
    writeFileSync(join(dir, 'head.json'), head);
    writeFileSync(join(dir, '.0000000007.json.abcdef.tmp'), '{"n":7,');
    const { verification } = await readAuditLog(dir);
    expect(verification).toMatchObject({ intact: true, entries: 6 });
    expect(verification.notes).toHaveLength(2);
    // The next append goes on from the whole entry, and the chain stays intact.
    await appendAuditEntry(dir, { cf: 'X', op: 'export', outcome: 'ok' });
    expect((await readAuditLog(dir)).verification).toMatchObject({ intact: true, entries: 7 });
  });
});

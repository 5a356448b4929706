import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAndKill as runAndKillChild } from '../killedChild.test-support';
import { appendAuditEntry, readAuditLog } from './auditLog';

/**
 * Kills a process many times while it appends to the audit log: every time the log must verify
 * as intact (an interrupted write is told, not taken for tampering), and appending goes on.
 */

const KILLS = 10;
const child = new URL('./auditCrash.child.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'audit-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Land the kill at varying points of the next append (entry, fsync, rename, head).
const runAndKill = (afterAppends: number, extraDelayMs: number) =>
  runAndKillChild(child, [dir], afterAppends, extraDelayMs);

describe('audit append under kill -9', () => {
  it(`leaves a verifiable log, ${KILLS} kills out of ${KILLS}`, async () => {
    for (let kill = 0; kill < KILLS; kill += 1) {
      await runAndKill(1 + (kill % 4), kill % 5);
      const { verification } = await readAuditLog(dir);
      expect(verification.breaks).toEqual([]);
      expect(verification.intact).toBe(true);
    }
    const before = (await readAuditLog(dir)).entries.length;
    expect(before).toBeGreaterThanOrEqual(KILLS);
    await appendAuditEntry(dir, { cf: 'RSSMRA80A01H501U', op: 'export', outcome: 'ok' });
    const after = await readAuditLog(dir);
    expect(after.verification.intact).toBe(true);
    expect(after.entries).toHaveLength(before + 1);
  }, 120_000);
});

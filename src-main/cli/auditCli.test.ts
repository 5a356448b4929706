import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendAuditEntry, auditDirOf } from '../services/audit/auditLog';
import { userDirOf } from '../services/userScope';

/** `audit verify` as IT staff run it: a real process on a data folder, its output and exit code. */

const dataDir = mkdtempSync(join(tmpdir(), 'cli-audit-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const main = new URL('./main.ts', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', main, 'audit', ...args], { encoding: 'utf8' });

describe('npm run cli -- audit verify', () => {
  it('says intact (exit 0), then where the chain breaks (exit 1) once an entry is deleted', async () => {
    const dir = auditDirOf(userDirOf(dataDir, 'RSSMRA80A01H501U'));
    for (const [i, at] of [
      '2026-03-01T09:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
      '2026-03-02T11:30:00.000Z',
    ].entries()) {
      await appendAuditEntry(dir, {
        cf: 'RSSMRA80A01H501U',
        op: 'export',
        outcome: 'ok',
        detail: `voce ${i}`,
        at,
      });
    }
    const intact = cli('verify', '--data-dir', dataDir);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toContain('Registro di RSSMRA80A01H501U');
    expect(intact.stdout).toContain('integro, 3 voci.');

    unlinkSync(join(dir, '0000000002.json'));
    const broken = cli('verify', '--data-dir', dataDir);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('CATENA INTERROTTA, 2 voci.');
    expect(broken.stdout).toContain(
      'voce 2 (02/03/2026, 11:30:00 UTC): mancano le voci da 2 a 2 (cancellate).',
    );
  });

  it('refuses a wrong command with the usage, exit 2', () => {
    const run = cli('check');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Uso: npm run cli -- audit verify [--data-dir CARTELLA]');
  });
});

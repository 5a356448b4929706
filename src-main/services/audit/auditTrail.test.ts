import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personaByKey } from '../../../sandbox';
import { FOREIGN_FILE } from '../../../shared/domain/listapospa/foreignFile.test-support';
import type { AuditEntry } from '../../../shared/contract/calls/auditCalls';
import { mainServicesFor, sandboxAndDataDir } from '../mainServicesFor.test-support';
import { userDirOf } from '../userScope';
import { auditDirOf } from './auditLog';

/**
 * The audit log through the whole main side (real dispatcher, real login at the sandbox bridge,
 * real Cassetto API): what a user does is appended to their own log, with its level, outcome
 * and file hash, and the next user on the same computer sees none of it.
 */

const fixture = sandboxAndDataDir('cassetto-audit-');
const { dataDir } = fixture;

function openApp() {
  const app = mainServicesFor(fixture.sandbox, dataDir);
  const entries = async () =>
    (await app.ok<{ entries: AuditEntry[] }>('audit.list', { filter: {}, limit: 100 })).entries
      .slice()
      .reverse();
  return { ...app, entries };
}

describe('audit log of the signed-in user', () => {
  it('records login with level, exports with their hash, refusals with their code, settings and logout', async () => {
    const app = openApp();
    const intermediario = personaByKey('intermediario').codiceFiscale;
    await app.signIn('intermediario', 3);
    const posizioneId = (await app.ok<{ id: string }[]>('ricerca.list'))[0]?.id ?? '';
    const exported = await app.ok<{ base64: string }>('sezione.export', {
      posizioneId,
      sezione: 'versamenti',
      format: 'csv',
      view: { filters: {}, sort: null },
    });
    const garbage = Buffer.from('non è una ListaPosPA');
    await app.call('listapospa.import', {
      posizioneId,
      contenutoBase64: garbage.toString('base64'),
      overwrite: false,
    });
    const settings = await app.ok<Record<string, unknown>>('settings.get');
    await app.ok('settings.set', { ...settings, loginTimeoutMinutes: 10 });

    const entries = await app.entries();
    expect(entries.map((e) => [e.op, e.outcome])).toEqual([
      ['login', 'ok'],
      ['export', 'ok'],
      ['listapospa.import', 'INVALID_INPUT'],
      ['settings.change', 'ok'],
    ]);
    expect(entries.every((e) => e.cf === intermediario)).toBe(true);
    expect(entries[0]?.detail).toBe('SPID livello 3');
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    expect(entries[1]).toMatchObject({ posizioneId, sha256: sha(Buffer.from(exported.base64, 'base64')) });
    expect(entries[2]).toMatchObject({ posizioneId, sha256: sha(garbage) });
    expect(entries[3]?.detail).toBe('modificate: loginTimeoutMinutes');
    expect(await app.ok('audit.verify')).toMatchObject({ intact: true, entries: 4 });

    await app.ok('auth.logout');
    await app.signIn('subdelegato', 2);
    // The next user on this computer: their own login only, nothing of the intermediario's.
    const theirs = await app.entries();
    expect(theirs.map((e) => e.op)).toEqual(['login']);
    expect(theirs[0]?.cf).toBe(personaByKey('subdelegato').codiceFiscale);
    const csv = await app.ok<{ base64: string; rows: number }>('audit.export', { filter: {} });
    expect(csv.rows).toBe(1);
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).not.toContain(intermediario);
    app.services.auth.dispose();

    // The intermediario's log, with the logout, is intact; an edit of it is found.
    const dir = auditDirOf(userDirOf(dataDir, intermediario));
    const again = openApp();
    await again.signIn('intermediario', 2);
    const log = await again.entries();
    expect(log.map((e) => e.op).slice(4)).toEqual(['logout', 'login']);
    const second = readdirSync(dir).find((name) => name.startsWith('0000000002'));
    writeFileSync(join(dir, second ?? ''), JSON.stringify({ ...log[1], outcome: 'ok', detail: 'altro' }));
    const verification = await again.ok<{ intact: boolean; breaks: { n: number }[] }>('audit.verify');
    expect(verification.intact).toBe(false);
    expect(verification.breaks[0]?.n).toBe(3);
    again.services.auth.dispose();
  }, 60_000);

  it('names the month of a ListaPosPA as the user writes it, mm/aaaa', async () => {
    const app = openApp();
    await app.signIn('legale-comune', 3);
    const [posizione] =
      await app.ok<{ id: string; codiceFiscaleEnte: string; progressivo: string }[]>('ricerca.list');
    // A file of January 2026 made elsewhere, for this ente.
    const file = FOREIGN_FILE.replaceAll('80000012346', posizione?.codiceFiscaleEnte ?? '').replace(
      '<PRGAZIENDA>00000',
      `<PRGAZIENDA>${posizione?.progressivo ?? ''}`,
    );
    await app.ok('listapospa.import', {
      posizioneId: posizione?.id,
      contenutoBase64: Buffer.from(file).toString('base64'),
      overwrite: false,
    });
    expect((await app.entries()).at(-1)).toMatchObject({
      op: 'listapospa.import',
      outcome: 'ok',
      detail: 'mese 01/2026',
    });
    app.services.auth.dispose();
  });
});

/**
 * The deleghe archive through the real dispatcher and gateway, against a real sandbox: the
 * intermediario sees the deleghe INPS has on record for her, and a scan can be kept only with a
 * delega her archive lists.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delegheCalls } from '../../../shared/contract/calls/delegheCalls';
import { dispatcherFor, valueOf } from '../../../shared/contract/dispatcherFor.test-support';
import { posizioneId } from '../../../sandbox/seed/enti';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing/tempSandbox';
import { serviceDepsFor } from '../../testing/serviceDeps.test-support';
import { signInToSandbox } from '../../testing/signedInUser.test-support';
import { fixedScope } from '../userScope';
import { delegheHandlers } from './delegheHandlers';

let sandbox: TempSandbox;
const dirs: string[] = [];

beforeAll(async () => {
  sandbox = await startTempSandbox();
});
afterAll(async () => {
  await sandbox?.dispose();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function signedIn(persona: 'intermediario' | 'subdelegato') {
  const auth = await signInToSandbox(sandbox, persona);
  const dir = mkdtempSync(join(tmpdir(), 'deleghe-archive-'));
  dirs.push(dir);
  const deps = serviceDepsFor({ dataDir: dir, auth, userScope: fixedScope(dir) });
  return { dir, call: dispatcherFor(delegheCalls, delegheHandlers(deps)).call };
}

const scan = (numero: string) => ({
  numero,
  kind: 'delega_firmata' as const,
  fileName: 'firmata.pdf',
  base64: Buffer.from('%PDF-1.4 firmata').toString('base64'),
});

describe('the intermediario’s deleghe archive', () => {
  it('lists the deleghe INPS has on record for her, and reminds of the one about to end', async () => {
    const { call } = await signedIn('intermediario');
    const list = valueOf(await call('deleghe.list', {}));
    const expected = {
      'comune-roccafredda': 'attiva',
      'unione-bassa': 'attiva',
      'istituto-comprensivo': 'attiva',
      'archivio-stato': 'richiesta',
      'asl-pianura': 'revocata',
      'comune-borgo-nidi': 'scaduta',
    } as const;
    const stati = Object.fromEntries(
      Object.keys(expected).map((key) => [
        key,
        list.find((d) => d.posizioneId === posizioneId(key as keyof typeof expected))?.stato,
      ]),
    );
    expect(stati).toEqual(expected);
    const reminded = list.filter((d) => d.scadenzaTraGiorni !== null).map((d) => d.posizioneId);
    expect(reminded).toEqual([posizioneId('istituto-comprensivo')]);
  });

  it('keeps a scan only with a delega her archive lists', async () => {
    const own = await signedIn('intermediario');
    const numero = valueOf(await own.call('deleghe.list', {}))[0]!.numeroRichiesta;
    expect((await own.call('deleghe.attach', scan(numero))).ok).toBe(true);

    const missing = await own.call('deleghe.attach', scan('DLG-2026-999999'));
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // Someone else, with her delega's number: refused, and nothing kept on this computer.
    const other = await signedIn('subdelegato');
    const foreign = await other.call('deleghe.attach', scan(numero));
    expect(foreign).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(readdirSync(other.dir)).not.toContain('deleghe');
  });
});

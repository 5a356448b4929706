import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type CallHandlers } from '../../../shared/contract';
import { loginHeadless } from '../../../sandbox/testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing/tempSandbox';
import { posizioneId, seedPosizione } from '../../../sandbox/seed/enti';
import { generateNoteDebito } from '../../../sandbox/seed/sezioni';
import type { AuthService } from '../auth/authService';
import { createCassettoGateway } from '../cassetto/cassettoGateway';
import type { ServiceDeps } from '../mainServices';
import { fixedScope } from '../userScope';
import { cassettoHandlers } from './cassettoHandlers';

/** noteDebito.pdf through the real dispatcher and gateway, against the real sandbox. */

const posizione = seedPosizione('comune-borgo');
let sandbox: TempSandbox;
let dir: string;
let call: (
  name: string,
  input: unknown,
) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

beforeAll(async () => {
  sandbox = await startTempSandbox();
  const { accessToken } = await loginHeadless(sandbox, {
    persona: 'legale-comune',
    method: 'spid',
    level: 2,
  });
  dir = mkdtempSync(join(tmpdir(), 'nota-pdf-'));
  const auth = {
    status: () => ({ state: 'signed-in', user: { codiceFiscale: 'RNLMRC67E14G337R' } }),
    accessToken: async () => ({ token: accessToken, apiBaseUrl: sandbox.apiBaseUrl }),
  } as unknown as AuthService;
  const deps = {
    environment: { dataDir: dir },
    auth,
    userScope: fixedScope(dir, 'RNLMRC67E14G337R'),
    cassetto: createCassettoGateway(auth),
  } as unknown as ServiceDeps;
  const dispatch = createDispatcher<null>(
    cassettoHandlers(deps) as unknown as CallHandlers<null>,
    () => undefined,
  );
  call = (name, input) => dispatch(name, input, null) as never;
});
afterAll(async () => {
  await sandbox?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('noteDebito.pdf', () => {
  it('prints the nota as INPS lists it: number, amount, every worker', async () => {
    const nota = generateNoteDebito(posizione, sandbox.oggiSeed).find((n) => n.lavoratori.length > 1)!;
    const answer = await call('noteDebito.pdf', {
      posizioneId: posizioneId('comune-borgo'),
      notaId: nota.id,
    });
    expect(answer.ok).toBe(true);
    const file = answer.value as { fileName: string; base64: string; rows: number };
    expect(file.rows).toBe(nota.lavoratori.length);
    const path = join(dir, file.fileName);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Nota di debito ${nota.numero}`);
    for (const lavoratore of nota.lavoratori) expect(text).toContain(lavoratore.codiceFiscale);
  });

  it('answers NOT_FOUND for a nota the posizione does not have', async () => {
    const answer = await call('noteDebito.pdf', {
      posizioneId: posizioneId('comune-borgo'),
      notaId: 'ND-NESSUNA',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers FORBIDDEN for a posizione the user has no delega for (INPS decides)', async () => {
    const answer = await call('noteDebito.pdf', { posizioneId: posizioneId('asl-pianura'), notaId: 'ND-1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, defaultSettings, type CallHandlers } from '../../../shared/contract';
import type { Denuncia as ListaPosPA } from '../../../shared/domain/listapospa/model';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../../shared/domain/listapospa/xmlWriter';
import { denunciaSchema } from '../../../shared/domain/sezioni';
import { loginHeadless } from '../../../sandbox/testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing/tempSandbox';
import type { AuthService } from '../auth/authService';
import { createCassettoGateway } from '../cassetto/cassettoGateway';
import type { ServiceDeps } from '../mainServices';
import { createUserScope } from '../userScope';
import { listaposHandlers } from './listapospaHandlers';

/** listapospa.submit through the real dispatcher and gateway, against a real sandbox. */

const POSIZIONE = '82001450343-00001';
let sandbox: TempSandbox;
let token: string;
let dir: string;
let call: (name: string, input: unknown) => Promise<unknown>;

beforeAll(async () => {
  sandbox = await startTempSandbox();
  token = (await loginHeadless(sandbox, { persona: 'legale-comune', method: 'spid', level: 2 })).accessToken;
});
afterAll(async () => {
  await sandbox?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = mkdtempSync(join(tmpdir(), 'listapos-submit-'));
  const auth = {
    status: () => ({ state: 'signed-in', user: { codiceFiscale: 'RSSMRA80A01H501U' } }),
    accessToken: async () => ({ token, apiBaseUrl: sandbox.apiBaseUrl }),
    logout: async () => undefined,
  } as unknown as AuthService;
  const deps = {
    environment: { dataDir: dir },
    settings: { get: () => defaultSettings },
    auth,
    cassetto: createCassettoGateway(auth),
    userScope: createUserScope({ dataDir: dir, status: () => auth.status() }),
  } as unknown as ServiceDeps;
  const dispatch = createDispatcher<null>(
    listaposHandlers(deps) as unknown as CallHandlers<null>,
    () => undefined,
  );
  call = (name, input) => dispatch(name, input, null);
});

function file(annoMese: string, prgAzienda = '00001'): ListaPosPA {
  const denuncia = sampleDenuncia(2, annoMese);
  denuncia.datiMittente.cfMittente = '82001450343';
  denuncia.azienda.cfAzienda = '82001450343';
  denuncia.azienda.listaPosPA.prgAzienda = prgAzienda;
  return denuncia;
}

async function importDraft(denuncia: ListaPosPA) {
  const imported = await call('listapospa.import', {
    posizioneId: POSIZIONE,
    xml: writeDenuncia(denuncia),
    overwrite: false,
  });
  expect(imported).toMatchObject({ ok: true });
  return { posizioneId: POSIZIONE, annoMese: denuncia.azienda.annoMeseDenuncia };
}

const dmaRows = async () =>
  denunciaSchema.array().parse(
    await (
      await fetch(`${sandbox.apiBaseUrl}/v1/posizioni/${POSIZIONE}/dma`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json(),
  );

describe('listapospa.submit', () => {
  it('sends a valid draft and answers the denuncia INPS recorded, now in the DMA', async () => {
    const key = await importDraft(file('2026-05'));
    const answer = (await call('listapospa.submit', key)) as {
      ok: true;
      value: { ok: true; denuncia: { id: string; mese: string; esito: string; numeroD0: number } };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.ok).toBe(true);
    expect(answer.value.denuncia).toMatchObject({ mese: '2026-05', esito: 'acquisita', numeroD0: 2 });
    expect((await dmaRows()).map((row) => row.id)).toContain(answer.value.denuncia.id);
  });

  it('refuses locally a draft with blocking errors, sending nothing', async () => {
    const denuncia = file('2026-06');
    delete denuncia.azienda.listaPosPA.posPA[0]!.d0[0]!.e0[0]!.gestioni.previdenziale;
    const key = await importDraft(denuncia);
    const before = (await dmaRows()).length;
    const answer = (await call('listapospa.submit', key)) as {
      ok: true;
      value: { ok: false; report: { findings: { code: string }[] } };
    };
    expect(answer.value.ok).toBe(false);
    expect(answer.value.report.findings.map((f) => f.code)).toContain('00390I');
    expect(await dmaRows()).toHaveLength(before);
  });

  it('gives INVALID_INPUT with the sandbox’s explanation for a denuncia of another progressivo', async () => {
    const key = await importDraft(file('2026-07', '00002'));
    expect(await call('listapospa.submit', key)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('progressivo 00002') as string },
    });
  });
});

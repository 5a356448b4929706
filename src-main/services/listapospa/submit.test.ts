import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listapospaCalls } from '../../../shared/contract/calls/listapospaCalls';
import type { CallOutput } from '../../../shared/contract/calls';
import {
  dispatcherFor,
  valueOf,
  type GroupDispatcher,
} from '../../../shared/contract/dispatcherFor.test-support';
import type { CallResult } from '../../../shared/contract/result';
import type { Denuncia as ListaPosPA } from '../../../shared/domain/listapospa/model';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../../shared/domain/listapospa/xmlWriter';
import { denunciaSchema } from '../../../shared/domain/sezioni';
import { apiPost } from '../../../sandbox/testing/apiGet';
import { loginHeadless } from '../../../sandbox/testing/headlessLogin';
import { unseededMonth } from '../../../sandbox/seed/frame';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing/tempSandbox';
import { serviceDepsFor } from '../../testing/serviceDeps.test-support';
import { signedInAuth } from '../../testing/signedInUser.test-support';
import { listapospaHandlers } from './listapospaHandlers';
import { expectPdfText } from '../../pdfText.test-support';

/** A file's bytes as the renderer sends them to listapospa.import. */
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** listapospa.submit through the real dispatcher and gateway, against a real sandbox. */

const POSIZIONE = '82001450343-00001';
let sandbox: TempSandbox;
let token: string;
let dir: string;
let call: GroupDispatcher<typeof listapospaCalls>['call'];

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
  const auth = signedInAuth('legale-comune', { token, apiBaseUrl: sandbox.apiBaseUrl });
  call = dispatcherFor(listapospaCalls, listapospaHandlers(serviceDepsFor({ dataDir: dir, auth }))).call;
});

/** The sandbox's month and those after it have no seeded denuncia to replace (sandbox/seed/frame.ts). */
const unseeded = (after: number) => unseededMonth(sandbox.oggiSeed, after);

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
    contenutoBase64: base64(writeDenuncia(denuncia)),
    overwrite: false,
  });
  expect(imported).toMatchObject({ ok: true });
  return { posizioneId: POSIZIONE, annoMese: denuncia.azienda.annoMeseDenuncia };
}

/** The denuncia INPS recorded for a submit the test expects to go through. */
function sentDenuncia(answer: CallResult<CallOutput<'listapospa.submit'>>) {
  const value = valueOf(answer);
  if (!value.ok) throw new Error(`Not sent: ${value.report.findings.map((f) => f.code).join(', ')}`);
  return value.denuncia;
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
    const key = await importDraft(file(unseeded(0)));
    const denuncia = sentDenuncia(await call('listapospa.submit', { ...key, idempotencyKey: randomUUID() }));
    expect(denuncia).toMatchObject({ mese: unseeded(0), esito: 'acquisita', numeroD0: 2 });
    expect((await dmaRows()).map((row) => row.id)).toContain(denuncia.id);
  });

  it('refuses locally a draft with blocking errors, sending nothing', async () => {
    const denuncia = file(unseeded(1));
    delete denuncia.azienda.listaPosPA.posPA[0]!.d0[0]!.e0[0]!.gestioni.previdenziale;
    const key = await importDraft(denuncia);
    const before = (await dmaRows()).length;
    const answer = valueOf(await call('listapospa.submit', { ...key, idempotencyKey: randomUUID() }));
    expect(answer.ok).toBe(false);
    expect(answer.report.findings.map((f) => f.code)).toContain('00390I');
    expect(await dmaRows()).toHaveLength(before);
  });

  it('gives INVALID_INPUT with the sandbox’s explanation for a denuncia of another progressivo', async () => {
    const key = await importDraft(file(unseeded(2)));
    // Import refuses another progressivo; a draft edited afterwards still meets INPS's own check.
    await call('listapospa.drafts.save', {
      posizioneId: POSIZIONE,
      revision: 1,
      denuncia: file(unseeded(2), '00002'),
    });
    expect(await call('listapospa.submit', { ...key, idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('progressivo 00002') as string },
    });
    // Refused and not recorded: the draft is not marked sent and can be corrected.
    expect(valueOf(await call('listapospa.drafts.open', key)).invio).toBeUndefined();
  });
});

describe('nothing sent twice', () => {
  it('sends once for two clicks at the same time and for a repeat of the same confirmation', async () => {
    const key = await importDraft(file(unseeded(3)));
    const before = (await dmaRows()).length;
    const idempotencyKey = randomUUID();
    const [first, second] = await Promise.all([
      call('listapospa.submit', { ...key, idempotencyKey }).then(sentDenuncia),
      call('listapospa.submit', { ...key, idempotencyKey }).then(sentDenuncia),
    ]);
    const again = sentDenuncia(await call('listapospa.submit', { ...key, idempotencyKey }));
    expect(second.id).toBe(first.id);
    expect(again.id).toBe(first.id);
    expect(await dmaRows()).toHaveLength(before + 1);
  });

  it('has INPS record one denuncia for two requests with the same key', async () => {
    const xml = writeDenuncia(file(unseeded(4)));
    const idempotencyKey = randomUUID();
    const before = (await dmaRows()).length;
    const post = () =>
      apiPost(sandbox.apiBaseUrl, `/v1/posizioni/${POSIZIONE}/dma`, { xml, idempotencyKey }, token);
    const first = await post();
    const second = await post();
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body).toEqual(first.body);
    expect(await dmaRows()).toHaveLength(before + 1);
  });

  it('keeps a sent draft with its esito and protocol, read-only, with its receipt as a PDF', async () => {
    const key = await importDraft(file(unseeded(5)));
    const { id, dataInvio } = sentDenuncia(
      await call('listapospa.submit', { ...key, idempotencyKey: randomUUID() }),
    );
    expect(await call('listapospa.drafts.list', { posizioneId: POSIZIONE })).toMatchObject({
      ok: true,
      value: expect.arrayContaining([
        expect.objectContaining({
          annoMese: unseeded(5),
          invio: { stato: 'inviata', protocollo: id, esito: 'acquisita', dataInvio },
        }),
      ]) as unknown,
    });
    const opened = valueOf(await call('listapospa.drafts.open', key));
    expect(
      await call('listapospa.drafts.save', {
        posizioneId: POSIZIONE,
        revision: opened.revision,
        denuncia: opened.denuncia,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining(`protocollo ${id}`) as string },
    });
    // Another confirmation (a new key) of a sent draft sends nothing.
    const before = (await dmaRows()).length;
    expect(await call('listapospa.submit', { ...key, idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await dmaRows()).toHaveLength(before);

    const receipt = valueOf(await call('listapospa.ricevutaPdf', key));
    await expectPdfText(Buffer.from(receipt.base64, 'base64'), [
      'Ricevuta di invio ListaPosPA',
      id,
      dataInvio.split('-').reverse().join('/'),
      createHash('sha256').update(writeDenuncia(opened.denuncia)).digest('hex'),
      `UNIEN${unseeded(5).slice(2, 4)}${unseeded(5).slice(5, 7)}.xml`,
    ]);

    // A change is a new draft: a variazione of the same month, editable, naming the sent one.
    expect(await call('listapospa.drafts.derive', { ...key, tipo: 'variazione' })).toMatchObject({
      ok: true,
      value: {
        derivataDa: { protocollo: id },
        denuncia: { azienda: { listaPosPA: { tipo: 'variazione' } } },
      },
    });
    const derived = valueOf(await call('listapospa.drafts.open', key));
    expect(derived.invio).toBeUndefined();
    expect(
      await call('listapospa.drafts.save', {
        posizioneId: POSIZIONE,
        revision: derived.revision,
        denuncia: derived.denuncia,
      }),
    ).toMatchObject({ ok: true });
  });

  it('sends a second ordinario for a month only when the earlier one is named and confirmed', async () => {
    const earlier = sentDenuncia(
      await call('listapospa.submit', {
        ...(await importDraft(file(unseeded(6)))),
        idempotencyKey: randomUUID(),
      }),
    );
    // The same month again, as a new draft (the sent one is kept aside).
    await call('listapospa.drafts.derive', {
      posizioneId: POSIZIONE,
      annoMese: unseeded(6),
      tipo: 'ordinario',
    });
    const key = { posizioneId: POSIZIONE, annoMese: unseeded(6) };
    expect(await call('listapospa.ordinarioAcquisito', key)).toMatchObject({
      ok: true,
      value: { denuncia: { id: earlier.id, dataInvio: earlier.dataInvio } },
    });
    const before = (await dmaRows()).length;
    expect(await call('listapospa.submit', { ...key, idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining(`ordinario ${earlier.id}`) as string },
    });
    expect(await dmaRows()).toHaveLength(before);
    const second = sentDenuncia(
      await call('listapospa.submit', { ...key, idempotencyKey: randomUUID(), sostituisce: earlier.id }),
    );
    const rows = await dmaRows();
    expect(rows.find((row) => row.id === earlier.id)?.esito).toBe('sostituita');
    expect(rows.find((row) => row.id === second.id)?.esito).toBe('acquisita');
  });
});

describe('listapospa.import', () => {
  it('refuses a file of another ente, naming both codici fiscali, and makes no draft', async () => {
    const foreign = file(unseeded(7));
    foreign.azienda.cfAzienda = '80012345678';
    foreign.datiMittente.cfMittente = '80012345678';
    const answer = await call('listapospa.import', {
      posizioneId: POSIZIONE,
      contenutoBase64: base64(writeDenuncia(foreign)),
      overwrite: false,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const message = answer.ok ? '' : answer.error.message;
    expect(message).toContain('80012345678');
    expect(message).toContain('82001450343');
    expect(await call('listapospa.drafts.list', { posizioneId: POSIZIONE })).toMatchObject({
      value: expect.not.arrayContaining([expect.objectContaining({ annoMese: unseeded(7) })]) as unknown,
    });
  });

  it('refuses a file of another progressivo of the same ente, naming both', async () => {
    const answer = await call('listapospa.import', {
      posizioneId: POSIZIONE,
      contenutoBase64: base64(writeDenuncia(file(unseeded(8), '00002'))),
      overwrite: false,
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/PRGAZIENDA 00002.*progressivo 00001/) as string,
      },
    });
  });
});

/** The Cassetto sections on the INPS side: deterministic seed, contestazioni, tracciati. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  notaDiDebitoSchema,
  ricevutaTracciatoSchema,
  versamentoSchema,
  type NotaDiDebito,
} from '../../shared/domain/sezioni';
import { posizioneId } from '../seed/enti';
import { SEED_OGGI } from '../seed/sezioni';
import { apiGet, apiPost, errorCodeOf } from '../testing/apiGet';
import { contestaNota } from '../testing/contestazione';
import { loginHeadless } from '../testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;
let bearer: string;
const id = posizioneId('comune-borgo');

// The seed's states are as of SEED_OGGI: on that day its notificata note are within their term.
const seedToday = { now: () => new Date(`${SEED_OGGI}T12:00:00Z`) };

beforeAll(async () => {
  sandbox = await startTempSandbox(undefined, seedToday);
  bearer = (await loginHeadless(sandbox, { persona: 'legale-comune', method: 'spid', level: 2 })).accessToken;
});
afterAll(async () => {
  await sandbox?.dispose();
});

const get = async (path: string) => apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}${path}`, bearer);

describe('sections', () => {
  it('gives every gestione a versamento for each month of 2021–2025', async () => {
    const rows = versamentoSchema.array().parse((await get('/versamenti')).body);
    // comune-borgo has three gestioni: 60 months × 3.
    expect(rows).toHaveLength(180);
    expect(new Set(rows.map((row) => row.periodo)).size).toBe(60);
    expect(rows.every((row) => row.canale === 'F24 EP')).toBe(true);
    expect(new Set(rows.map((row) => row.causale))).toEqual(new Set(['P101', 'P708', 'P909']));
  });

  it('is the same in a second sandbox (seeded, not random)', async () => {
    const other = await startTempSandbox(undefined, seedToday);
    try {
      const token = (await loginHeadless(other, { persona: 'legale-comune', method: 'spid', level: 2 }))
        .accessToken;
      const there = await apiGet(other.apiBaseUrl, `/v1/posizioni/${id}/note-debito`, token);
      expect(there.body).toEqual((await get('/note-debito')).body);
    } finally {
      await other.dispose();
    }
  });
});

describe('contestazione of a regolarizzazione', () => {
  const note = async () => notaDiDebitoSchema.array().parse((await get('/note-debito')).body);
  /** A contestazione of the nota's first worker: a valid one, but for `fields`. */
  const contesta = (nota: NotaDiDebito, fields: object = {}) =>
    contestaNota(sandbox.apiBaseUrl, bearer, id, nota, fields);

  it('turns the nota to contestata and refuses a third one for the same worker', async () => {
    const nota = (await note()).find(
      (n) => n.tipo === 'regolarizzazione contributiva' && n.stato === 'notificata',
    );
    expect(nota).toBeDefined();
    const allegati = [{ nome: 'prova.pdf', contenutoBase64: Buffer.from('%PDF-1.4').toString('base64') }];
    expect((await contesta(nota!, { allegati })).status).toBe(201);
    expect((await note()).find((n) => n.id === nota!.id)?.stato).toBe('contestata');
    expect((await contesta(nota!, { allegati })).status).toBe(201);
    const third = await contesta(nota!, { allegati });
    expect(third.status).toBe(409);
    expect(errorCodeOf(third)).toBe('OPERAZIONE_NON_CONSENTITA');
  });

  it('refuses a sistemazione', async () => {
    const nota = (await note()).find((n) => n.tipo === 'sistemazione contributiva')!;
    const answer = await contesta(nota, {
      contributoProposto: '0.00',
      motivazione: 'Motivazione sufficientemente lunga',
    });
    expect(answer.status).toBe(409);
  });

  it('refuses an attachment that is not base64, the nota unchanged', async () => {
    const nota = (await note()).find((n) => n.tipo === 'regolarizzazione contributiva')!;
    const answer = await contesta(nota, {
      allegati: [{ nome: 'prova.pdf', contenutoBase64: 'non è base64' }],
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('non è in base64 valido');
    expect((await note()).find((n) => n.id === nota.id)?.stato).toBe(nota.stato);
  });
});

describe('invio tracciati', () => {
  const cfEnte = id.split('-')[0] ?? '';
  const valid = `0${cfEnte}${'T'.repeat(48)}\n${'1'.repeat(60)}\n${'2'.repeat(60)}\n`;
  const send = (nomeFile: string, contenutoBase64: string) =>
    apiPost(sandbox.apiBaseUrl, `/v1/posizioni/${id}/tracciati`, { nomeFile, contenutoBase64 }, bearer);
  const recorded = async () => ricevutaTracciatoSchema.array().parse((await get('/tracciati')).body);

  it('gives a receipt with protocol and the file hash, and lists it', async () => {
    const answer = await send('tracciato.txt', Buffer.from(valid).toString('base64'));
    expect(answer.status).toBe(201);
    const ricevuta = ricevutaTracciatoSchema.parse(answer.body);
    expect(ricevuta.esito).toBe('acquisito');
    expect(ricevuta.righe).toBe(3);
    // sha256 of the exact bytes sent
    const { createHash } = await import('node:crypto');
    expect(ricevuta.sha256).toBe(createHash('sha256').update(valid).digest('hex'));
    expect(ricevuta.protocollo).toMatch(/^INPS\.GDP\.\d{4}\.\d{7}$/);
    expect((await recorded()).map((r) => r.protocollo)).toContain(ricevuta.protocollo);
  });

  it.each([
    [
      'records of uneven length',
      Buffer.from(`0${cfEnte}${'T'.repeat(48)}\n${'1'.repeat(61)}\n`),
      'Il record 2 è lungo 61',
    ],
    ['a 16-byte text', Buffer.from('sedici caratteri'), 'Il primo record è lungo 16 caratteri'],
    ['another ente’s file', Buffer.from(`0${'9'.repeat(59)}\n${'1'.repeat(60)}\n`), `(${cfEnte})`],
  ])('refuses %s with its reason, recording nothing', async (_what, bytes, reason) => {
    const before = (await recorded()).length;
    const answer = await send('storto.txt', bytes.toString('base64'));
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain(reason);
    expect(await recorded()).toHaveLength(before);
  });

  it('refuses content that is not base64, recording no 0-byte tracciato', async () => {
    const before = (await recorded()).length;
    const answer = await send('testo.txt', 'questo non è base64!');
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('non è in base64 valido');
    expect(await recorded()).toHaveLength(before);
  });
});

/**
 * The quesiti lifecycle against a real sandbox: protocol and routing, limits checked again on
 * the INPS side, idempotency, back-office, notices, Agenda and feedback.
 */
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quesitoDetailSchema, quesitoSummarySchema, type QuesitoDetail } from '../../shared/domain/quesiti';
import { posizioneId } from '../seed/enti';
import { loginHeadless } from '../testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;
let token: string;
let strangerToken: string;
const borgo = posizioneId('comune-borgo');

beforeAll(async () => {
  sandbox = await startTempSandbox();
  token = (await loginHeadless(sandbox, { persona: 'delegato-comune', method: 'spid', level: 2 }))
    .accessToken;
  strangerToken = (await loginHeadless(sandbox, { persona: 'intermediario', method: 'spid', level: 2 }))
    .accessToken;
});
afterAll(async () => {
  await sandbox?.dispose();
});

async function call(method: string, path: string, body?: unknown, bearer = token) {
  const response = await fetch(`${sandbox.apiBaseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function backoffice(path: string, body?: unknown, key = sandbox.operatorKey) {
  const response = await fetch(`${sandbox.apiBaseUrl}/backoffice${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'x-operatore-key': key, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const zipOf = (files: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([n, c]) => [n, strToU8(c)])))).toString(
    'base64',
  );

const nuovo = (over: Record<string, unknown> = {}) => ({
  idempotencyKey: `key-${Math.random().toString(36).slice(2)}`,
  classe: 'VERSAMENTI',
  oggetto: 'PAGAMENTI',
  testo: 'Versamento di ottobre non abbinato.',
  allegatiZip: zipOf({ 'a.pdf': 'uno', 'b.pdf': 'due' }),
  ...over,
});

describe('quesiti', () => {
  let quesito: QuesitoDetail;

  it('protocols, routes to the sede and notifies; the same key answers the same quesito', async () => {
    const body = nuovo();
    const first = await call('POST', `/v1/posizioni/${borgo}/quesiti`, body);
    expect(first.status).toBe(201);
    quesito = quesitoDetailSchema.parse(first.body);
    expect(quesito.protocollo).toMatch(/^INPS\.\w+\.\d{4}\.\d{7}$/);
    expect(quesito.stato).toBe('aperta');
    expect(quesito.allegati.map((a) => a.nome)).toEqual(['a.pdf', 'b.pdf']);
    const again = await call('POST', `/v1/posizioni/${borgo}/quesiti`, body);
    expect(again.status).toBe(200);
    expect(quesitoDetailSchema.parse(again.body).id).toBe(quesito.id);
    const list = await call('GET', '/v1/quesiti');
    expect(
      quesitoSummarySchema
        .array()
        .parse(list.body)
        .filter((q) => q.id === quesito.id),
    ).toHaveLength(1);
    const notices = await backoffice(`/quesiti/${quesito.id}/notifiche`);
    expect(notices.body).toEqual([
      expect.objectContaining({ subject: `Quesito protocollato n. ${quesito.protocollo}` }),
    ]);
  });

  it('checks the attachments again: four files, a bad name, a wrong pair classe/oggetto', async () => {
    const four = await call(
      'POST',
      `/v1/posizioni/${borgo}/quesiti`,
      nuovo({ allegatiZip: zipOf({ '1.pdf': '1', '2.pdf': '2', '3.pdf': '3', '4.pdf': '4' }) }),
    );
    expect(four.status).toBe(400);
    expect(JSON.stringify(four.body)).toMatch(/al massimo 3 file/);
    const traversal = await call(
      'POST',
      `/v1/posizioni/${borgo}/quesiti`,
      nuovo({ allegatiZip: zipOf({ '../x.pdf': 'x' }) }),
    );
    expect(traversal.status).toBe(400);
    const pair = await call(
      'POST',
      `/v1/posizioni/${borgo}/quesiti`,
      nuovo({ classe: 'DURC', oggetto: 'ECA' }),
    );
    expect(pair.status).toBe(400);
  });

  it('is not visible to who has no delega on the posizione', async () => {
    const other = await call('GET', `/v1/posizioni/${borgo}/quesiti/${quesito.id}`, undefined, strangerToken);
    expect(other.status).toBe(403);
  });

  it('back-office: refuses a wrong key, takes in carico, comments, closes non accolta; Agenda opens', async () => {
    expect((await backoffice('/quesiti', undefined, 'sbagliata')).status).toBe(401);
    const beforeSlots = await call('GET', `/v1/posizioni/${borgo}/quesiti/${quesito.id}/slot`);
    const early = await call('POST', `/v1/posizioni/${borgo}/quesiti/${quesito.id}/appuntamento`, {
      slotId: (beforeSlots.body as Array<{ id: string }>)[0]?.id,
    });
    expect(early.status).toBe(409);

    expect(
      (
        await backoffice(`/quesiti/${quesito.id}/azioni`, {
          azione: 'presa-in-carico',
          commento: 'Verifico.',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await backoffice(`/quesiti/${quesito.id}/azioni`, {
          azione: 'commento',
          commento: 'Manca la quietanza.',
        })
      ).status,
    ).toBe(200);
    const closed = await backoffice(`/quesiti/${quesito.id}/azioni`, {
      azione: 'chiusura',
      esito: 'non_accolta',
      commento: 'Versamento non trovato.',
    });
    expect(closed.status).toBe(200);
    expect((await backoffice(`/quesiti/${quesito.id}/azioni`, { azione: 'presa-in-carico' })).status).toBe(
      409,
    );

    const detail = quesitoDetailSchema.parse(
      (await call('GET', `/v1/posizioni/${borgo}/quesiti/${quesito.id}`)).body,
    );
    expect(detail.eventi.map((e) => e.tipo)).toEqual([
      'protocollazione',
      'presa_in_carico',
      'commento',
      'chiusura',
    ]);
    expect(detail.esito).toBe('non_accolta');
    const notices = (await backoffice(`/quesiti/${quesito.id}/notifiche`)).body as Array<{ subject: string }>;
    expect(notices.map((n) => n.subject)).toContain(`Quesito n. ${quesito.protocollo} chiuso`);

    const slots = (await call('GET', `/v1/posizioni/${borgo}/quesiti/${quesito.id}/slot`)).body as Array<{
      id: string;
    }>;
    const booked = await call('POST', `/v1/posizioni/${borgo}/quesiti/${quesito.id}/appuntamento`, {
      slotId: slots[0]?.id,
    });
    expect(booked.status).toBe(201);
    const after = (await call('GET', `/v1/posizioni/${borgo}/quesiti/${quesito.id}/slot`)).body as Array<{
      id: string;
    }>;
    expect(after.map((s) => s.id)).not.toContain(slots[0]?.id);
    expect((await call('DELETE', `/v1/posizioni/${borgo}/quesiti/${quesito.id}/appuntamento`)).status).toBe(
      200,
    );
  });

  it('stores Instant Feedback and refuses a vote out of 1–5', async () => {
    expect(
      (await call('POST', '/v1/feedback', { servizio: 'quesiti', voto: 4, commento: 'Chiaro.' })).status,
    ).toBe(201);
    expect((await call('POST', '/v1/feedback', { servizio: 'quesiti', voto: 6, commento: '' })).status).toBe(
      400,
    );
  });
});

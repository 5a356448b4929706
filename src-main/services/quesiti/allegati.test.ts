import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, createEventHub, type CallHandlers } from '../../../shared/contract';
import { loginHeadless } from '../../../sandbox/testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing/tempSandbox';
import type { AuthService } from '../auth/authService';
import { createCassettoGateway } from '../cassettoApi/cassettoGateway';
import type { ServiceDeps } from '../mainServices';
import { createUserScope } from '../userScope';
import type { HttpFetch } from '../net/outboundFetch';
import { quesitiHandlers } from './quesitiHandlers';

/** quesiti.allegati through the real dispatcher and gateway, against a real sandbox. */

const POSIZIONE = '82001450343-00001';
let sandbox: TempSandbox;
const dirs: string[] = [];
const sentZips: string[] = [];
let delegato: (name: string, input: unknown) => Promise<unknown>;
let stranger: (name: string, input: unknown) => Promise<unknown>;

/** The contract as the renderer sees it, signed in with the given token. */
function contractFor(token: string) {
  const auth = {
    status: () => ({ state: 'signed-in', user: { codiceFiscale: 'RSSMRA80A01H501U' } }),
    accessToken: async () => ({ token, apiBaseUrl: sandbox.apiBaseUrl }),
    logout: async () => undefined,
  } as unknown as AuthService;
  // Keeps the ZIP exactly as the app sent it, to compare with what comes back.
  const recording: HttpFetch = (input, init) => {
    if (init?.method === 'POST' && typeof init.body === 'string') {
      const body = JSON.parse(init.body) as { allegatiZip?: string | null };
      if (body.allegatiZip) sentZips.push(body.allegatiZip);
    }
    return fetch(input, init);
  };
  const dir = mkdtempSync(join(tmpdir(), 'quesiti-allegati-'));
  dirs.push(dir);
  const deps = {
    environment: { dataDir: dir },
    events: createEventHub(),
    cassetto: createCassettoGateway(auth, recording),
    userScope: createUserScope({ dataDir: dir, status: () => auth.status() }),
  } as unknown as ServiceDeps;
  const dispatch = createDispatcher<null>(
    quesitiHandlers(deps) as unknown as CallHandlers<null>,
    () => undefined,
  );
  return (name: string, input: unknown) => dispatch(name, input, null);
}

beforeAll(async () => {
  sandbox = await startTempSandbox();
  const login = (persona: 'delegato-comune' | 'intermediario') =>
    loginHeadless(sandbox, { persona, method: 'spid', level: 2 });
  delegato = contractFor((await login('delegato-comune')).accessToken);
  stranger = contractFor((await login('intermediario')).accessToken);
});
afterAll(async () => {
  await sandbox?.dispose();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function send(files: Record<string, Buffer>) {
  const allegati: string[] = [];
  for (const [nome, content] of Object.entries(files)) {
    const staged = (await delegato('quesiti.stage', {
      nome,
      contenutoBase64: content.toString('base64'),
    })) as {
      ok: true;
      value: { stagedId: string };
    };
    allegati.push(staged.value.stagedId);
  }
  const sent = (await delegato('quesiti.send', {
    posizioneId: POSIZIONE,
    classe: 'VERSAMENTI',
    oggetto: 'PAGAMENTI',
    testo: 'Versamento non abbinato.',
    allegati,
  })) as { ok: true; value: { kind: 'sent'; quesito: { id: string; protocollo: string } } };
  expect(sent).toMatchObject({ ok: true, value: { kind: 'sent' } });
  return sent.value.quesito;
}

describe('quesiti.allegati', () => {
  it('gives back the very ZIP that was sent, named after the protocollo', async () => {
    const files = {
      'relazione è così.pdf': Buffer.from('%PDF-1.4 relazione'),
      'quietanza.pdf': Buffer.from('%PDF-1.4 quietanza'),
      'dati.csv': Buffer.from('matricola;importo\n1;1.234,56\n'),
    };
    const quesito = await send(files);
    const answer = await delegato('quesiti.allegati', { posizioneId: POSIZIONE, quesitoId: quesito.id });
    expect(answer).toEqual({
      ok: true,
      value: { nomeFile: `Allegati_${quesito.protocollo}.zip`, contenutoBase64: sentZips.at(-1) },
    });
    const value = (answer as { value: { contenutoBase64: string } }).value;
    const entries = unzipSync(Buffer.from(value.contenutoBase64, 'base64'));
    expect(Object.keys(entries).sort()).toEqual(Object.keys(files).sort());
    expect(Buffer.from(entries['dati.csv'] ?? []).equals(files['dati.csv'])).toBe(true);

    const refused = await stranger('quesiti.allegati', { posizioneId: POSIZIONE, quesitoId: quesito.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('says NOT_FOUND for a quesito sent without attachments', async () => {
    const quesito = await send({});
    const answer = await delegato('quesiti.allegati', { posizioneId: POSIZIONE, quesitoId: quesito.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

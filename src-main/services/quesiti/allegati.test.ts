import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quesitiCalls } from '../../../shared/contract/calls/quesitiCalls';
import {
  dispatcherFor,
  valueOf,
  type GroupDispatcher,
} from '../../../shared/contract/dispatcherFor.test-support';
import { loginHeadless } from '../../../sandbox/testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing/tempSandbox';
import { serviceDepsFor } from '../../testing/serviceDeps.test-support';
import { signedInAuth } from '../../testing/signedInUser.test-support';
import type { HttpFetch } from '../net/outboundFetch';
import { quesitiHandlers } from './quesitiHandlers';

/** quesiti.allegati through the real dispatcher and gateway, against a real sandbox. */

const POSIZIONE = '82001450343-00001';
let sandbox: TempSandbox;
const dirs: string[] = [];
const sentZips: string[] = [];
let delegato: GroupDispatcher<typeof quesitiCalls>['call'];
let stranger: GroupDispatcher<typeof quesitiCalls>['call'];

/** The contract as the renderer sees it, signed in with the given token. */
function contractFor(token: string) {
  const auth = signedInAuth({ codiceFiscale: 'RSSMRA80A01H501U' }, { token, apiBaseUrl: sandbox.apiBaseUrl });
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
  const deps = serviceDepsFor({ dataDir: dir, auth, fetch: recording });
  return dispatcherFor(quesitiCalls, quesitiHandlers(deps)).call;
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
    const staged = valueOf(
      await delegato('quesiti.stage', { nome, contenutoBase64: content.toString('base64') }),
    );
    allegati.push(staged.stagedId);
  }
  const sent = valueOf(
    await delegato('quesiti.send', {
      posizioneId: POSIZIONE,
      classe: 'VERSAMENTI',
      oggetto: 'PAGAMENTI',
      testo: 'Versamento non abbinato.',
      allegati,
    }),
  );
  // Queued means the sandbox was not reached: there is no quesito to read back.
  if (sent.kind !== 'sent') throw new Error('quesiti.send queued the quesito instead of sending it');
  return sent.quesito;
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
    const entries = unzipSync(Buffer.from(valueOf(answer).contenutoBase64, 'base64'));
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

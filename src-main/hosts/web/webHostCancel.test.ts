/**
 * Cancellation through the real web host (issue 17): the renderer aborts its fetch, the host sees
 * the request close unanswered and cancels the call in main. An export cancelled while main
 * waits for the section's rows is never made into a file, and the section, fetched meanwhile,
 * still serves the next query. The sandbox's API is reached through a gate the test opens, so
 * the cancel arrives while main is at work, whatever the machine's speed.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { webRoutes } from '../../../shared/contract';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing';
import { signInThroughContract } from '../../testing/signedInUser.test-support';
import { startTestWebHost, type Dispatched, type TestWebHost } from './testing/testWebHost';

/** A loopback proxy to the sandbox's API that holds the requests `held` matches until opened. */
async function gatedProxy(target: string, held: (path: string) => boolean) {
  const origin = new URL(target);
  const waiting: Array<() => void> = [];
  let arrived: () => void = () => undefined;
  const firstHeld = new Promise<void>((resolve) => (arrived = resolve));
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const upstream = httpRequest(
      {
        host: origin.hostname,
        port: origin.port,
        path: incoming.url,
        method: incoming.method,
        headers: { ...incoming.headers, host: origin.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(upstream);
  };
  const server = createServer((incoming, outgoing) => {
    if (!held(incoming.url ?? '')) return forward(incoming, outgoing);
    waiting.push(() => forward(incoming, outgoing));
    arrived();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${origin.pathname.replace(/\/$/, '')}`,
    firstHeld,
    open: () => waiting.splice(0).forEach((go) => go()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const SEZIONE = 'versamenti';
let sandbox: TempSandbox;
let gate: Awaited<ReturnType<typeof gatedProxy>>;
let web: TestWebHost;
const dispatched: Dispatched[] = [];
let posizioneId = '';

beforeAll(async () => {
  sandbox = await startTempSandbox();
  gate = await gatedProxy(sandbox.apiBaseUrl, (path) => path.endsWith(`/${SEZIONE}`));
  web = await startTestWebHost('webhost-cancel', '9.9.9', undefined, {
    externalSandbox: { issuer: sandbox.issuer, apiBaseUrl: gate.url },
    onDispatch: (call) => dispatched.push(call),
  });
  const call = (name: string, input: unknown) => web.call(name, input) as never;
  await signInThroughContract(call, 'intermediario');
  const ricerca = await web.call<Array<{ id: string }>>('ricerca.list', {});
  posizioneId = ricerca.value?.[0]?.id ?? '';
  if (!posizioneId) throw new Error('La Ricerca non ha dato posizioni.');
}, 60_000);

// A test that failed with requests still held does not hold up the next one.
afterEach(() => gate.open());

afterAll(async () => {
  await web?.close();
  await gate?.close();
  await sandbox?.dispose();
});

const view = { sort: null, filters: {} };

describe('a call cancelled through the web host', () => {
  it('stops an export in main: no file is made, and the section still answers the next query', async () => {
    const source = { call: 'sezione.export', input: { posizioneId, sezione: SEZIONE, format: 'csv', view } };
    const renderer = new AbortController();
    const saving = fetch(`${web.host.origin}${webRoutes.callPrefix}files.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [webRoutes.tokenHeader]: web.host.secret },
      body: JSON.stringify({ source }),
      signal: renderer.signal,
    });
    // Main is at work: it asked the API for the section's rows.
    await gate.firstHeld;
    renderer.abort();
    await expect(saving).rejects.toMatchObject({ name: 'AbortError' });
    const save = dispatched.find((call) => call.name === 'files.save');
    await vi.waitFor(() => expect(save?.cancel?.aborted).toBe(true));

    gate.open();
    expect(await save?.answer).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(web.files.waitingCount()).toBe(0);

    const query = await web.call<{ offset: number }>('sezione.query', {
      posizioneId,
      sezione: SEZIONE,
      view,
      offset: 0,
      limit: 10,
    });
    expect(query).toMatchObject({ ok: true, value: { offset: 0 } });
  });

  it('makes the file when nobody cancels', async () => {
    const source = { call: 'sezione.export', input: { posizioneId, sezione: SEZIONE, format: 'csv', view } };
    const saved = await web.call<{ outcome: string }>('files.save', { source });
    expect(saved).toMatchObject({ ok: true, value: { outcome: 'download' } });
    expect(web.files.waitingCount()).toBe(1);
  });
});

/**
 * One contract, two hosts (issue 10): every call answers the same shape through the web host
 * (HTTP) and the Electron host (ipcMain, started under a fake electron). Values may differ where
 * the host is the point (a one-time address here, a Save dialog there); shapes may not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import { calls, type CallName } from '../../../shared/contract';
import { ipcCall, startElectronHost } from './testing/startElectronHost';
import type { FakeElectron } from './testing/fakeElectron';
import { startTestWebHost, type TestWebHost } from '../web/testing/testWebHost';

type Envelope = { ok: boolean; value?: unknown; error?: { code: string } };

let web: TestWebHost;
let electron: FakeElectron;

beforeAll(async () => {
  web = await startTestWebHost('conformance', '0.1.0');
  electron = await startElectronHost();
});
afterAll(async () => {
  await web.close();
  electron.windows[0]?.close();
  electron.electron.app.quit();
});

const viaWeb = (name: string, input: unknown) => web.call(name, input) as Promise<Envelope>;

const viaElectron = (name: string, input: unknown) => ipcCall(electron, name, input) as Promise<Envelope>;

/** Both answers: same envelope, same error code, and each value valid for the call's output. */
async function both(name: CallName, input: unknown) {
  const [overHttp, overIpc] = await Promise.all([viaWeb(name, input), viaElectron(name, input)]);
  expect(overIpc.ok, `${name}: ${JSON.stringify(overIpc.error)}`).toBe(overHttp.ok);
  expect(overIpc.error?.code).toBe(overHttp.error?.code);
  if (overHttp.ok) {
    expect(calls[name].output.safeParse(overHttp.value).success).toBe(true);
    expect(calls[name].output.safeParse(overIpc.value).success).toBe(true);
  }
  return { overHttp, overIpc };
}

describe('the contract through both hosts', () => {
  it.each(Object.keys(calls) as CallName[])(
    '%s refuses the same malformed input the same way',
    async (name) => {
      await both(name, { nonPrevisto: 'x'.repeat(10) });
    },
  );

  it('answers the calls that need no INPS with the same shape', async () => {
    for (const name of ['app.info', 'settings.get', 'auth.status'] as const) {
      const { overHttp, overIpc } = await both(name, {});
      expect(Object.keys(overIpc.value as object).sort()).toEqual(
        Object.keys(overHttp.value as object).sort(),
      );
    }
    // A user's own data (here the rates they set) needs a signed-in user, in both hosts alike.
    const rates = await both('listapospa.rates.get', {});
    expect(rates.overIpc.error?.code).toBe('UNAUTHENTICATED');
    await both('deleghe.pdf', { request: fixture });
  });

  it('delivers a file through each host with the file outcomes of the contract', async () => {
    electron.script.savePaths.push(null);
    const saved = await both('files.save', { source: { call: 'deleghe.pdf', input: { request: fixture } } });
    expect((saved.overHttp.value as { outcome: string }).outcome).toBe('download');
    expect((saved.overIpc.value as { outcome: string }).outcome).toBe('cancelled');
    const printed = await both('files.print', {
      source: { call: 'deleghe.pdf', input: { request: fixture } },
    });
    expect((printed.overIpc.value as { outcome: string }).outcome).toBe('opened');
    await both('files.reveal', { savedId: 'sconosciuto', action: 'open' });
  });

  it('refuses a Cassetto call without a session the same way', async () => {
    await both('ricerca.list', {});
    await both('files.save', {
      source: { call: 'quesiti.allegati', input: { posizioneId: '80012345678-00001', quesitoId: 'Q1' } },
    });
  });
});

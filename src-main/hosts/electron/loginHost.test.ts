/**
 * Issue 18, in the Electron host: a system browser that does not open leaves a login the user can
 * finish by copying its address, with a message, and "Annulla" frees the loopback port at once.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing';
import { current, ipcCall, startElectronHost } from './testing/startElectronHost';

let sandbox: TempSandbox;
beforeAll(async () => {
  sandbox = await startTempSandbox();
  process.env.CASSETTO_SANDBOX_ISSUER = sandbox.issuer;
  process.env.CASSETTO_SANDBOX_API = sandbox.apiBaseUrl;
});
afterAll(async () => {
  delete process.env.CASSETTO_SANDBOX_ISSUER;
  delete process.env.CASSETTO_SANDBOX_API;
  await sandbox.dispose();
});
afterEach(() => {
  for (const window of current.fake?.windows ?? []) if (!window.destroyed) window.close();
  current.fake?.electron.app.emit('before-quit');
});

describe('the Electron host when shell.openExternal fails', () => {
  it('answers with the address and an Italian message, not an internal error; Annulla closes the listener', async () => {
    const fake = await startElectronHost((electron) => {
      electron.electron.shell.openExternal = () => Promise.reject(new Error('Nessun browser predefinito'));
    });
    const started = await ipcCall(fake, 'auth.login', {});
    expect(started.ok).toBe(true);
    const authorizationUrl = String(started.value?.authorizationUrl);
    expect(started.value).toMatchObject({
      openedBySystem: false,
      browserError: expect.stringContaining('Non è stato possibile aprire il browser'),
    });
    expect(await ipcCall(fake, 'auth.status', {})).toEqual({
      ok: true,
      value: { state: 'signing-in', authorizationUrl },
    });

    expect(await ipcCall(fake, 'auth.cancel', {})).toEqual({ ok: true, value: { state: 'signed-out' } });
    const redirectUri = new URL(authorizationUrl).searchParams.get('redirect_uri')!;
    await expect(fetch(redirectUri)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
  });
});

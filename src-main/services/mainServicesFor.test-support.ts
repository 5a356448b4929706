import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { PersonaKey } from '../../sandbox';
import { authorizeHeadless, startTempSandbox, type TempSandbox } from '../../sandbox/testing';
import { createMemoryVault } from './auth/tokenVault';
import { createMainServices } from './mainServices';

export type CallAnswer =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/**
 * The app's whole main side on a data folder, pointed at a test sandbox: the real dispatcher, the
 * real login at the sandbox bridge (signIn), the real Cassetto API.
 */
export function mainServicesFor(sandbox: TempSandbox, dataDir: string) {
  const values = new Map<string, unknown>();
  const services = createMainServices({
    host: 'web',
    version: '0.0.0-test',
    dataDir,
    settingsStore: { get: (key) => values.get(key), set: (key, value) => values.set(key, value) },
    resolveEndpoints: () => async () => ({
      issuer: sandbox.issuer,
      clientId: sandbox.clientId,
      apiBaseUrl: sandbox.apiBaseUrl,
      sandbox: true,
    }),
    vault: createMemoryVault(),
    log: () => undefined,
  });
  const call = (name: string, input: unknown = {}) =>
    services.dispatch(name, input, {}) as Promise<CallAnswer>;
  const ok = async <T = unknown>(name: string, input: unknown = {}): Promise<T> => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  return {
    services,
    dataDir,
    call,
    ok,
    async signIn(persona: PersonaKey, level: 2 | 3 = 2) {
      const { authorizationUrl } = await ok<{ authorizationUrl: string }>('auth.login');
      const callback = await authorizeHeadless(new URL(authorizationUrl), { persona, method: 'spid', level });
      await fetch(callback).then((response) => response.text());
      await expect.poll(() => services.auth.status().state, { timeout: 10_000 }).toBe('signed-in');
    },
  };
}

/**
 * A test sandbox and a data folder for the tests of the file it is called in: the sandbox is
 * started before them, and both are disposed of after.
 */
export function sandboxAndDataDir(prefix: string) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  let started: TempSandbox | undefined;
  beforeAll(async () => {
    started = await startTempSandbox();
  });
  afterAll(async () => {
    await started?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    dataDir,
    get sandbox(): TempSandbox {
      if (!started) throw new Error('sandbox not started: call sandboxAndDataDir at the top of a test file');
      return started;
    },
  };
}

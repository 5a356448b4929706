import { afterAll, beforeAll } from 'vitest';
import { createEventHub, type AuthStatus } from '../../../shared/contract';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing';
import { createAuthService, type AuthServiceOptions } from './authService';
import type { Endpoints } from './endpoints';
import { createMemoryVault } from './tokenVault';

/**
 * The auth service of the tests, on a bridge's endpoints (the sandbox or another provider), with
 * what a test reads afterwards: the statuses it announced and what it logged.
 */
export function authServiceFor(
  endpoints: Pick<Endpoints, 'issuer' | 'clientId' | 'apiBaseUrl'>,
  overrides: Partial<AuthServiceOptions> = {},
) {
  const events = createEventHub();
  const seen: AuthStatus[] = [];
  const logged: string[] = [];
  events.subscribe((name, payload) => name === 'auth.changed' && seen.push(payload as AuthStatus));
  const auth = createAuthService({
    // Plain http is the sandbox's, and any provider's on loopback in these tests.
    resolveEndpoints: async () => ({ ...endpoints, sandbox: true }),
    vault: createMemoryVault(),
    events,
    log: (message) => logged.push(message),
    ...overrides,
  });
  return { auth, events, seen, logged };
}

/**
 * A sandbox for the tests of the file it is called in, started before them and disposed after,
 * and the auth service on its bridge.
 */
export function authOnTempSandbox() {
  let started: TempSandbox | undefined;
  beforeAll(async () => {
    started = await startTempSandbox();
  });
  afterAll(() => started?.dispose());
  const sandbox = (): TempSandbox => {
    if (!started) throw new Error('sandbox not started: call authOnTempSandbox at the top of a test file');
    return started;
  };
  return {
    get sandbox() {
      return sandbox();
    },
    serviceWith: (overrides: Partial<AuthServiceOptions> = {}) => authServiceFor(sandbox(), overrides),
  };
}

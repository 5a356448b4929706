import { createEventHub } from '../../shared/contract';
import type { AuthService } from '../services/auth/authService';
import { createMemoryVault } from '../services/auth/tokenVault';
import { createCassettoGateway, type CassettoGateway } from '../services/cassettoApi/cassettoGateway';
import type { HostEnvironment, ServiceDeps } from '../services/mainServices';
import type { HttpFetch } from '../services/net/outboundFetch';
import { createSettingsService, type KeyValueStore } from '../services/settings/settingsService';
import { createUserScope, type UserScope } from '../services/userScope';

export interface TestDepsOptions {
  dataDir: string;
  auth: AuthService;
  /** The gateway; by default the real one on `auth`'s session (with `fetch` when given). */
  cassetto?: CassettoGateway;
  fetch?: HttpFetch;
  /** By default the real per-user scope on `auth` (each user's folder under dataDir). */
  userScope?: UserScope;
}

function memoryStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

/**
 * What a feature's handlers are built on, for tests: real settings (defaults, in memory), real
 * events, the real gateway and user scope on the given auth. Typed as ServiceDeps, no cast.
 */
export function serviceDepsFor(options: TestDepsOptions): ServiceDeps {
  const { dataDir, auth } = options;
  const events = createEventHub();
  const environment: HostEnvironment = {
    host: 'web',
    version: '0.0.0-test',
    dataDir,
    settingsStore: memoryStore(),
    resolveEndpoints: () => () => Promise.reject(new Error('Nessun bridge nei test dei servizi.')),
    vault: createMemoryVault(),
  };
  return {
    environment,
    events,
    settings: createSettingsService(environment.settingsStore, events),
    auth,
    cassetto: options.cassetto ?? createCassettoGateway(auth, options.fetch),
    userScope: options.userScope ?? createUserScope({ dataDir, status: () => auth.status(), events }),
  };
}

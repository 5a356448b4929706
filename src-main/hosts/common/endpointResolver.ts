import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Sandbox } from '../../../sandbox';
import { writeFileAtomic } from '../../adapters/node/atomicWrite';
import type { Endpoints, ResolveEndpoints } from '../../services/auth/endpoints';
import type { SettingsService } from '../../services/settings/settingsService';

/**
 * The sandbox (oidc-provider, smtp-server, SQLite) is loaded only in sandbox mode, on first need:
 * the production app never loads it, though the installers carry it for 'Ambiente di prova'.
 */
const loadSandbox = () => import('../../../sandbox');

/** A sandbox already running elsewhere (`npm run sandbox`, or one a test started). */
export interface ExternalSandbox {
  issuer: string;
  apiBaseUrl: string;
}

export interface EndpointResolver {
  forSettings(settings: SettingsService): ResolveEndpoints;
  stop(): Promise<void>;
}

const rememberedPortsSchema = z.object({
  bridgePort: z.number().int().min(1).max(65535),
  apiPort: z.number().int().min(1).max(65535),
});
const PORTS_FILE = 'porte.json';

/**
 * The embedded sandbox comes back on the ports it had: its issuer is in every token and in the
 * saved session, so the same ports let a session survive a restart of the app. A port taken
 * meanwhile by something else means new ports (and a new login), never a failed start.
 */
export async function startEmbeddedSandbox(dir: string): Promise<Sandbox> {
  const { startSandbox, parseSeedPosizioni } = await loadSandbox();
  const remembered = await readFile(join(dir, PORTS_FILE), 'utf8')
    .then((text) => rememberedPortsSchema.parse(JSON.parse(text)))
    .catch(() => null);
  // The real clock: the seeded note di debito are dated relative to it (sandbox/seed/sezioni.ts).
  // The Cruscotto's demo: extra posizioni of the intermediario (sandbox/seed/seededPosizioni.ts).
  const count = parseSeedPosizioni(
    process.env.CASSETTO_SANDBOX_SEED_POSIZIONI,
    'CASSETTO_SANDBOX_SEED_POSIZIONI',
  );
  const base = { dataDir: dir, ...(count > 0 ? { seedPosizioni: { count } } : {}) };
  const sandbox = remembered
    ? await startSandbox({ ...base, ...remembered }).catch(() => startSandbox(base))
    : await startSandbox(base);
  const ports = {
    bridgePort: Number(new URL(sandbox.issuer).port),
    apiPort: Number(new URL(sandbox.apiBaseUrl).port),
  };
  await writeFileAtomic(join(dir, PORTS_FILE), JSON.stringify(ports));
  return sandbox;
}

/**
 * Production endpoints come from Settings. In sandbox mode the INPS simulator and the SPID/CIE
 * bridge start inside this process on first need (the embedded default), unless an external
 * sandbox was named.
 */
export function createEndpointResolver(dataDir: string, external?: ExternalSandbox): EndpointResolver {
  let embedded: Promise<Sandbox> | null = null;
  return {
    forSettings: (settings) => async (): Promise<Endpoints> => {
      const current = settings.get();
      if (current.environment === 'production') {
        return {
          issuer: current.oidcIssuer,
          clientId: current.oidcClientId,
          apiBaseUrl: current.cassettoApiBaseUrl,
          sandbox: false,
        };
      }
      if (external) return { ...external, clientId: (await loadSandbox()).CLIENT_ID, sandbox: true };
      if (!embedded) {
        embedded = startEmbeddedSandbox(join(dataDir, 'sandbox'));
        embedded.catch(() => (embedded = null));
      }
      const sandbox = await embedded;
      return {
        issuer: sandbox.issuer,
        apiBaseUrl: sandbox.apiBaseUrl,
        clientId: sandbox.clientId,
        sandbox: true,
      };
    },
    async stop() {
      const running = await embedded?.catch(() => null);
      await running?.stop();
    },
  };
}

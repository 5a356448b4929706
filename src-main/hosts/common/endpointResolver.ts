import { join } from 'node:path';
import { CLIENT_ID, startSandbox, type Sandbox } from '../../../sandbox';
import type { Endpoints, ResolveEndpoints } from '../../services/auth/endpoints';
import type { SettingsService } from '../../services/settings/settingsService';

/** A sandbox already running elsewhere (`npm run sandbox`, or one a test started). */
export interface ExternalSandbox {
  issuer: string;
  apiBaseUrl: string;
}

export interface EndpointResolver {
  forSettings(settings: SettingsService): ResolveEndpoints;
  stop(): Promise<void>;
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
      if (external) return { ...external, clientId: CLIENT_ID, sandbox: true };
      if (!embedded) {
        embedded = startSandbox({ dataDir: join(dataDir, 'sandbox') });
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

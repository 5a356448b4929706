import { createConfSettingsStore } from '../../adapters/node/confSettingsStore';
import { createMemoryVault } from '../../services/auth/tokenVault';
import { createMainServices, type MainServices } from '../../services/mainServices';
import { createEndpointResolver, type ExternalSandbox } from '../common/endpointResolver';

export interface WebServicesOptions {
  dataDir: string;
  version: string;
  externalSandbox?: ExternalSandbox;
  idleTimeoutMs?: number;
}

/** The services as the web host runs them: conf for settings, tokens in memory only. */
export function composeWebServices(options: WebServicesOptions): MainServices & { stop(): Promise<void> } {
  const endpoints = createEndpointResolver(options.dataDir, options.externalSandbox);
  const services = createMainServices({
    host: 'web',
    version: options.version,
    dataDir: options.dataDir,
    settingsStore: createConfSettingsStore(options.dataDir),
    resolveEndpoints: endpoints.forSettings,
    vault: createMemoryVault(),
    ...(options.idleTimeoutMs ? { idleTimeoutMs: options.idleTimeoutMs } : {}),
  });
  return {
    ...services,
    async stop() {
      services.auth.dispose();
      await endpoints.stop();
    },
  };
}

import { lockDataFolder } from '../../adapters/node/dataFolderLock';
import { createConfSettingsStore } from '../../adapters/node/confSettingsStore';
import { createMemoryVault } from '../../services/auth/tokenVault';
import { createMainServices, type MainServices } from '../../services/mainServices';
import { createEndpointResolver, type ExternalSandbox } from '../common/endpointResolver';
import { createOneTimeFiles, type OneTimeFiles } from './oneTimeFiles';

export interface WebServicesOptions {
  dataDir: string;
  version: string;
  externalSandbox?: ExternalSandbox;
  idleTimeoutMs?: number;
}

/** The services as the web host runs them: conf for settings, tokens in memory only. */
export function composeWebServices(
  options: WebServicesOptions,
): MainServices & { files: OneTimeFiles; stop(): Promise<void> } {
  // Throws DataFolderInUseError while the desktop app or another web host has this folder.
  const lock = lockDataFolder(options.dataDir, 'web');
  const files = createOneTimeFiles();
  const endpoints = createEndpointResolver(options.dataDir, options.externalSandbox);
  const services = createMainServices({
    host: 'web',
    version: options.version,
    dataDir: options.dataDir,
    settingsStore: createConfSettingsStore(options.dataDir),
    resolveEndpoints: endpoints.forSettings,
    vault: createMemoryVault(),
    files: files.delivery,
    ...(options.idleTimeoutMs ? { idleTimeoutMs: options.idleTimeoutMs } : {}),
  });
  return {
    ...services,
    files,
    async stop() {
      services.auth.dispose();
      await endpoints.stop();
      lock.release();
    },
  };
}

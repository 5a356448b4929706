import Conf from 'conf';
import { defaultSettings } from '../../../shared/contract';
import type { KeyValueStore } from '../../services/settings/settingsService';

/** Settings file for plain Node (the web host); electron-store is built on the same library. */
export function createConfSettingsStore(dataDir: string): KeyValueStore {
  return new Conf<Record<string, unknown>>({
    projectName: 'cassetto-enti',
    cwd: dataDir,
    configName: 'settings',
    defaults: { settings: defaultSettings },
  });
}

import Store from 'electron-store';
import { defaultSettings } from '../../../shared/contract';
import type { KeyValueStore } from '../../services/settings/settingsService';

/** electron-store in the desktop app: same file format as conf, in Electron's userData. */
export function createElectronSettingsStore(): KeyValueStore {
  return new Store<Record<string, unknown>>({ name: 'settings', defaults: { settings: defaultSettings } });
}

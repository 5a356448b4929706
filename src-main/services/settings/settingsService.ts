import { access, constants } from 'node:fs/promises';
import {
  ContractError,
  SettingsSchema,
  defaultSettings,
  type EventHub,
  type FieldIssue,
  type Settings,
} from '../../../shared/contract';

/** The part of conf / electron-store the service needs: both implement it as they are. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const STORE_KEY = 'settings';

async function isReadableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

export interface SettingsService {
  get(): Settings;
  set(next: Settings): Promise<Settings>;
}

export function createSettingsService(store: KeyValueStore, events: EventHub): SettingsService {
  const read = (): Settings => {
    // A file edited by hand or written by an older version must not stop the app: fall back
    // field by field to the defaults rather than failing.
    const stored = store.get(STORE_KEY);
    const merged = { ...defaultSettings, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
    const parsed = SettingsSchema.safeParse(merged);
    return parsed.success ? parsed.data : defaultSettings;
  };
  // Every outgoing request asks for the settings (proxy, CA); conf would read and parse the file
  // each time. This service is the file's only writer, so the value read once stays true.
  let current: Settings | null = null;
  const get = (): Settings => (current ??= read());

  return {
    get,
    async set(next) {
      const issues: FieldIssue[] = [];
      for (const field of ['extraCaCertFile', 'officialXsdPath'] as const) {
        if (next[field] !== '' && !(await isReadableFile(next[field]))) {
          issues.push({ path: field, message: 'File non trovato o non leggibile.' });
        }
      }
      if (issues.length > 0) throw new ContractError('INVALID_INPUT', 'Impostazioni non valide.', issues);
      store.set(STORE_KEY, next);
      current = read();
      const saved = current;
      events.emit('settings.changed', saved);
      return saved;
    },
  };
}

import { open } from 'node:fs/promises';
import {
  ContractError,
  SettingsSchema,
  defaultSettings,
  type EventHub,
  type FieldIssue,
  type Settings,
} from '../../../shared/contract';
import { checkXsdFile, type XsdFileCheck } from '../listapospa/xsdValidator';

/** The part of conf / electron-store the service needs: both implement it as they are. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const STORE_KEY = 'settings';

/** A CA bundle is a few kB: a bigger "file" (or a device such as /dev/zero) is not one. */
const MAX_CA_BYTES = 1024 * 1024;

/**
 * Whether a path holds a PEM certificate: a regular readable file, small, with a PEM block. Read
 * once here, so that the outbound requests never read a device or a huge file; its content is
 * never repeated in a message.
 */
async function caFileProblem(path: string): Promise<string | null> {
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return 'File non trovato o non leggibile.';
      if (info.size > MAX_CA_BYTES)
        return 'Il file è troppo grande per essere un certificato (massimo 1 MB).';
      const text = await handle.readFile('utf8');
      return text.includes('-----BEGIN CERTIFICATE-----')
        ? null
        : 'Il file non è un certificato PEM (deve contenere -----BEGIN CERTIFICATE-----).';
    } finally {
      await handle.close();
    }
  } catch {
    return 'File non trovato o non leggibile.';
  }
}

const XSD_PROBLEMS: Readonly<Record<Exclude<XsdFileCheck, 'ok'>, string>> = {
  unreadable: 'File non trovato o non leggibile.',
  tooLarge: 'Il file è troppo grande per essere un XSD (massimo 20 MB).',
  notSchema: 'Il file non è uno schema XSD valido: scegli il file .xsd della ListaPosPA fornito dall’INPS.',
};

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
      const caProblem = next.extraCaCertFile === '' ? null : await caFileProblem(next.extraCaCertFile);
      if (caProblem) issues.push({ path: 'extraCaCertFile', message: caProblem });
      // Saved only if libxml2 compiles it as a schema: what the file says is never repeated.
      if (next.officialXsdPath !== '') {
        const verdict = await checkXsdFile(next.officialXsdPath);
        if (verdict !== 'ok') issues.push({ path: 'officialXsdPath', message: XSD_PROBLEMS[verdict] });
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

/**
 * The local copy of a posizione's sections, so they stay readable offline: one JSON file per
 * posizione under `<user folder>/snapshots` (userScope.ts), written atomically (0600, folder
 * 0700), each section with its "aggiornato al". The file records whose it is: offline, only the
 * same codice fiscale may read it back.
 *
 * The previous version kept these files in `<dataDir>/snapshots`, for whoever was signed in. Such
 * a file is moved into a user's folder only when it names that user's codice fiscale; any other
 * stays where it is, unread.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../adapters/node/atomicWrite';

export interface SectionSnapshot {
  aggiornatoAl: string;
  rows: unknown[];
}

interface SnapshotFile {
  codiceFiscale: string;
  posizioneId: string;
  sezioni: Record<string, SectionSnapshot>;
}

export interface SnapshotStore {
  read(codiceFiscale: string, posizioneId: string, sezione: string): Promise<SectionSnapshot | undefined>;
  write(
    codiceFiscale: string,
    posizioneId: string,
    sezione: string,
    snapshot: SectionSnapshot,
  ): Promise<void>;
  /** Resolves once every write begun so far has ended (written or failed). */
  settled(): Promise<void>;
}

const safeName = (posizioneId: string) => posizioneId.replace(/[^0-9A-Za-z-]/g, '_');

const parse = async (path: string): Promise<SnapshotFile | undefined> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as SnapshotFile;
  } catch {
    return undefined;
  }
};

/** `legacy`: the data folder of the previous version, and whose snapshots may be adopted from it. */
export function createSnapshotStore(
  userDir: string,
  legacy?: { dataDir: string; codiceFiscale: string },
): SnapshotStore {
  const dir = join(userDir, 'snapshots');
  const fileOf = (posizioneId: string) => join(dir, `${safeName(posizioneId)}.json`);
  const legacyOf = (posizioneId: string) =>
    legacy && join(legacy.dataDir, 'snapshots', `${safeName(posizioneId)}.json`);
  // Writes of one posizione are chained: two sections loaded together must not lose each other.
  const queues = new Map<string, Promise<void>>();
  // The file as last written here: the next write of the posizione need not read and parse it
  // again (with 100,000 versamenti that is most of a second of the main process).
  const written = new Map<string, SnapshotFile>();

  const load = async (posizioneId: string): Promise<SnapshotFile | undefined> => {
    const own = await parse(fileOf(posizioneId));
    const old = legacyOf(posizioneId);
    if (own || !legacy || !old) return own;
    const found = await parse(old);
    // Provably this user's (it names their codice fiscale): moved in. Anyone else's stays unread.
    if (!found || found.codiceFiscale !== legacy.codiceFiscale || found.posizioneId !== posizioneId)
      return undefined;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await rename(old, fileOf(posizioneId)).catch(() => undefined);
    return found;
  };

  return {
    async read(codiceFiscale, posizioneId, sezione) {
      await queues.get(posizioneId);
      const file = await load(posizioneId);
      if (!file || file.codiceFiscale !== codiceFiscale) return undefined;
      return file.sezioni[sezione];
    },
    write(codiceFiscale, posizioneId, sezione, snapshot) {
      const previous = queues.get(posizioneId) ?? Promise.resolve();
      const next = previous.then(async () => {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        const current = written.get(posizioneId) ?? (await load(posizioneId));
        const file: SnapshotFile =
          current && current.codiceFiscale === codiceFiscale
            ? current
            : { codiceFiscale, posizioneId, sezioni: {} };
        file.sezioni[sezione] = snapshot;
        await writeFileAtomic(fileOf(posizioneId), JSON.stringify(file));
        written.set(posizioneId, file);
      });
      queues.set(
        posizioneId,
        next.catch(() => undefined),
      );
      return next;
    },
    async settled() {
      await Promise.all(queues.values());
    },
  };
}

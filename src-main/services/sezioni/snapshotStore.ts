/**
 * The local copy of a posizione's sections, so they stay readable offline: one JSON file per
 * posizione under dataDir/snapshots, written atomically, each section with its "aggiornato al".
 * The file records whose it is: offline, only the same codice fiscale may read it back.
 */
import { mkdir, readFile } from 'node:fs/promises';
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

export function createSnapshotStore(dataDir: string): SnapshotStore {
  const dir = join(dataDir, 'snapshots');
  const fileOf = (posizioneId: string) => join(dir, `${safeName(posizioneId)}.json`);
  // Writes of one posizione are chained: two sections loaded together must not lose each other.
  const queues = new Map<string, Promise<void>>();
  // The file as last written here: the next write of the posizione need not read and parse it
  // again (with 100,000 versamenti that is most of a second of the main process).
  const written = new Map<string, SnapshotFile>();

  const load = async (posizioneId: string): Promise<SnapshotFile | undefined> => {
    try {
      return JSON.parse(await readFile(fileOf(posizioneId), 'utf8')) as SnapshotFile;
    } catch {
      return undefined;
    }
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

/**
 * Quesiti written while the INPS service cannot be reached wait here, in one JSON file under
 * the app's data folder (written atomically: a crash never loses or tears the list), with their
 * ZIP beside it. Each keeps the idempotency key it was born with, so sending it again after a
 * lost answer cannot make a second quesito.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { OutboxEntrySchema } from '../../../shared/contract/calls/quesitiCalls';
import { writeFileAtomic } from '../../adapters/node/atomicWrite';

/** What the screen lists of a waiting quesito, plus what it takes to send it again. */
const entrySchema = OutboxEntrySchema.extend({
  classe: z.string(),
  oggetto: z.string(),
  testo: z.string(),
  zipFile: z.string().nullable(),
});
export type OutboxRecord = z.infer<typeof entrySchema>;

export function createOutbox(dir: string) {
  const file = join(dir, 'outbox.json');
  let cache: OutboxRecord[] | null = null;

  async function load(): Promise<OutboxRecord[]> {
    if (cache) return cache;
    try {
      cache = z.array(entrySchema).parse(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      cache = [];
    }
    return cache;
  }

  async function save(entries: OutboxRecord[]): Promise<void> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, JSON.stringify(entries, null, 2));
    cache = entries;
  }

  return {
    list: load,
    async add(entry: Omit<OutboxRecord, 'zipFile'>, zip: Uint8Array | null): Promise<OutboxRecord> {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      let zipFile: string | null = null;
      if (zip) {
        zipFile = join(dir, `${entry.idempotencyKey}.zip`);
        await writeFile(zipFile, zip, { mode: 0o600 });
      }
      const record = { ...entry, zipFile };
      await save([...(await load()), record]);
      return record;
    },
    async update(key: string, change: Partial<OutboxRecord>): Promise<void> {
      await save((await load()).map((e) => (e.idempotencyKey === key ? { ...e, ...change } : e)));
    },
    async remove(key: string): Promise<void> {
      const entries = await load();
      const entry = entries.find((e) => e.idempotencyKey === key);
      await save(entries.filter((e) => e.idempotencyKey !== key));
      if (entry?.zipFile) await rm(entry.zipFile, { force: true });
    },
    async zipOf(entry: OutboxRecord): Promise<Uint8Array | null> {
      return entry.zipFile ? new Uint8Array(await readFile(entry.zipFile)) : null;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

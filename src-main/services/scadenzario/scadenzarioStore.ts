/**
 * What the Scadenzario keeps for one user, in their own folder (userScope.ts):
 * `<user folder>/scadenzario/stato.json`, written atomically: the deadlines marked "fatto" and
 * which deadlines were already reminded today (so a reminder shows once per deadline per day).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../adapters/node/atomicWrite';

/** More marks than any office keeps: the oldest go first, so the file stays small. */
export const MAX_MARKS = 5000;

const stateSchema = z.object({
  /** Deadline id → when it was marked (ISO instant). */
  fatte: z.record(z.string(), z.string()),
  /** The Italian day of the reminders below, and the deadlines reminded on it. */
  promemoria: z.object({ giorno: z.string(), ids: z.array(z.string()) }),
});
type State = z.infer<typeof stateSchema>;

export interface ScadenzarioStore {
  fatte(): Promise<ReadonlySet<string>>;
  mark(id: string, fatta: boolean, at: Date): Promise<void>;
  /** Of `ids`, those not yet reminded on `giorno`; they are recorded as reminded now. */
  takeReminders(ids: readonly string[], giorno: string): Promise<string[]>;
}

export function createScadenzarioStore(userDir: string): ScadenzarioStore {
  const dir = join(userDir, 'scadenzario');
  const path = join(dir, 'stato.json');
  let cached: State | null = null;
  // Two changes in a row must not both start from the same old state.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<State> {
    if (cached) return cached;
    let parsed: State | null = null;
    try {
      const result = stateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      // A broken file loses only the marks, never blocks the screen.
      parsed = result.success ? result.data : null;
    } catch {
      parsed = null;
    }
    return (cached = parsed ?? { fatte: {}, promemoria: { giorno: '', ids: [] } });
  }

  async function write(next: State): Promise<void> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(path, JSON.stringify(next));
    cached = next;
  }

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    async fatte() {
      return new Set(Object.keys((await read()).fatte));
    },
    mark: (id, fatta, at) =>
      serial(async () => {
        const state = await read();
        const fatte = { ...state.fatte };
        if (fatta) fatte[id] = at.toISOString();
        else delete fatte[id];
        const kept = Object.entries(fatte)
          .sort((a, b) => b[1].localeCompare(a[1]))
          .slice(0, MAX_MARKS);
        await write({ ...state, fatte: Object.fromEntries(kept) });
      }),
    takeReminders: (ids, giorno) =>
      serial(async () => {
        const state = await read();
        const already = new Set(state.promemoria.giorno === giorno ? state.promemoria.ids : []);
        const fresh = ids.filter((id) => !already.has(id));
        if (fresh.length > 0) {
          await write({ ...state, promemoria: { giorno, ids: [...already, ...fresh] } });
        }
        return fresh;
      }),
  };
}

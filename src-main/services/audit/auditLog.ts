import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '../../../shared/contract/calls/auditCalls';
import { writeFileAtomic } from '../../adapters/node/atomicWrite';

/**
 * The audit log of one user: one file per entry under `<user folder>/audit/`, each written with
 * writeFileAtomic (temp file, fsync, rename), so a crash leaves an entry whole or absent, never
 * torn. Each entry carries the SHA-256 of the previous entry's bytes; `head.json` (written after
 * the entry, atomically too) holds the number and hash of the last one, so an edit or a deletion
 * of the last entry is seen as well. Appends of one log are serialised in this process.
 */

export const GENESIS = '0'.repeat(64);
const ENTRY_FILE = /^(\d{10})\.json$/;
const HEAD = 'head.json';

export const auditDirOf = (userDir: string) => join(userDir, 'audit');
const entryName = (n: number) => `${String(n).padStart(10, '0')}.json`;
export const sha256Hex = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export type NewAuditEntry = Omit<AuditEntry, 'n' | 'prev' | 'at'> & { at?: string };

interface Head {
  n: number;
  hash: string;
}

export interface Verification {
  intact: boolean;
  entries: number;
  breaks: Array<{ n: number; at?: string; problem: string }>;
  notes: string[];
}

export interface ReadLog {
  entries: AuditEntry[];
  verification: Verification;
}

// One queue per log folder: the chain needs each append to see the one before.
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(dir) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  queues.set(dir, settled);
  void settled.then(() => {
    if (queues.get(dir) === settled) queues.delete(dir);
  });
  return next;
}

async function entryFiles(dir: string): Promise<{ names: string[]; leftovers: number }> {
  const all = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return {
    names: all.filter((name) => ENTRY_FILE.test(name)).sort(),
    leftovers: all.filter((name) => name.endsWith('.tmp')).length,
  };
}

async function readHead(dir: string): Promise<Head | null> {
  try {
    const head = JSON.parse(await readFile(join(dir, HEAD), 'utf8')) as Partial<Head>;
    return typeof head.n === 'number' && typeof head.hash === 'string'
      ? { n: head.n, hash: head.hash }
      : null;
  } catch {
    return null;
  }
}

/** Appends one entry to the log in `dir`; answers it as written. */
export function appendAuditEntry(
  dir: string,
  entry: NewAuditEntry,
  now = () => new Date(),
): Promise<AuditEntry> {
  return serialised(dir, async () => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const { names } = await entryFiles(dir);
    const last = names.at(-1);
    let n = 1;
    let prev = GENESIS;
    if (last) {
      n = Number(ENTRY_FILE.exec(last)?.[1]) + 1;
      prev = sha256Hex(await readFile(join(dir, last)));
    }
    const { at, ...rest } = entry;
    const written: AuditEntry = { n, at: at ?? now().toISOString(), ...rest, prev };
    const text = JSON.stringify(written);
    await writeFileAtomic(join(dir, entryName(n)), text);
    await writeFileAtomic(join(dir, HEAD), JSON.stringify({ n, hash: sha256Hex(text) }));
    return written;
  });
}

const describe = (value: unknown) =>
  (typeof value === 'object' && value !== null ? value : {}) as Partial<AuditEntry>;

/**
 * Reads the log in `dir` and checks its chain: numbers in sequence from 1, each entry's `prev`
 * the hash of the one before, the head naming the last. Bounded by the number of entries.
 */
export function readAuditLog(dir: string): Promise<ReadLog> {
  // After the appends already asked for: a login's entry is there once the user is signed in.
  return serialised(dir, () => readChecked(dir));
}

async function readChecked(dir: string): Promise<ReadLog> {
  const { names, leftovers } = await entryFiles(dir);
  const entries: AuditEntry[] = [];
  const breaks: Verification['breaks'] = [];
  const notes: string[] = [];
  if (leftovers > 0) {
    notes.push(`${leftovers} scrittura interrotta (file temporaneo rimasto): nessuna voce è andata persa.`);
  }
  let prevHash = GENESIS;
  let expected = 1;
  for (const name of names) {
    const bytes = await readFile(join(dir, name));
    const fileNumber = Number(ENTRY_FILE.exec(name)?.[1]);
    let entry: Partial<AuditEntry>;
    try {
      entry = describe(JSON.parse(bytes.toString('utf8')));
    } catch {
      breaks.push({ n: fileNumber, problem: 'la voce non è leggibile (modificata o danneggiata).' });
      prevHash = sha256Hex(bytes);
      expected = fileNumber + 1;
      continue;
    }
    const at = typeof entry.at === 'string' ? entry.at : undefined;
    if (fileNumber !== expected) {
      breaks.push({
        n: expected,
        ...(at ? { at } : {}),
        problem:
          fileNumber > expected
            ? `mancano le voci da ${expected} a ${fileNumber - 1} (cancellate).`
            : `voce ${fileNumber} fuori sequenza.`,
      });
    } else if (entry.n !== fileNumber) {
      breaks.push({
        n: fileNumber,
        ...(at ? { at } : {}),
        problem: `la voce dichiara il numero ${String(entry.n)} (spostata o riordinata).`,
      });
    } else if (entry.prev !== prevHash) {
      breaks.push({
        n: fileNumber,
        ...(at ? { at } : {}),
        problem: `l’impronta della voce precedente non corrisponde: la voce ${fileNumber - 1} è stata modificata, cancellata o spostata.`,
      });
    }
    entries.push(entry as AuditEntry);
    prevHash = sha256Hex(bytes);
    expected = fileNumber + 1;
  }
  const lastNumber = expected - 1;
  const head = await readHead(dir);
  if (head === null) {
    if (lastNumber > 0)
      notes.push('Manca il riferimento dell’ultima voce (head.json): controllata solo la catena.');
  } else if (head.n === lastNumber && head.hash !== prevHash) {
    breaks.push({ n: lastNumber, ...atOf(entries.at(-1)), problem: 'l’ultima voce è stata modificata.' });
  } else if (head.n > lastNumber) {
    breaks.push({
      n: lastNumber + 1,
      problem: `mancano le voci da ${lastNumber + 1} a ${head.n} (cancellate).`,
    });
  } else if (head.n === lastNumber - 1 && entries.at(-1)?.prev === head.hash) {
    // The entry was written, the crash came before the head: the entry is whole and chained.
    notes.push(
      `La voce ${lastNumber} è stata scritta ma il riferimento finale non era aggiornato (scrittura interrotta).`,
    );
  } else if (head.n !== lastNumber) {
    breaks.push({ n: head.n, problem: 'il riferimento dell’ultima voce non corrisponde al registro.' });
  }
  return { entries, verification: { intact: breaks.length === 0, entries: entries.length, breaks, notes } };
}

const atOf = (entry: AuditEntry | undefined) => (entry?.at ? { at: entry.at } : {});

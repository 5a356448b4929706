import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/** Which host holds the data folder, for the message the other one shows. */
export type DataFolderHost = 'electron' | 'web';

const LOCK_FILE = 'cassetto-enti.lock';
/** A lock file still empty or half-written this recently is being created by its owner. */
const CREATING_MS = 10_000;

const holderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.enum(['electron', 'web']),
  startedAt: z.number(),
});
type Holder = z.output<typeof holderSchema>;

const HOST_NAMES: Record<DataFolderHost, string> = {
  electron: 'l’app desktop',
  web: 'l’host web (npm start nel browser)',
};

/** Another running Cassetto Enti (the desktop app or the web host) writes this data folder. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: Holder | null,
  ) {
    const who = holder ? `da ${HOST_NAMES[holder.host]} (processo ${holder.pid})` : 'da un altro processo';
    super(
      `Cassetto Enti è già aperto ${who} sulla cartella dei dati ${dir}. ` +
        'Chiudere l’altra istanza e riprovare: due istanze sugli stessi dati potrebbero rovinare bozze e impostazioni.',
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  release(): void;
}

/**
 * One writer per data folder: the web host and the desktop app share the same place
 * (defaultDataDir is Electron's userData), and two of them would overwrite each other's drafts,
 * settings and sandbox ports. The lock file names its process; a lock whose process is gone (a
 * crash, a power cut: its pid no longer runs, or it predates the last boot) is taken over.
 */
export function lockDataFolder(dir: string, host: DataFolderHost): DataFolderLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const mine: Holder = { pid: process.pid, host, startedAt: Date.now() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx' });
      return held(path, mine);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder === 'creating' || (holder && isRunning(holder))) {
      throw new DataFolderInUseError(dir, holder === 'creating' ? null : holder);
    }
    rmSync(path, { force: true });
  }
  throw new DataFolderInUseError(dir, null);
}

function held(path: string, mine: Holder): DataFolderLock {
  const release = () => {
    process.off('exit', release);
    const holder = readHolder(path);
    // Only our own lock: never the one a later process took over.
    if (holder && holder !== 'creating' && holder.pid === mine.pid && holder.startedAt === mine.startedAt) {
      rmSync(path, { force: true });
    }
  };
  process.on('exit', release);
  return { release };
}

function readHolder(path: string): Holder | 'creating' | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable or not JSON: judged by its age below.
  }
  try {
    return Date.now() - statSync(path).mtimeMs < CREATING_MS ? 'creating' : null;
  } catch {
    return null;
  }
}

function isRunning(holder: Holder): boolean {
  // After a reboot the same pid may belong to some other program.
  const bootedAt = Date.now() - uptime() * 1000;
  if (holder.startedAt < bootedAt) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

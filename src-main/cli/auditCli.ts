import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../adapters/node/dataDir';
import { auditDirOf, readAuditLog } from '../services/audit/auditLog';
import { CliError } from './cliErrors';

/**
 * `npm run cli -- audit verify [--data-dir CARTELLA]`: checks the chain of every user's audit
 * log in the data folder, and says where each breaks. Exit: 0 intact, 1 broken, 2 wrong usage.
 */

const USAGE = 'Uso: npm run cli -- audit verify [--data-dir CARTELLA]';

const itTime = (iso: string | undefined) =>
  iso ? new Date(iso).toLocaleString('it-IT', { timeZone: 'UTC' }) + ' UTC' : '';

async function userFolders(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'utenti');
  const names = await readdir(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names.sort().map((name) => join(root, name));
}

export async function auditCli(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command !== 'verify') throw new CliError(USAGE, 2);
  let values: { 'data-dir'?: string | undefined };
  try {
    ({ values } = parseArgs({ args: rest, options: { 'data-dir': { type: 'string' } }, strict: true }));
  } catch {
    throw new CliError(USAGE, 2);
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  let broken = 0;
  let logs = 0;
  for (const folder of await userFolders(dataDir)) {
    const { entries, verification } = await readAuditLog(auditDirOf(folder));
    if (entries.length === 0 && verification.intact) continue;
    logs += 1;
    // The folder's name does not say whose it is; the entries do.
    const who = entries.find((entry) => typeof entry.cf === 'string')?.cf ?? 'utente sconosciuto';
    const label = `Registro di ${who} (${auditDirOf(folder)})`;
    if (verification.intact) {
      console.log(`${label}: integro, ${verification.entries} voci.`);
    } else {
      broken += 1;
      console.log(`${label}: CATENA INTERROTTA, ${verification.entries} voci.`);
      for (const breakAt of verification.breaks) {
        const when = itTime(breakAt.at);
        console.log(`  voce ${breakAt.n}${when ? ` (${when})` : ''}: ${breakAt.problem}`);
      }
    }
    for (const note of verification.notes) console.log(`  nota: ${note}`);
  }
  if (logs === 0) console.log(`Nessun registro delle operazioni in ${dataDir}.`);
  return broken > 0 ? 1 : 0;
}

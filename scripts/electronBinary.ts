import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Electron binary, when it was downloaded. npm ≥ 11 does not run a dependency's install
 * scripts unless approved, so `npm ci` never fetches it: absence is normal and every caller has
 * a plan without it.
 */
export function findElectronBinary(root = repoRoot): string | null {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export type Obtained = { binary: string } | { binary: null; reason: string };

type Run = (
  command: string,
  args: string[],
  options: { timeout: number },
) => Pick<SpawnSyncReturns<string>, 'status' | 'stderr' | 'error'>;

const runInstaller: Run = (command, args, { timeout }) =>
  spawnSync(command, args, { cwd: repoRoot, timeout, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });

/** The first line of what the installer said (its error, before the stack), for the console. */
function firstLine(text: string | undefined): string {
  return ((text ?? '').trim().split('\n')[0] ?? '').trim().slice(0, 200);
}

/**
 * One attempt, bounded in time, to get the binary with Electron's own installer
 * (`node node_modules/electron/install.js`). Where the download host is unreachable it fails at
 * once; the reason comes back in Italian for the console.
 */
export function obtainElectronBinary(
  options: { timeoutMs?: number; run?: Run; root?: string } = {},
): Obtained {
  const root = options.root ?? repoRoot;
  const found = findElectronBinary(root);
  if (found) return { binary: found };
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return { binary: null, reason: 'il pacchetto electron non è installato' };
  const timeout = options.timeoutMs ?? 120_000;
  const result = (options.run ?? runInstaller)(process.execPath, [installer], { timeout });
  const binary = findElectronBinary(root);
  if (binary) return { binary };
  if (result.error && 'code' in result.error && result.error.code === 'ETIMEDOUT') {
    return {
      binary: null,
      reason: `lo scaricamento non è finito entro ${Math.round(timeout / 1000)} secondi`,
    };
  }
  const said = firstLine(result.stderr) || result.error?.message || `uscita ${String(result.status)}`;
  return { binary: null, reason: `lo scaricamento non è riuscito (${said})` };
}

/** What `npm start` says when it falls back to the web host. */
export function webHostNotice(reason: string): string {
  return [
    `App desktop non disponibile: ${reason}.`,
    'Avvio dell’host web su 127.0.0.1: Cassetto Enti si apre nel browser, con le stesse funzioni.',
    'Per l’app desktop: da una rete che raggiunge github.com (o con ELECTRON_MIRROR impostato)',
    'eseguire «node node_modules/electron/install.js», poi di nuovo «npm start»;',
    'oppure installare il pacchetto preparato con «npm run dist».',
  ].join('\n');
}

/**
 * `npm start`: build what is missing or stale, then run the desktop app where Electron's binary
 * exists or can be fetched now (one bounded attempt), otherwise the loopback web host (which
 * prints its address and opens the browser) with a word on why and how to get the desktop app.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { obtainElectronBinary, repoRoot, webHostNotice } from './electronBinary';

const sourceDirs = ['shared', 'src-main', 'src-renderer'];
const builtMarker = join(repoRoot, 'out', 'renderer', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function needsBuild(): boolean {
  if (!existsSync(builtMarker) || !existsSync(join(repoRoot, 'out', 'main'))) return true;
  const builtAt = statSync(builtMarker).mtimeMs;
  return sourceDirs.some((dir) => newestMtime(join(repoRoot, dir)) > builtAt);
}

if (needsBuild()) {
  console.log('Compilazione dell’applicazione…');
  const build = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const passThrough = process.argv.slice(2);
const obtained = obtainElectronBinary();
const electron = obtained.binary;
const child = electron
  ? spawn(electron, [repoRoot, ...passThrough], { stdio: 'inherit' })
  : spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'src-main', 'hosts', 'web', 'start.ts'), ...passThrough],
      {
        cwd: repoRoot,
        stdio: 'inherit',
      },
    );
if (obtained.binary === null) console.log(webHostNotice(obtained.reason));

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

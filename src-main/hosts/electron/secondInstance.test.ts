/**
 * A second instance harms nothing (issue 18): a second desktop launch leaves before writing
 * anything, and the desktop app and the web host never run on the same data folder at once.
 * Real hosts: main.ts on the fake Electron, and the web host with its services.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError } from '../../adapters/node/dataFolderLock';
import { startTestWebHost, type TestWebHost } from '../web/testing/testWebHost';
import { current, ipcCall, startElectronHost } from './testing/startElectronHost';

const repoRoot = join(import.meta.dirname, '../../..');
let web: TestWebHost | null = null;

afterEach(async () => {
  current.fake?.electron.app.quit();
  await web?.close();
  web = null;
});

const newDataFolder = () => mkdtempSync(join(tmpdir(), 'cassetto-istanza-'));

/** Every file under a folder with its bytes and modification time. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path] = `${statSync(path).mtimeMs} ${readFileSync(path, 'base64')}`;
  }
  return files;
}

describe('a second desktop launch', () => {
  it('leaves at once: no window, no sandbox, the ports file and the saved session untouched', async () => {
    const userData = newDataFolder();
    mkdirSync(join(userData, 'sandbox'));
    writeFileSync(join(userData, 'sandbox', 'porte.json'), '{"bridgePort":41001,"apiPort":41002}');
    writeFileSync(join(userData, 'session.bin'), 'sessione-della-prima-istanza');
    const before = snapshot(userData);

    const second = await startElectronHost((fake) => {
      fake.electron.app.setPath('userData', userData);
      fake.script.singleInstanceLock = false;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(second.recorded('app.quit')).toHaveLength(1);
    expect(second.windows).toHaveLength(0);
    expect(second.recorded('session.fromPartition')).toHaveLength(0);
    expect(second.electron.app.listenerCount('second-instance')).toBe(0);
    expect(snapshot(userData)).toEqual(before);
  });

  it('finds the second-instance handler already there before Electron is ready', async () => {
    let before = -1;
    const fake = await startElectronHost(undefined, (f) => {
      before = f.electron.app.listenerCount('second-instance');
      // A launch while the first is still starting: nothing to focus yet, and nothing breaks.
      f.electron.app.emit('second-instance', {}, []);
    });
    expect(before).toBe(1);
    const window = fake.windows[0]!;
    window.minimize();
    fake.electron.app.emit('second-instance', {}, []);
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(true);
  });
});

describe('one data folder, one host at a time', () => {
  it('the desktop app refuses a folder the web host holds, with an Italian message, and writes nothing', async () => {
    const dataDir = newDataFolder();
    web = await startTestWebHost('istanza', '9.9.9', dataDir);
    const before = snapshot(dataDir);

    const desktop = await startElectronHost((fake) => fake.electron.app.setPath('userData', dataDir));
    const [[title, message]] = desktop.recorded('dialog.showErrorBox') as [[string, string]];
    expect(title).toBe('Cassetto Enti è già in uso');
    expect(message).toContain('l’host web');
    expect(message).toContain(dataDir);
    expect(desktop.windows).toHaveLength(0);
    expect(snapshot(dataDir)).toEqual(before);
    // The web host goes on, its lock intact.
    expect((await web.call('app.info', {})).ok).toBe(true);
    desktop.electron.app.quit();
    expect(snapshot(dataDir)).toEqual(before);

    // Once the web host is closed, the desktop app starts on the same folder.
    await web.close();
    web = null;
    const after = await startElectronHost((fake) => fake.electron.app.setPath('userData', dataDir));
    expect(after.windows[0]?.loadedUrl).toBe('app://cassetto/');
  });

  it('the web host refuses a folder the desktop app holds', async () => {
    const dataDir = newDataFolder();
    const desktop = await startElectronHost((fake) => fake.electron.app.setPath('userData', dataDir));
    const attempt = startTestWebHost('istanza', '9.9.9', dataDir);
    await expect(attempt).rejects.toBeInstanceOf(DataFolderInUseError);
    await expect(attempt).rejects.toThrow(/già aperto da l’app desktop/);
    expect((await ipcCall(desktop, 'app.info', {})).ok).toBe(true);
  });

  it('takes over the lock of a process that is gone (a crash, a power cut)', async () => {
    const dataDir = newDataFolder();
    const ended = spawnSync(process.execPath, ['-e', '']);
    writeFileSync(
      join(dataDir, 'cassetto-enti.lock'),
      JSON.stringify({ pid: ended.pid, host: 'web', startedAt: Date.now() }),
    );
    const desktop = await startElectronHost((fake) => fake.electron.app.setPath('userData', dataDir));
    expect(desktop.recorded('dialog.showErrorBox')).toHaveLength(0);
    expect(desktop.windows[0]?.loadedUrl).toBe('app://cassetto/');
  });

  it('`npm start` of the web host says so in Italian and exits when the folder is in use', async () => {
    const dataDir = newDataFolder();
    web = await startTestWebHost('istanza', '9.9.9', dataDir);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'src-main/hosts/web/start.ts'), '--no-open', '--data-dir', dataDir],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('Cassetto Enti è già aperto da l’host web');
    expect(output).not.toContain('disponibile su');
    expect((await web.call('app.info', {})).ok).toBe(true);
  }, 60_000);
});

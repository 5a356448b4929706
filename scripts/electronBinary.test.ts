import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { obtainElectronBinary, webHostNotice } from './electronBinary';

function fakeRepo() {
  const root = mkdtempSync(join(tmpdir(), 'electron-binary-'));
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'electron', 'install.js'), '');
  return root;
}

describe('npm start getting the Electron binary', () => {
  it("tries Electron's own installer once, bounded in time, and says why it failed", () => {
    const root = fakeRepo();
    const runs: Array<{ args: string[]; timeout: number }> = [];
    const obtained = obtainElectronBinary({
      root,
      timeoutMs: 5_000,
      run: (_command, args, { timeout }) => {
        runs.push({ args, timeout });
        return {
          status: 1,
          stderr: 'RequestError: getaddrinfo ENOTFOUND github.com\n    at fetch (node:internal)\n',
          error: undefined,
        };
      },
    });
    expect(runs).toEqual([{ args: [join(root, 'node_modules', 'electron', 'install.js')], timeout: 5_000 }]);
    expect(obtained).toEqual({
      binary: null,
      reason: 'lo scaricamento non è riuscito (RequestError: getaddrinfo ENOTFOUND github.com)',
    });
  });

  it('starts the desktop app when the installer brought the binary', () => {
    const root = fakeRepo();
    const obtained = obtainElectronBinary({
      root,
      run: () => {
        mkdirSync(join(root, 'node_modules', 'electron', 'dist'), { recursive: true });
        writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
        writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
        return { status: 0, stderr: '', error: undefined };
      },
    });
    expect(obtained).toEqual({ binary: join(root, 'node_modules', 'electron', 'dist', 'electron') });
  });

  it('names a download that took too long', () => {
    const obtained = obtainElectronBinary({
      root: fakeRepo(),
      timeoutMs: 2_000,
      run: () => ({
        status: null,
        stderr: '',
        error: Object.assign(new Error('spawnSync ETIMEDOUT'), { code: 'ETIMEDOUT' }),
      }),
    });
    expect(obtained).toEqual({ binary: null, reason: 'lo scaricamento non è finito entro 2 secondi' });
  });

  it('tells in Italian how to get the desktop app', () => {
    const notice = webHostNotice('lo scaricamento non è riuscito');
    expect(notice).toContain('App desktop non disponibile: lo scaricamento non è riuscito.');
    expect(notice).toContain('node node_modules/electron/install.js');
  });
});

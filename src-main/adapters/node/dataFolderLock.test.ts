import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolderInUseError, lockDataFolder } from './dataFolderLock';

const folder = () => mkdtempSync(join(tmpdir(), 'cassetto-lock-'));
const lockFile = (dir: string) => join(dir, 'cassetto-enti.lock');

describe('the data folder lock', () => {
  it('refuses a second holder while the first runs, and frees the folder on release', () => {
    const dir = folder();
    const first = lockDataFolder(dir, 'web');
    expect(() => lockDataFolder(dir, 'electron')).toThrow(DataFolderInUseError);
    first.release();
    expect(existsSync(lockFile(dir))).toBe(false);
    lockDataFolder(dir, 'electron').release();
  });

  it('takes over a lock written before the last boot, though its pid runs again', () => {
    const dir = folder();
    const beforeBoot = Date.now() - uptime() * 1000 - 60_000;
    writeFileSync(lockFile(dir), JSON.stringify({ pid: process.pid, host: 'web', startedAt: beforeBoot }));
    const lock = lockDataFolder(dir, 'electron');
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ host: 'electron' });
    lock.release();
  });

  it('treats a lock file still being written as held', () => {
    const dir = folder();
    writeFileSync(lockFile(dir), '');
    expect(() => lockDataFolder(dir, 'web')).toThrow(/un altro processo/);
  });

  it('never removes a lock another process took over', () => {
    const dir = folder();
    const lock = lockDataFolder(dir, 'web');
    const other = { pid: process.pid, host: 'electron', startedAt: Date.now() + 1 };
    writeFileSync(lockFile(dir), JSON.stringify(other));
    lock.release();
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toEqual(other);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/**
 * A fresh temporary folder for each test of the file (`each`) or one for all of them (`all`),
 * removed after; the tests read it as `.path`.
 */
export function tempDir(prefix: string, scope: 'each' | 'all' = 'each'): { readonly path: string } {
  const dir = { path: '' };
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    dir.path = await mkdtemp(join(tmpdir(), prefix));
  });
  after(async () => {
    await rm(dir.path, { recursive: true, force: true });
  });
  return dir;
}

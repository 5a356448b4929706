import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryVault } from '../auth/tokenVault';
import { createMainServices } from '../mainServices';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the reminders asked on every screen', () => {
  it('do not count as activity, so the idle timeout still signs an idle user out', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scadenzario-idle-'));
    dirs.push(dataDir);
    const services = createMainServices({
      host: 'web',
      version: '0.0.0-test',
      dataDir,
      settingsStore: { get: () => undefined, set: () => undefined },
      resolveEndpoints: () => () => Promise.reject(new Error('not used')),
      vault: createMemoryVault(),
      log: () => undefined,
    });
    try {
      const touch = vi.spyOn(services.auth, 'touch');
      await services.dispatch('scadenzario.remind', {}, {});
      expect(touch).not.toHaveBeenCalled();
      await services.dispatch('scadenzario.list', {}, {});
      expect(touch).toHaveBeenCalledTimes(1);
    } finally {
      services.auth.dispose();
    }
  });
});

/** A sandbox on random loopback ports in a fresh temporary directory, for tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../index';
import type { Sandbox, SandboxOptions } from '../index';

export interface TempSandbox extends Sandbox {
  /** Stops the sandbox and deletes its directory. */
  dispose(): Promise<void>;
}

export async function startTempSandbox(
  dataDir?: string,
  options: Omit<SandboxOptions, 'dataDir'> = {},
): Promise<TempSandbox> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'cassetto-sandbox-')));
  const sandbox = await startSandbox({ ...options, dataDir: dir });
  return {
    ...sandbox,
    async dispose() {
      await sandbox.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

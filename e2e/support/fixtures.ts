import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startSandbox, type Sandbox } from '../../sandbox';
import { launchElectron, launchWeb, type RunningApp } from './launchers';

interface TestFixtures {
  app: RunningApp;
  dataDir: string;
  /** false: the app starts its own embedded sandbox, as `npm start` with no configuration does. */
  useWorkerSandbox: boolean;
}

/** The worker sandbox's today: a test that moves it puts it back with `reset()`. */
export interface SandboxClock {
  now(): Date;
  set(date: Date): void;
  reset(): void;
}

function realClock(): SandboxClock {
  // The real clock, as the app's: the seeded note di debito are dated relative to it
  // (`sandbox.oggiSeed`), so the recent ones are within their contestazione term.
  let moved: Date | null = null;
  return {
    now: () => moved ?? new Date(),
    set: (date) => {
      moved = date;
    },
    reset: () => {
      moved = null;
    },
  };
}

interface WorkerFixtures {
  /** The INPS sandbox, started by the test worker on random loopback ports with its own data. */
  sandbox: Sandbox;
  sandboxClock: SandboxClock;
}

/** One fixture, two launchers: the project name picks Electron or the web host. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  sandboxClock: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(realClock());
    },
    { scope: 'worker' },
  ],
  sandbox: [
    async ({ sandboxClock }, use) => {
      const sandbox = await startSandbox({
        dataDir: mkdtempSync(join(tmpdir(), 'cassetto-e2e-sandbox-')),
        now: sandboxClock.now,
      });
      await use(sandbox);
      await sandbox.stop();
    },
    { scope: 'worker' },
  ],
  useWorkerSandbox: [true, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'cassetto-e2e-')));
  },
  app: async ({ browser, dataDir, sandbox, useWorkerSandbox }, use, testInfo) => {
    const external = useWorkerSandbox
      ? { issuer: sandbox.issuer, apiBaseUrl: sandbox.apiBaseUrl }
      : undefined;
    const app =
      testInfo.project.name === 'electron'
        ? await launchElectron(dataDir, external)
        : await launchWeb(browser, dataDir, external);
    await use(app);
    await app.stop();
  },
});

export { expect } from '@playwright/test';

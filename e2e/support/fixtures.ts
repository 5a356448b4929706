import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Browser } from '@playwright/test';
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

/** Set by playwright.config.ts on the Electron project: the binary it drives. */
export interface E2eWorkerOptions {
  electronExecutablePath: string | null;
}

interface WorkerFixtures extends E2eWorkerOptions {
  /** The INPS sandbox, started by the test worker on random loopback ports with its own data. */
  sandbox: Sandbox;
  sandboxClock: SandboxClock;
  /**
   * Debian's Chromium for the web host, launched on first use: the Electron project never
   * launches a browser of Playwright's (it has none to launch).
   */
  webBrowser: () => Promise<Browser>;
}

/** One fixture, two launchers: the project's electronExecutablePath picks Electron or the web host. */
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
  electronExecutablePath: [null, { option: true, scope: 'worker' }],
  webBrowser: [
    async ({ playwright, launchOptions }, use) => {
      const state: { launched: Promise<Browser> | null } = { launched: null };
      await use(() => (state.launched ??= playwright.chromium.launch(launchOptions)));
      if (state.launched) await (await state.launched).close();
    },
    { scope: 'worker' },
  ],
  useWorkerSandbox: [true, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'cassetto-e2e-')));
  },
  app: async ({ webBrowser, electronExecutablePath, dataDir, sandbox, useWorkerSandbox }, use) => {
    const external = useWorkerSandbox
      ? { issuer: sandbox.issuer, apiBaseUrl: sandbox.apiBaseUrl }
      : undefined;
    const app = electronExecutablePath
      ? await launchElectron(electronExecutablePath, dataDir, external)
      : await launchWeb(await webBrowser(), dataDir, external);
    await use(app);
    await app.stop();
  },
  // The app's window as Playwright's own `page`, so a spec asks for what it drives. After
  // `app.restart()` Electron opens a new window: a spec that restarts reads `app.page` from then on.
  page: async ({ app }, use) => {
    await use(app.page);
  },
});

export { expect } from '@playwright/test';

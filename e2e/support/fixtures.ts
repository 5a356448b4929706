import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { launchElectron, launchWeb, type RunningApp } from './launchers';

/** One fixture, two launchers: the project name picks Electron or the web host. */
export const test = base.extend<{ app: RunningApp; dataDir: string }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'cassetto-e2e-')));
  },
  app: async ({ browser, dataDir }, use, testInfo) => {
    const app =
      testInfo.project.name === 'electron'
        ? await launchElectron(dataDir)
        : await launchWeb(browser, dataDir);
    await use(app);
    await app.stop();
  },
});

export { expect } from '@playwright/test';

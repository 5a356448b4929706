import {
  defineConfig,
  type PlaywrightTestOptions,
  type PlaywrightWorkerOptions,
  type Project,
} from '@playwright/test';
import type { E2eWorkerOptions } from './e2e/support/fixtures';
import { findElectronBinary } from './scripts/electronBinary';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const projects: Array<Project<PlaywrightTestOptions, PlaywrightWorkerOptions & E2eWorkerOptions>> = [
  {
    name: 'web',
    use: {
      browserName: 'chromium',
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
      viewport: { width: 1280, height: 860 },
      locale: 'it-IT',
    },
  },
];

// The same specs drive Electron through Playwright's _electron where its binary exists.
const electronBinary = findElectronBinary();
if (electronBinary) {
  // Its own executable: this project launches no browser of Playwright's.
  projects.push({
    name: 'electron',
    testIgnore: /web-only/,
    use: { electronExecutablePath: electronBinary },
  });
} else if (!process.env.PW_WORKER) {
  console.log(
    'Electron e2e NON eseguiti: il binario di Electron non è installato (ELECTRON_SKIP_BINARY_DOWNLOAD).',
  );
  process.env.PW_WORKER = '1';
}

export default defineConfig<object, E2eWorkerOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects,
});

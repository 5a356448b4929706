import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll } from 'vitest';
import { startTempSandbox, type TempSandbox } from './tempSandbox';

/** Debian's Chromium: the browser tests run where it is installed and are skipped where it is not. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/**
 * A sandbox and Chromium for the tests of the file (or describe block) it is called in, started
 * before them and closed after; nothing is started where Chromium is missing.
 */
export function sandboxInChromium(): { sandbox: TempSandbox; browser: Browser } {
  const running = {} as { sandbox: TempSandbox; browser: Browser };
  if (!hasChromium) return running;
  beforeAll(async () => {
    running.sandbox = await startTempSandbox();
    running.browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.sandbox?.dispose();
  });
  return running;
}

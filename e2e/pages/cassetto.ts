import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page } from '@playwright/test';
import { shell } from './shell';

/** Opens a posizione from the Ricerca by its exact denominazione. */
export async function openPosizione(page: Page, denominazione: string) {
  await page
    .getByRole('button', { name: `Apri la posizione contributiva ${denominazione}`, exact: true })
    .click();
  await expect(shell(page).heading).toHaveText(denominazione);
}

export async function openSection(page: Page, menuLabel: string, heading: string) {
  await shell(page).nav.getByRole('link', { name: menuLabel, exact: true }).click();
  await expect(shell(page).heading).toHaveText(heading);
}

export const sectionCount = (page: Page) => page.getByTestId('sezione-count');

/** Clicks a button that makes a download and returns the file's bytes. */
export async function download(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  // Through the host's one-time address (issue 10), never a link the page made.
  expect(new URL(download.url()).pathname).toMatch(/^\/files\/[\w-]{43}$/);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

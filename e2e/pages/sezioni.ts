import { expect, type Page } from '@playwright/test';
import type { Identity } from './bridge';
import { saved, type Delivered } from './files';
import { signIn } from './session';
import { shell } from './shell';

/** Opens a posizione from the Ricerca by its exact denominazione. */
export async function openPosizione(page: Page, denominazione: string) {
  await page
    .getByRole('button', { name: `Apri la posizione contributiva ${denominazione}`, exact: true })
    .click();
  await expect(shell(page).heading).toHaveText(denominazione);
}

/** Signs in as `identity` and opens one of its posizioni from the Ricerca. */
export async function signInToPosizione(page: Page, identity: Identity, denominazione: string) {
  await signIn(page, identity);
  await openPosizione(page, denominazione);
}

export async function openSection(page: Page, menuLabel: string, heading: string) {
  await shell(page).nav.getByRole('link', { name: menuLabel, exact: true }).click();
  await expect(shell(page).heading).toHaveText(heading);
}

export const sectionCount = (page: Page) => page.getByTestId('sezione-count');

/** Clicks a button that saves a file and returns the file as the user gets it, in either host. */
export function download(page: Page, button: string): Promise<Delivered> {
  return saved(page, () => page.getByRole('button', { name: button, exact: true }).click());
}

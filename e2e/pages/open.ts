import { expect, type Page } from '@playwright/test';
import type { Identity } from './bridge';
import { signIn } from './session';
import { shell } from './shell';

/** A seeded persona signing in with SPID (level 2, what most screens ask for). */
export const spid = (persona: string, level: 2 | 3 = 2): Identity => ({ persona, method: 'spid', level });

/** Opens a screen of the main menu and waits for its heading (the menu label unless told). */
export async function openMenu(page: Page, label: string, heading = label) {
  await shell(page).navLink(label).click();
  await expect(shell(page).heading).toHaveText(heading);
}

/** Signs in as `identity` and opens a screen of the main menu, as a user does it. */
export async function signInTo(page: Page, identity: Identity, label: string, heading = label) {
  await signIn(page, identity);
  await openMenu(page, label, heading);
}

/** Signs in and waits for the Ricerca, the screen every login lands on. */
export async function signInToRicerca(page: Page, identity: Identity) {
  await signIn(page, identity);
  await expect(page.getByTestId('ricerca-table')).toBeVisible();
}

/**
 * Signs in as the intermediario (SPID level 3, as sending asks) and opens the ListaPosPA of one
 * of its enti (Roccafredda unless told): specs that send pick different enti, since the specs
 * of one Playwright worker share its sandbox.
 */
export async function openListaPosPA(page: Page, ente = 'Roccafredda') {
  await signIn(page, spid('intermediario', 3));
  await page.getByRole('button', { name: new RegExp(`Apri la posizione contributiva .*${ente}`) }).click();
  await expect(shell(page).heading).toContainText(ente);
  await openMenu(page, 'Compilazione ListaPosPA', 'Denunce mensili ListaPosPA');
}

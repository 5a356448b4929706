import { expect, type Page } from '@playwright/test';
import { electronAppOf } from '../support/launchers';
import { loginAtBridge, type Identity } from './bridge';
import { signInElectron, signOutElectron } from './electronBridge';

/** Clicks "Accedi" in the app and returns the bridge tab it opens (the web host opens a new tab). */
export async function openLogin(page: Page): Promise<Page> {
  const bridgeTab = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Accedi con SPID, CIE o CNS' }).click();
  const bridge = await bridgeTab;
  await bridge.waitForLoadState();
  return bridge;
}

/** The whole login as a user does it; returns once the bridge tab says how it ended. */
export async function signIn(
  page: Page,
  identity: Identity,
  outcome: 'Accesso completato' | 'Accesso non riuscito' = 'Accesso completato',
) {
  // The desktop app opens the bridge in the system browser, out of Playwright's reach.
  const application = electronAppOf(page);
  if (application) return signInElectron(application, page, identity, outcome);
  const bridge = await openLogin(page);
  await loginAtBridge(bridge, identity);
  await closeTab(bridge, outcome);
}

/** "Esci" in the app, then "Sì, esci" at the bridge: the whole logout as a user does it. */
export async function signOut(page: Page) {
  const application = electronAppOf(page);
  if (application) {
    return signOutElectron(application, page, () =>
      userBadge(page).getByRole('button', { name: 'Esci' }).click(),
    );
  }
  const endSessionTab = page.context().waitForEvent('page');
  await userBadge(page).getByRole('button', { name: 'Esci' }).click();
  const bridge = await endSessionTab;
  await bridge.getByRole('button', { name: 'Sì, esci' }).click();
  await closeTab(bridge, 'Sei uscito');
}

/**
 * Closes a bridge tab once it shows its final page: closing a tab while its navigation is still
 * committing can leave Chromium's close (and the next call on the app's page) hanging.
 */
export async function closeTab(tab: Page, heading: string) {
  await expect(tab.getByRole('heading', { name: heading })).toBeVisible();
  await tab.close();
}

export const userBadge = (page: Page) => page.getByTestId('user-badge');

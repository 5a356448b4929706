import { expect, type Page } from '@playwright/test';
import { loginAtBridge, type Identity } from './bridge';

/** Clicks "Accedi" in the app and returns the bridge tab it opens (the web host opens a new tab). */
export async function openLogin(page: Page): Promise<Page> {
  const bridgeTab = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Accedi con SPID o CIE' }).click();
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
  const bridge = await openLogin(page);
  await loginAtBridge(bridge, identity);
  await expect(bridge.getByRole('heading', { name: outcome })).toBeVisible();
  await bridge.close();
}

export const userBadge = (page: Page) => page.getByTestId('user-badge');

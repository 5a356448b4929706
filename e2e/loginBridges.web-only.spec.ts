/**
 * The login when the browser does not come back on its own, and against a sandbox bridge that
 * behaves like bridges we did not write: exact-port redirects, no acr, revocation refused to a
 * public client (issues 18 and 20).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startSandbox, type BridgeQuirks, type Sandbox } from '../sandbox';
import { freePorts } from '../sandbox/testing/freePorts';
import { expectAccessible } from './support/axe';
import { launchWeb } from './support/launchers';
import { expect, test as base } from './support/fixtures';
import { loginAtBridge } from './pages/bridge';
import { closeTab, openLogin, userBadge } from './pages/session';
import { signInToRicerca, spid } from './pages/open';
import { settingsPage } from './pages/settings';
import { shell } from './pages/shell';

interface QuirkFixtures {
  quirks: Omit<BridgeQuirks, 'exactRedirectPorts'> & { exactPort?: boolean };
  /** The one loopback port the bridge accepts when `exactPort` is on. */
  registeredPort: number;
}

/** Each test gets its own sandbox, whose bridge behaves as `quirks` says, and an app pointed at it. */
const test = base.extend<QuirkFixtures & { quirkySandbox: Sandbox }>({
  quirks: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  registeredPort: async ({}, use) => use((await freePorts(1))[0]!),
  quirkySandbox: async ({ sandboxClock, quirks, registeredPort }, use) => {
    const { exactPort, ...rest } = quirks;
    const sandbox = await startSandbox({
      dataDir: mkdtempSync(join(tmpdir(), 'cassetto-e2e-sandbox-')),
      now: sandboxClock.now,
      bridgeQuirks: { ...rest, ...(exactPort ? { exactRedirectPorts: [registeredPort] } : {}) },
    });
    await use(sandbox);
    await sandbox.stop();
  },
  app: async ({ browser, dataDir, quirkySandbox }, use) => {
    const app = await launchWeb(browser, dataDir, {
      issuer: quirkySandbox.issuer,
      apiBaseUrl: quirkySandbox.apiBaseUrl,
    });
    await use(app);
    await app.stop();
  },
});

const loginButton = (page: Page) => page.getByRole('button', { name: 'Accedi con SPID, CIE o CNS' });

test.describe('the address of the login page', () => {
  test('is shown and copied while waiting, and Annulla closes the listener at once', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const bridge = await openLogin(page);
    const bridgeUrl = bridge.url();
    await bridge.close();

    // The tab went away (or opened on another machine): the address is still at hand.
    const address = page.getByLabel(/Indirizzo della pagina di accesso/);
    await expect(address).toBeVisible();
    const authorizationUrl = await address.inputValue();
    expect(authorizationUrl).toContain('redirect_uri=');
    expect(new URL(bridgeUrl).origin).toBe(new URL(authorizationUrl).origin);
    await page.getByRole('button', { name: 'Copia indirizzo' }).click();
    await expect(page.getByText('Indirizzo copiato.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(authorizationUrl);
    await expectAccessible(page, 'Accesso in attesa');

    await page.getByRole('button', { name: 'Annulla accesso' }).click();
    await expect(loginButton(page)).toBeVisible();
    await expect(address).toHaveCount(0);
    const redirectUri = new URL(authorizationUrl).searchParams.get('redirect_uri')!;
    await expect(fetch(redirectUri)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
  });
});

test.describe('a bridge that accepts one exact port and reports no SPID level', () => {
  test.use({ quirks: { exactPort: true, noAcr: true, refusePublicRevocation: true } });

  test('refuses the redirect at once; with the port in Impostazioni the login reaches the bridge and the missing level is explained', async ({
    page,
    registeredPort,
  }) => {
    await loginButton(page).click();
    await expect(page.getByText('ha rifiutato la richiesta di accesso (HTTP 400)')).toBeVisible();
    await expect(page.getByText(/Impostazioni › Accesso › Porte per il ritorno dall’accesso/)).toBeVisible();

    const settings = settingsPage(page);
    await settings.open();
    await expect(page.getByTestId('bridge-warnings')).toContainText('acr_values_supported');
    await page.getByLabel('Porte per il ritorno dall’accesso (facoltativo)').fill(String(registeredPort));
    await settings.save.click();
    await expect(settings.saved).toBeVisible();

    await shell(page).navLink('Accesso').click();
    const bridge = await openLogin(page);
    await loginAtBridge(bridge, spid('delegato-comune'));
    await closeTab(bridge, 'Accesso non riuscito');

    await expect(page.getByText('non ha comunicato il livello di autenticazione')).toBeVisible();
    await expect(page.getByText(/serve SPID di livello 2/)).toHaveCount(0);
    // What the bridge issued could not be revoked: the user is told, with the way out.
    await expect(page.getByTestId('login-warning')).toContainText('potrebbe essere ancora aperta');
    await expect(page.getByRole('link', { name: 'Chiudi la sessione sul bridge' })).toBeVisible();
    await expect(userBadge(page)).toHaveCount(0);
    await expectAccessible(page, 'Accesso senza livello');
  });
});

test.describe('a bridge that refuses revocation to a public client', () => {
  test.use({ quirks: { refusePublicRevocation: true } });

  test('logout does not pretend: the bridge session may still be open, and its logout page opens', async ({
    page,
  }) => {
    await signInToRicerca(page, spid('legale-comune'));

    const endSessionTab = page.context().waitForEvent('page');
    await userBadge(page).getByRole('button', { name: 'Esci' }).click();
    const bridge = await endSessionTab;
    await expect(bridge.getByRole('button', { name: 'Sì, esci' })).toBeVisible();
    await bridge.close();

    await expect(loginButton(page)).toBeVisible();
    await expect(page.getByTestId('login-warning')).toContainText(
      'Il bridge di accesso (SPID, CIE, CNS) non ha accettato la revoca dei token',
    );
    await expect(page.getByLabel('Indirizzo della pagina di uscita del bridge')).toHaveValue(/session\/end/);
  });
});

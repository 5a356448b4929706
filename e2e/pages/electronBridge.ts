/**
 * Login and logout in the desktop app, where the bridge opens in the system browser, out of
 * Playwright's reach. The URL the app hands to `shell.openExternal` is taken in the main
 * process (a test-only stub, installed through Playwright's evaluate: no hook in the app), and
 * the bridge's pages are driven with an HTTP client, as sandbox/testing/headlessLogin.ts does;
 * the callback then goes to the app's loopback listener, as the browser's redirect would.
 */
import { expect, type ElectronApplication, type Page } from '@playwright/test';
import type { PersonaKey } from '../../sandbox/seed/personae';
import { HeadlessBrowser } from '../../sandbox/testing/browser';
import { authorizeHeadless } from '../../sandbox/testing/headlessLogin';
import { formWithButton } from '../../sandbox/testing/htmlForms';
import type { Identity } from './bridge';

type Opened = { __cassettoOpened?: string[] };

/** From now on, openExternal in main records the URL instead of starting a browser. */
async function stubOpenExternal(application: ElectronApplication): Promise<void> {
  await application.evaluate(({ shell }) => {
    const store = globalThis as Opened;
    if (store.__cassettoOpened) return;
    store.__cassettoOpened = [];
    shell.openExternal = (url: string) => {
      store.__cassettoOpened?.push(url);
      return Promise.resolve();
    };
  });
}

/** The next URL the app asked the system browser to open, waiting for it. */
async function nextOpenedUrl(application: ElectronApplication): Promise<URL> {
  let url: string | undefined;
  await expect
    .poll(async () => {
      url = await application.evaluate(() => (globalThis as Opened).__cassettoOpened?.shift());
      return url;
    })
    .toBeTruthy();
  return new URL(String(url));
}

/** The bridge session of each window's user: a logout confirms at the bridge with it. */
const bridgeSessions = new WeakMap<Page, HeadlessBrowser>();

async function deliver(callback: URL): Promise<string> {
  const response = await fetch(callback);
  return response.text();
}

export async function signInElectron(
  application: ElectronApplication,
  page: Page,
  identity: Identity,
  outcome: string,
): Promise<void> {
  await stubOpenExternal(application);
  await page.getByRole('button', { name: 'Accedi con SPID, CIE o CNS' }).click();
  const authorization = await nextOpenedUrl(application);
  const browser = bridgeSessions.get(page) ?? new HeadlessBrowser(authorization.origin);
  bridgeSessions.set(page, browser);
  const callback = await authorizeHeadless(
    authorization,
    { persona: identity.persona as PersonaKey, method: identity.method, level: identity.level ?? 2 },
    browser,
  );
  // The app's loopback page says how the login ended, as the browser tab would show it.
  expect(await deliver(callback)).toContain(outcome);
}

export async function signOutElectron(
  application: ElectronApplication,
  page: Page,
  exit: () => Promise<void>,
) {
  await stubOpenExternal(application);
  await exit();
  const endSession = await nextOpenedUrl(application);
  const browser = bridgeSessions.get(page) ?? new HeadlessBrowser(endSession.origin);
  const confirmation = await browser.navigate(endSession);
  if (confirmation.kind !== 'page') return;
  const form = formWithButton(confirmation.page.html, 'Sì, esci');
  const done = await browser.navigate(new URL(form.action, confirmation.page.url), {
    method: 'POST',
    form: new URLSearchParams({ ...form.hidden, logout: 'yes' }),
  });
  if (done.kind === 'callback') await deliver(done.url).catch(() => '');
}

import type { Page } from '@playwright/test';
import { PERSONAE, posizioneId, type PersonaKey } from '../sandbox';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { loginAtBridge, type Identity } from './pages/bridge';
import { closeTab, openLogin, signIn, signOut, userBadge } from './pages/session';
import { signInToRicerca, spid } from './pages/open';
import { shell } from './pages/shell';

const persona = (key: PersonaKey) => PERSONAE.find((p) => p.key === key)!;
const expectedIds = (key: PersonaKey) =>
  persona(key)
    .ricercaAttesa.map((entry) => posizioneId(entry.posizione))
    .sort();

const ricercaIds = async (page: Page) =>
  (
    await page
      .locator('[data-testid="ricerca-table"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-posizione') ?? ''))
  ).sort();

const logins: Array<{ key: PersonaKey; identity: Identity; level: string }> = [
  {
    key: 'legale-comune',
    identity: spid('legale-comune'),
    level: 'SPID livello 2',
  },
  {
    key: 'delegato-comune',
    identity: spid('delegato-comune', 3),
    level: 'SPID livello 3',
  },
  { key: 'comando', identity: { persona: 'comando', method: 'cie' }, level: 'CIE' },
  {
    key: 'intermediario',
    identity: spid('intermediario'),
    level: 'SPID livello 2',
  },
  { key: 'subdelegato', identity: { persona: 'subdelegato', method: 'cie' }, level: 'CIE' },
];

for (const { key, identity, level } of logins) {
  test(`${key} logs in with ${level} and sees exactly their posizioni`, async ({ page }) => {
    await signIn(page, identity);
    const who = persona(key);
    await expect(userBadge(page)).toContainText(`${who.nome} ${who.cognome}`);
    await expect(userBadge(page)).toContainText(who.codiceFiscale);
    await expect(userBadge(page)).toContainText(level);
    await expect(shell(page).heading).toHaveText('Ricerca posizioni contributive');
    await expect(page.getByTestId('ricerca-table')).toBeVisible();
    expect(await ricercaIds(page)).toEqual(expectedIds(key));
  });
}

test('the same persona via SPID and via CIE sees the same posizioni (abilitazioni follow the codice fiscale)', async ({
  page,
}) => {
  await signIn(page, { persona: 'intermediario', method: 'cie' });
  await expect(userBadge(page)).toContainText('CIE');
  await expect(page.getByTestId('ricerca-table')).toBeVisible();
  expect(await ricercaIds(page)).toEqual(expectedIds('intermediario'));
});

test('a user with SPID level 1 only is refused with the reason', async ({ page }) => {
  await signIn(page, { persona: 'solo-l1', method: 'spid', level: 1 }, 'Accesso non riuscito');
  await expect(page.getByText('serve SPID di livello 2 o superiore oppure la CIE')).toBeVisible();
  await expect(userBadge(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Accedi con SPID, CIE o CNS' })).toBeVisible();
  await expectAccessible(page, 'Accesso rifiutato');
});

test('a citizen with no profile sees an empty Ricerca that explains how to be abilitato', async ({
  page,
}) => {
  await signIn(page, spid('cittadino'));
  const empty = page.getByTestId('ricerca-vuota');
  await expect(empty).toContainText('Nessuna posizione contributiva abilitata');
  await expect(empty).toContainText('SC65');
  await expect(empty).toContainText('SC62');
  await expect(empty).toContainText('34/2023');
  await expectAccessible(page, 'Ricerca vuota');
});

test('choosing a posizione opens its services; the Ricerca filters as one types', async ({ page }) => {
  await expectAccessible(page, 'Accesso');
  await signInToRicerca(page, spid('intermediario', 3));
  await expectAccessible(page, 'Ricerca');

  await page.getByLabel('Cerca per codice fiscale, progressivo, denominazione o sede').fill('roccafredda');
  await expect(page.getByTestId('ricerca-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByText('1 di 3 posizioni')).toBeVisible();

  await page.getByRole('button', { name: /Apri la posizione contributiva .*Roccafredda/ }).click();
  await expect(shell(page).heading).toContainText('Roccafredda');
  const menu = shell(page).nav;
  await expect(menu).toContainText('Posizione contributiva');
  await expect(shell(page).navLink('Anagrafica')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('anagrafica')).toContainText(posizioneId('comune-roccafredda').slice(0, 11));
  await expectAccessible(page, 'Anagrafica posizione');
});

test('the renderer never holds a token', async ({ page }) => {
  await signInToRicerca(page, spid('delegato-comune'));
  const exposed = await page.evaluate(() => {
    const storage = [...Object.values(sessionStorage), ...Object.values(localStorage)].join(' ');
    return `${document.documentElement.outerHTML} ${storage}`;
  });
  // Every JWT (ID, access token) starts with a base64url '{"' header.
  expect(exposed).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}/);
});

test('logout returns to the login screen, ends the bridge session and the app can no longer reach the API', async ({
  page,
}) => {
  await signInToRicerca(page, spid('legale-comune'));

  await signOut(page);
  await expect(page.getByRole('button', { name: 'Accedi con SPID, CIE o CNS' })).toBeVisible();
  await expect(userBadge(page)).toHaveCount(0);

  // The contract now refuses data: the session (and its tokens, revoked at the bridge) is gone.
  const answer = await page.evaluate(async () => {
    const token = sessionStorage.getItem('cassetto.sessionToken') ?? '';
    const response = await fetch('/api/call/ricerca.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cassetto-token': token },
      body: '{}',
    });
    return (await response.json()) as { ok: boolean; error?: { code: string } };
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

  // Logging in again asks for an identity again.
  const again = await openLogin(page);
  await expect(again.getByRole('button', { name: 'Entra con SPID' })).toBeVisible();
  await loginAtBridge(again, spid('delegato-comune'));
  await closeTab(again, 'Accesso completato');
  await expect(userBadge(page)).toContainText('Colombo');
});

test.describe('with no configuration', () => {
  test.use({ useWorkerSandbox: false });

  test('the app starts its embedded sandbox and reaches its login page', async ({ page }) => {
    await expect(shell(page).sandboxBanner).toBeVisible();
    const bridge = await openLogin(page);
    await expect(bridge.getByRole('button', { name: 'Entra con SPID' })).toBeVisible();
    await expect(bridge.getByRole('button', { name: 'Entra con CIE' })).toBeVisible();
    await expect(bridge).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\//);
  });
});

/**
 * Sub-abilitazione (issue #6): the intermediario grants an employee (SC62) one of their
 * posizioni; the employee sees it in the Ricerca (UI) and may open it (API); revoked, it is gone.
 */
import { apiGetAs } from '../sandbox/testing';
import { personaByKey, posizioneId } from '../sandbox';
import { expectAccessible } from './support/axe';
import { expectVisibleInputs } from './support/inputs';
import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import type { Identity } from './pages/bridge';
import { signIn, signOut } from './pages/session';
import { signInTo, spid } from './pages/open';
import { shell } from './pages/shell';

/** Logs the current user out (ending the bridge session too) and logs `identity` in. */
async function switchTo(page: Page, identity: Identity) {
  await signOut(page);
  await signIn(page, identity);
}

const ricercaRow = (page: Page, id: string) =>
  page.locator(`[data-testid="ricerca-table"] tr[data-posizione="${id}"]`);

test('a sub-abilitazione opens a posizione to the employee, and its revocation closes it', async ({
  page,
  sandbox,
}) => {
  // Four logins on a shared two-core machine: more than the default minute.
  test.slow();
  const unione = posizioneId('unione-bassa');
  const luca = personaByKey('subdelegato');
  const lucaGet = (path: string) => apiGetAs(sandbox, 'subdelegato', path);
  expect((await lucaGet(`/v1/posizioni/${unione}`)).status).toBe(403);

  await signInTo(page, spid('intermediario'), 'Abilitazioni concesse');
  await expectVisibleInputs(page.locator('main'), 'Abilitazioni concesse');
  await page.getByLabel('Codice fiscale della persona').fill(luca.codiceFiscale);
  await page.getByLabel('Posizione', { exact: true }).selectOption(unione);
  await page.getByRole('button', { name: 'Concedi' }).click();
  await expect(page.getByText(`Abilitazione concessa a ${luca.nome} ${luca.cognome}`)).toBeVisible();
  await expectAccessible(page, 'Abilitazioni concesse');

  // The employee, in a session of their own, sees it in the Ricerca; the API lets them in.
  expect((await lucaGet(`/v1/posizioni/${unione}`)).status).toBe(200);
  const ricerca = (await lucaGet('/v1/posizioni')).body as Array<{ id: string }>;
  expect(ricerca.map((p) => p.id)).toContain(unione);
  await switchTo(page, { persona: 'subdelegato', method: 'cie' });
  await expect(ricercaRow(page, unione)).toBeVisible();

  await switchTo(page, spid('intermediario'));
  await shell(page).navLink('Abilitazioni concesse').click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .getByRole('button', {
      name: `Revoca l’abilitazione di ${luca.nome} ${luca.cognome} su Unione dei Comuni della Bassa Est`,
    })
    .click();
  // Carried out once the seconds for "Annulla" have passed.
  await expect(
    page.getByText(`Abilitazione di ${luca.nome} ${luca.cognome} su Unione dei Comuni della Bassa Est`),
  ).toContainText('revocata.', { timeout: 20_000 });
  expect((await lucaGet(`/v1/posizioni/${unione}`)).status).toBe(403);

  await switchTo(page, { persona: 'subdelegato', method: 'cie' });
  await expect(page.getByTestId('ricerca-table')).toBeVisible();
  await expect(ricercaRow(page, posizioneId('comune-roccafredda'))).toBeVisible();
  await expect(ricercaRow(page, unione)).toHaveCount(0);
});

/**
 * The Cruscotto (issue 15) against the real sandbox: the intermediario's posizioni of several
 * enti in one table, loaded in the background; badges that open the section of their posizione;
 * filter and sort; one row refreshed while the INPS cannot be reached shows its own error.
 */
import { seedPosizione } from '../sandbox/seed/enti';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { cruscotto } from './pages/cruscotto';
import { signIn } from './pages/session';
import { shell } from './pages/shell';
import { spid } from './pages/open';

const roccafredda = seedPosizione('comune-roccafredda').denominazione;
const unione = seedPosizione('unione-bassa').denominazione;

test('every posizione of two enti in one table; a badge opens that posizione’s section', async ({ page }) => {
  await signIn(page, spid('intermediario'));
  const screen = cruscotto(page);
  await screen.open();
  await screen.loaded();
  await expect(screen.row(roccafredda)).toBeVisible();
  await expect(screen.row(unione)).toBeVisible();
  await expect(screen.row(roccafredda).getByTestId('cruscotto-errore')).toHaveCount(0);
  // The sandbox's note di debito: the Unione's regolarizzazione can still be contested, and says
  // for how long; Roccafredda's sistemazioni are open but cannot be contested.
  await expect(screen.row(unione).getByTestId('badge-note-debito')).toHaveText(
    /^1 nota di debito aperta, \d+ gg per contestare$/,
  );
  await expect(screen.row(roccafredda).getByTestId('badge-note-debito')).toHaveText(
    '2 note di debito aperte',
  );
  await expectAccessible(page, 'Cruscotto');

  // Filter by name: only the Unione is left; then back to all, sorted by name.
  await page.getByLabel('Cerca per denominazione o codice fiscale').fill('Bassa');
  await expect(screen.row(unione)).toBeVisible();
  await expect(screen.row(roccafredda)).toHaveCount(0);
  await page.getByLabel('Cerca per denominazione o codice fiscale').fill('');
  await page.getByLabel('Ordina per').selectOption({ label: 'Denominazione' });
  const names = await screen.table.getByRole('rowheader').getByRole('button').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'it')));

  // The badge, by keyboard: the Note di Debito of Roccafredda open.
  await screen.row(roccafredda).getByTestId('badge-note-debito').focus();
  await page.keyboard.press('Enter');
  await expect(shell(page).heading).toHaveText('Note di Debito');
  await expect(shell(page).nav).toContainText(`Posizione contributiva: ${roccafredda}`);
});

test('a row refreshed while the INPS is unreachable shows its error in its own row only', async ({
  page,
  sandbox,
}) => {
  await signIn(page, spid('intermediario'));
  const screen = cruscotto(page);
  await screen.open();
  await screen.loaded();
  sandbox.setApiReachable(false);
  try {
    await screen
      .row(unione)
      .getByRole('button', { name: `Aggiorna ${unione}` })
      .click();
    await expect(screen.row(unione).getByTestId('cruscotto-errore')).toContainText(
      'Lettura non riuscita: Il servizio INPS non è raggiungibile',
    );
    // What was read before stays: the last ListaPosPA is still shown.
    await expect(screen.row(unione).getByTestId('cruscotto-ultima')).not.toHaveText('Nessuna');
    await expect(screen.row(roccafredda).getByTestId('cruscotto-errore')).toHaveCount(0);
  } finally {
    sandbox.setApiReachable(true);
  }
  await screen
    .row(unione)
    .getByRole('button', { name: `Aggiorna ${unione}` })
    .click();
  await expect(screen.row(unione).getByTestId('cruscotto-errore')).toHaveCount(0);
});

/**
 * Issue 12, point 1: offices share computers. Two users of the same studio sign in in turn on
 * one data folder: the second never sees the first one's ListaPosPA draft (in the editor or in
 * the list) nor the quesito waiting in their outbox; the first finds both again.
 */
import type { Page } from '@playwright/test';
import { sampleCfPersona } from '../shared/domain/listapospa/sample';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { d0, field } from './pages/listapospa';
import { backoffice, composeQuesito, sendToOutbox } from './pages/quesiti';
import { signIn, signOut } from './pages/session';
import { shell } from './pages/shell';
import { spid } from './pages/open';

async function openRoccafredda(page: Page) {
  await page.getByRole('button', { name: /Apri la posizione contributiva .*Roccafredda/ }).click();
  await expect(shell(page).heading).toContainText('Roccafredda');
}

async function openListaPosPA(page: Page) {
  await shell(page).navLink('Compilazione ListaPosPA').click();
}

test('two users in turn on one data folder never see each other’s draft or outbox', async ({
  page,
  sandbox,
}) => {
  test.slow();
  const testo = `Quesito dello Studio Romano, scritto senza connessione ${Date.now()}`;

  // Francesca Romano, intermediaria: a quesito waits in her outbox, a draft is open in the editor.
  await signIn(page, spid('intermediario'));
  await openRoccafredda(page);
  await composeQuesito(page, testo);
  sandbox.setApiReachable(false);
  try {
    await sendToOutbox(page);
    await openListaPosPA(page);
    await page.getByLabel('Mese di competenza (mm/aaaa)').fill('01/2026');
    await page.getByRole('button', { name: 'Nuova bozza vuota' }).click();
    await expect(shell(page).heading).toHaveText('Denuncia 01/2026');
    await page.getByRole('button', { name: 'Aggiungi lavoratore' }).click();
    await field(page, `${d0(0)}.cfLavoratore`).fill(sampleCfPersona(31));
    await field(page, `${d0(0)}.cognome`).fill('ROSSI');
    // She signs out with the editor open, right after typing: what she typed is saved first.
    await signOut(page);
  } finally {
    sandbox.setApiReachable(true);
  }

  // Luca Greco, her employee, subdelegato on the same posizione, on the same computer.
  await signIn(page, spid('subdelegato'));
  await openRoccafredda(page);
  await openListaPosPA(page);
  await expect(shell(page).heading).toHaveText('Denunce mensili ListaPosPA');
  await expect(page.getByText('Nessuna bozza per questa posizione.')).toBeVisible();
  await expect(page.getByTestId('lp-drafts')).toHaveCount(0);
  await expect(page.getByText('ROSSI')).toHaveCount(0);
  await expectAccessible(page, 'Bozze ListaPosPA di un altro utente: nessuna');
  await shell(page).navLink('Quesiti e appuntamenti').click();
  await expect(page.getByText(/\d+ quesiti trovati/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('outbox')).toHaveCount(0);
  // Nor was her quesito sent in his name.
  const inps = backoffice(sandbox);
  const withText = async () => {
    let count = 0;
    for (const q of await inps.list()) if ((await inps.detail(q.id)).testo === testo) count += 1;
    return count;
  };
  expect(await withText()).toBe(0);
  await signOut(page);

  // Francesca again: her draft, with what she typed last, and her quesito, sent in her name.
  await signIn(page, spid('intermediario'));
  await openRoccafredda(page);
  await openListaPosPA(page);
  await expect(shell(page).heading).toHaveText('Denunce mensili ListaPosPA');
  await expect(page.getByTestId('lp-drafts').locator('tr[data-mese="2026-01"]')).toBeVisible();
  await page.getByRole('button', { name: 'Apri la bozza 01/2026' }).click();
  await expect(field(page, `${d0(0)}.cognome`)).toHaveValue('ROSSI');
  await expect.poll(withText, { timeout: 30_000 }).toBe(1);
});

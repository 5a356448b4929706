/**
 * Scadenzario (issue 15) with two enti and more: the deadlines of every posizione of an
 * intermediario in list and month view, a filter, a "fatta" mark that survives a reload and is
 * not another user's, and the .ics export parsed back.
 */
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { seedPosizione } from '../sandbox/seed/enti';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { saved } from './pages/files';
import { signIn, signOut } from './pages/session';
import { openMenu, spid } from './pages/open';

const roccafredda = seedPosizione('comune-roccafredda');
const unione = seedPosizione('unione-bassa');

async function openScadenzario(page: Page) {
  await openMenu(page, 'Scadenzario');
  // The Cruscotto reads the posizioni in the background: wait until every one is read.
  await expect(page.getByTestId('scadenzario-aggiornato')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('scadenzario-stato')).not.toContainText('in corso', { timeout: 30_000 });
}

const table = (page: Page) => page.getByTestId('scadenzario-elenco');
const rows = (page: Page) => table(page).locator('tbody tr');
const enteCells = (page: Page) => rows(page).locator('td:nth-child(3)');

test('the Scadenzario lists the deadlines of two enti, filters, keeps "fatta" and exports .ics', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, spid('intermediario'));
  await openScadenzario(page);

  // List view: deadlines of both enti, each with its source.
  await expect(enteCells(page).filter({ hasText: roccafredda.denominazione }).first()).toBeVisible();
  await expect(enteCells(page).filter({ hasText: unione.denominazione }).first()).toBeVisible();
  await expect(rows(page).first().getByText('Dati e fonte')).toBeVisible();

  // Filters: by posizione, then by kind.
  await page.getByLabel('Posizione', { exact: true }).selectOption({ label: roccafredda.denominazione });
  await expect(enteCells(page).filter({ hasText: unione.denominazione })).toHaveCount(0);
  const ownRows = await rows(page).count();
  expect(ownRows).toBeGreaterThan(0);
  await expect(enteCells(page).filter({ hasText: roccafredda.denominazione })).toHaveCount(ownRows);
  await page.getByLabel('Tipo di scadenza').selectOption({ label: 'Versamento F24 EP' });
  await expect(rows(page).first()).toHaveAttribute('data-kind', 'f24ep');
  await expect(rows(page).and(page.locator(':not([data-kind="f24ep"])'))).toHaveCount(0);
  // axe on the filtered list: the same markup in fewer rows (axe is slow on a loaded machine).
  await expectAccessible(page, 'Scadenzario, elenco');

  // "Fatta", with the keyboard, kept after a reload.
  const first = rows(page).first();
  const id = await first.getAttribute('data-scadenza');
  const box = first.getByRole('checkbox');
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await page.reload();
  await openScadenzario(page);
  await expect(table(page).locator(`tr[data-scadenza="${id}"]`).getByRole('checkbox')).toBeChecked();

  // Month view: it opens on today's month; the next one always holds the F24 EP of this month's
  // contributions, due on its 16th (today's month may hold nothing once all is paid and sent).
  // With the keyboard: the arrow moves the radio from Elenco to Mese.
  await page.getByRole('radio', { name: 'Elenco' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Mese', exact: true })).toBeChecked();
  const month = page.getByTestId('scadenzario-mese');
  await expect(month.getByRole('table')).toBeVisible();
  const name = await page.getByTestId('scadenzario-mese-nome').textContent();
  await page.getByRole('button', { name: 'Mese successivo' }).click();
  await expect(page.getByTestId('scadenzario-mese-nome')).not.toHaveText(name ?? '');
  await expect(month.locator('li[data-scadenza^="f24ep:"]').first()).toBeVisible();
  await expectAccessible(page, 'Scadenzario, mese');
  // bootstrap-italia draws the radio on its label, which is what a user clicks.
  await page.locator('label', { hasText: /^Elenco$/ }).click();

  // .ics of what the filters show (Roccafredda, F24 EP): one VEVENT with a VALARM per row.
  await page.getByLabel('Posizione', { exact: true }).selectOption({ label: roccafredda.denominazione });
  await page.getByLabel('Tipo di scadenza').selectOption({ label: 'Versamento F24 EP' });
  await expect(enteCells(page).filter({ hasText: unione.denominazione })).toHaveCount(0);
  const shown = await rows(page).count();
  const file = await saved(page, () =>
    page.getByRole('button', { name: 'Esporta nel calendario (.ics)' }).click(),
  );
  expect(file.download.suggestedFilename()).toMatch(/^scadenzario-\d{4}-\d{2}-\d{2}\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(file.bytes.toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(shown);
  for (const event of events) {
    expect(String(event.getFirstPropertyValue('summary'))).toMatch(/^Versamento F24 EP/);
    expect(String(event.getFirstPropertyValue('summary'))).toContain(roccafredda.denominazione);
    expect(event.getFirstSubcomponent('valarm')).not.toBeNull();
  }
  expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).toContain(`${id}@cassetto-enti`);

  // Another user who reaches the same posizione does not see this user's mark.
  await signOut(page);
  await signIn(page, spid('subdelegato'));
  await openScadenzario(page);
  await expect(table(page).locator(`tr[data-scadenza="${id}"]`).getByRole('checkbox')).not.toBeChecked();
});

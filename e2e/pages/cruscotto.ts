import { expect, type Page } from '@playwright/test';
import { shell } from './shell';

/** The Cruscotto as a user sees it. */
export const cruscotto = (page: Page) => ({
  table: page.getByTestId('cruscotto-table'),
  stato: page.getByTestId('cruscotto-stato'),
  row: (denominazione: string) =>
    page
      .getByTestId('cruscotto-table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: denominazione }) }),
  async open() {
    await shell(page).navLink('Cruscotto posizioni').click();
    await expect(shell(page).heading).toHaveText('Cruscotto delle posizioni');
  },
  /** Waits for the background load to end: the status says as of when the data are. */
  async loaded() {
    await expect(page.getByTestId('cruscotto-stato')).toContainText('Dati aggiornati al', {
      timeout: 30_000,
    });
  },
});

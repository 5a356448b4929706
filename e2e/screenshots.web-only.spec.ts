/**
 * Screenshot tests of the main screens at 1024×700 (issue #14): a layout regression (sideways
 * scroll, overlapping header, a table shrunk to a few rows) shows as a picture that changed.
 * The fonts ship with the app, so rendering is stable; what changes by the hour (the "dati
 * aggiornati al" time, dates relative to today) is masked. Baselines live next to this file;
 * after an intended change of the UI regenerate them with
 *   npx electron-vite build && npx playwright test e2e/screenshots.web-only.spec.ts --workers=1 --update-snapshots
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { seedPosizione } from '../sandbox/seed/enti';
import { expect, test } from './support/fixtures';
import { openPosizione, openSection } from './pages/sezioni';
import { signIn } from './pages/session';
import { shell } from './pages/shell';
import { spid } from './pages/open';

const posizione = seedPosizione('comune-borgo');

/**
 * 0.5% of the pixels: a block of text moved by a new row changes only its glyphs' pixels (2% let
 * a whole new button row pass), while anti-aliasing noise of the shipped fonts stays far below.
 */
async function looksAsBefore(page: Page, name: string) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  // The focus ring of a focused heading is not part of the layout; each picture starts at the top.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await expect(page).toHaveScreenshot(`${name}.png`, {
    maxDiffPixelRatio: 0.005,
    // The Scadenzario's reminders depend on today's date: not part of the layout.
    stylePath: fileURLToPath(new URL('./support/hideReminders.css', import.meta.url)),
    mask: [
      page.getByTestId('sezione-aggiornato'),
      // Today's month and the dates of the quesiti move with the clock.
      page.locator('#lp-month, [data-testid="quesiti-table"] td, time'),
    ],
  });
}

test('the main screens look as their baselines at 1024×700', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(shell(page).heading).toHaveText('Accedi a Cassetto Enti');
  await looksAsBefore(page, 'accesso');

  await signIn(page, spid('legale-comune'));
  await expect(shell(page).heading).toBeVisible();
  await looksAsBefore(page, 'ricerca');

  await openPosizione(page, posizione.denominazione);
  await looksAsBefore(page, 'anagrafica');

  await openSection(page, 'Versamenti', 'Versamenti');
  await looksAsBefore(page, 'versamenti');

  await openSection(page, 'Compilazione ListaPosPA', 'Denunce mensili ListaPosPA');
  await looksAsBefore(page, 'listapospa');

  await openSection(page, 'Quesiti e appuntamenti', 'Quesiti e appuntamenti');
  await looksAsBefore(page, 'quesiti');
});

/**
 * The layout at office sizes (issue #14): every screen reflows at 1024×700 and at 200% zoom of a
 * 1280×720 screen (640 CSS px, WCAG 1.4.10) with no sideways scroll and passes axe at 1024×700;
 * the side menu folds away from the keyboard and stays as the user left it; a section's table
 * fills the window, newest first; an opened posizione puts the focus on its heading.
 */
import type { Page } from '@playwright/test';
import { seedPosizione } from '../sandbox/seed/enti';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { openPosizione, openSection, signInToPosizione } from './pages/sezioni';
import { signIn } from './pages/session';
import { shell } from './pages/shell';
import { spid } from './pages/open';

const posizione = seedPosizione('comune-borgo');

/** Sideways scroll of the whole document, in CSS px (0 when the page fits its window). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The screens of the menu as the signed-in user with an open posizione sees them. */
async function menuScreens(page: Page): Promise<string[]> {
  return shell(page).nav.getByRole('link').allTextContents();
}

/**
 * The parts of the signed-in user's details drawn over the text of the bar's brand or of the
 * product's name (glyph boxes, measured with a Range): none, when the header reflows.
 */
const headerCollisions = (page: Page) =>
  page.evaluate(() => {
    const textBox = (element: Element | null) => {
      if (!element) return null;
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect();
    };
    const brands = [...document.querySelectorAll('.it-header-slim-wrapper .navbar-brand, .it-brand-title')]
      .map(textBox)
      .filter((box): box is DOMRect => box !== null && box.width > 0);
    const parts = [
      ...document.querySelectorAll(
        '[data-testid="user-badge"] .user-badge-name, [data-testid="user-badge"] dl > div, [data-testid="user-badge"] button',
      ),
    ];
    const hits = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    if (brands.length === 0 || parts.length === 0) return ['intestazione non trovata'];
    return parts
      .filter((part) => brands.some((brand) => hits(part.getBoundingClientRect(), brand)))
      .map((part) => part.textContent ?? '');
  });

async function settled(page: Page) {
  await expect(shell(page).heading).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}

test('every screen fits 1024×700 and 200% zoom with no sideways scroll, and passes axe at 1024×700', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(shell(page).heading).toHaveText('Accedi a Cassetto Enti');
  expect(await sidewaysOverflow(page), 'Accesso').toBeLessThanOrEqual(0);
  await expectAccessible(page, 'Accesso a 1024×700');

  await signIn(page, spid('legale-comune'));
  await settled(page);
  await openPosizione(page, posizione.denominazione);
  // Focus follows the user to the posizione just opened, not back to the top of the document.
  await expect(shell(page).heading).toBeFocused();

  const screens = await menuScreens(page);
  expect(screens.length).toBeGreaterThan(12);
  for (const name of screens) {
    await page.setViewportSize({ width: 1024, height: 700 });
    const link = shell(page).nav.getByRole('link', { name, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await settled(page);
    expect(await sidewaysOverflow(page), `${name} a 1024×700`).toBeLessThanOrEqual(0);
    expect(await headerCollisions(page), `${name}: intestazione a 1024×700`).toEqual([]);
    await expectAccessible(page, `${name} a 1024×700`);
    await page.setViewportSize({ width: 640, height: 360 });
    expect(await sidewaysOverflow(page), `${name} a 640×360 (zoom 200%)`).toBeLessThanOrEqual(0);
    expect(await headerCollisions(page), `${name}: intestazione a 640×360`).toEqual([]);
  }
});

test('the side menu folds from the keyboard, says whether it is open, and stays as left', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const toggle = page.getByRole('button', { name: 'Nascondi menu' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(shell(page).nav).toBeVisible();
  await toggle.focus();
  await page.keyboard.press('Enter');
  const show = page.getByRole('button', { name: 'Mostra menu' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(show).toBeFocused();
  await expect(shell(page).nav).toBeHidden();

  // Remembered: after a reload the menu is still folded, and Space opens it again.
  await page.reload();
  await expect(shell(page).heading).toHaveText('Accedi a Cassetto Enti');
  await expect(shell(page).nav).toBeHidden();
  await page.getByRole('button', { name: 'Mostra menu' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Nascondi menu' })).toHaveAttribute('aria-expanded', 'true');
  await expect(shell(page).navLink('Impostazioni')).toBeVisible();
});

test('a section table fills the window at 1366×768 and lists the newest first', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInToPosizione(page, spid('legale-comune'), posizione.denominazione);
  await openSection(page, 'Versamenti', 'Versamenti');
  const region = page.getByRole('region', { name: /^Versamenti: righe della posizione/ });
  await expect(region.locator('tbody tr[data-row-id]').first()).toBeVisible();
  await region.evaluate((element) => element.scrollIntoView({ block: 'start' }));

  // Rows wholly visible, both in the table's box and in the window: not a box of 6.
  const visible = await region.evaluate((box) => {
    const frame = box.getBoundingClientRect();
    const top = Math.max(frame.top, 0);
    const bottom = Math.min(frame.bottom, window.innerHeight);
    return [...box.querySelectorAll('tbody tr[data-row-id]')].filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.top >= top && rect.bottom <= bottom;
    }).length;
  });
  expect(visible).toBeGreaterThan(14);

  const header = page.getByRole('columnheader', { name: /^Data versamento/ });
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const dates = await region
    .locator('tbody tr[data-row-id] td:nth-child(2)')
    .evaluateAll((cells) => cells.slice(0, 10).map((cell) => cell.textContent ?? ''));
  const iso = dates.map((date) => date.split('/').reverse().join('-'));
  expect(iso).toEqual([...iso].sort().reverse());
});

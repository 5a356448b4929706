import { expect, test } from './support/fixtures';
import { shell } from './pages/shell';

test('the skip link moves focus to the main content and leaves the page where it is', async ({ page }) => {
  const ui = shell(page);
  await ui.navLink('Impostazioni').click();
  await expect(ui.heading).toHaveText('Impostazioni');
  const before = new URL(page.url()).hash;

  // From the top of the page, as a keyboard user arriving on this screen starts.
  await page.reload();
  await expect(ui.heading).toHaveText('Impostazioni');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Vai al contenuto principale' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('main')).toBeFocused();
  await expect(ui.heading).toHaveText('Impostazioni');
  await expect(page.getByRole('heading', { name: 'Pagina non trovata' })).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe(before);
  // The next Tab goes on inside the main content, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(
    true,
  );
});

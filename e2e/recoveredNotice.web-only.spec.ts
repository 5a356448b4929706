import { expect, test } from './support/fixtures';
import { shell } from './pages/shell';

// The desktop app reloads a crashed window with ?ripristino=1 (rendererRecovery.ts); the page it
// loads is the same renderer as here, so the notice is checked in the web host's Chromium.
test('a window reloaded after a crash says so once, on the screen it was showing', async ({ page }) => {
  await shell(page).navLink('Impostazioni').click();
  await expect(shell(page).heading).toHaveText('Impostazioni');
  const url = new URL(page.url());
  url.search = '?ripristino=1';
  await page.goto(url.href);
  await expect(page.getByTestId('recovered-notice')).toContainText('si era interrotta ed è stata ricaricata');
  await expect(shell(page).heading).toHaveText('Impostazioni');
  expect(new URL(page.url()).search).toBe('');

  await page.reload();
  await expect(shell(page).heading).toHaveText('Impostazioni');
  await expect(page.getByTestId('recovered-notice')).toHaveCount(0);
});

import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { shell } from './pages/shell';

test('the shell shows the product, the sandbox banner and what main answered', async ({ page }) => {
  const ui = shell(page);
  await expect(ui.header).toBeVisible();
  await expect(ui.sandboxBanner).toContainText('Ambiente di prova');
  await expect(ui.heading).toHaveText('Accedi a Cassetto Enti');
  // Version and mode come from the app.info call through the host.
  await expect(page.getByTestId('app-about')).toHaveText('Versione 0.1.0 · Ambiente di prova');
});

test('every screen passes axe with zero violations', async ({ page }) => {
  const ui = shell(page);
  await expect(ui.heading).toHaveText('Accedi a Cassetto Enti');
  await expectAccessible(page, 'Home');

  await ui.navLink('Impostazioni').click();
  await expect(ui.heading).toHaveText('Impostazioni');
  await expectAccessible(page, 'Impostazioni');

  await page.locator('label[for="environment-production"]').click();
  await page.getByRole('button', { name: 'Salva impostazioni' }).click();
  await expect(page.getByText('Correggere i campi evidenziati (3).')).toBeVisible();
  await expectAccessible(page, 'Impostazioni con errori');

  await page.evaluate(() => (window.location.hash = '#/inesistente'));
  await expect(ui.heading).toHaveText('Pagina non trovata');
  await expectAccessible(page, 'Pagina non trovata');
});

test('the navigation works from the keyboard alone', async ({ page }) => {
  await expect(shell(page).heading).toHaveText('Accedi a Cassetto Enti');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Vai al contenuto principale' })).toBeFocused();
  let guard = 0;
  while (
    !(await shell(page)
      .navLink('Impostazioni')
      .evaluate((el) => el === document.activeElement)) &&
    guard++ < 10
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(shell(page).heading).toHaveText('Impostazioni');
  await expect(shell(page).navLink('Impostazioni')).toHaveAttribute('aria-current', 'page');
});

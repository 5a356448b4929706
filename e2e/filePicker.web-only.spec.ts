import { expect, test } from './support/fixtures';
import { shell } from './pages/shell';

/**
 * In the browser the file input draws its own button and "no file" text in the browser's
 * language ("Choose File", "No file chosen"): the app shows an Italian one instead, keeps the
 * input as the control a keyboard reaches, and names the file chosen.
 */
test('choosing a file speaks Italian, by mouse and by keyboard', async ({ page }) => {
  await shell(page).navLink('Impostazioni').click();
  await expect(shell(page).heading).toHaveText('Impostazioni');

  const input = page.getByLabel('Scegli lo schema XSD ufficiale');
  const button = page.locator('.file-picker', { has: input }).getByText('Scegli file…');
  await expect(button).toBeVisible();
  // The browser's own text is not drawn: the input takes no room on screen.
  const box = await input.boundingBox();
  expect((box?.width ?? 0) * (box?.height ?? 0)).toBeLessThanOrEqual(1);

  // A keyboard user reaches the input, and its Italian button shows the focus.
  await input.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await expect(button).not.toHaveCSS('outline-style', 'none');

  // A click on the Italian button opens the system's chooser, as the browser's would.
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (
    await chooser
  ).setFiles({ name: 'schema.xsd', mimeType: 'application/xml', buffer: Buffer.from('x') });
  await expect(page.locator('.file-picker', { has: input })).toContainText('schema.xsd');
});

/**
 * Issue #6, offline: with the INPS unreachable the Deleghe screen lists the requests saved on
 * this computer, says it is the local copy, and still prints a request's PDF.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectPdfText } from '../src-main/pdfText.test-support';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { signIn } from './pages/session';
import { shell } from './pages/shell';
import { spid } from './pages/open';

const request = readFileSync(new URL('./fixtures/delega-request.json', import.meta.url), 'utf8');
const numero = 'DLG-2026-000123';

test('with the INPS unreachable, a saved delega request is listed and its PDF prints', async ({
  page,
  dataDir,
  sandbox,
}) => {
  test.slow();
  // What an earlier version left at the shared path after a request was sent. It names Francesca
  // Romano as the intermediario, so it is provably hers: it moves into her folder and is listed.
  mkdirSync(join(dataDir, 'deleghe', numero), { recursive: true });
  writeFileSync(join(dataDir, 'deleghe', numero, 'richiesta.json'), request);

  await signIn(page, spid('intermediario'));
  sandbox.setApiReachable(false);
  try {
    await shell(page).navLink('Deleghe').click();
    await expect(page.getByText('Il servizio INPS non è raggiungibile')).toBeVisible({ timeout: 30_000 });
    const saved = page.getByTestId('deleghe-saved');
    await expect(saved).toContainText('questo elenco è la copia locale');
    const row = page.locator(`[data-testid="deleghe-saved-table"] tr[data-numero="${numero}"]`);
    await expect(row).toContainText('Azienda Sanitaria Locale Pianura Emiliana');
    await expect(row).toContainText('01/12/2026');
    await expectAccessible(page, 'Deleghe – richieste salvate, INPS non raggiungibile');

    const downloading = page.waitForEvent('download');
    await row.getByRole('button', { name: `Stampa il PDF della richiesta ${numero}` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`delega-${numero}.pdf`);
    const file = await download.path();
    await expectPdfText(file, [numero, "D'Annunzio Bellò", 'Azienda Sanitaria Locale Pianura Emiliana']);
  } finally {
    sandbox.setApiReachable(true);
  }

  // Back online, the archive comes from the INPS again; the local copy INPS does not list stays
  // under it, said so, so that nothing the user sent is out of sight.
  await page.getByRole('button', { name: 'Aggiorna' }).click();
  await expect(page.getByTestId('deleghe-table')).toBeVisible();
  await expect(page.getByTestId('deleghe-saved')).toContainText('che l’archivio INPS non elenca');
  await expect(page.locator(`[data-testid="deleghe-saved-table"] tr[data-numero="${numero}"]`)).toBeVisible();
});

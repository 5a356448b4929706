/**
 * Files through the host (issue 10), in both projects: the web host's one-time addresses and
 * file input, the desktop app's Save and Open dialogs and system viewer. An export, the delega
 * printed for signature, and a ListaPosPA chosen for import.
 */
import { seedPosizione } from '../sandbox/seed/enti';
import { expectPdfText } from '../src-main/pdfText.test-support';
import { expect, test } from './support/fixtures';
import { download, openSection, signInToPosizione } from './pages/sezioni';
import { DELEGA_REQUEST, openNewDelegaRequest } from './pages/deleghe';
import { choose, printed } from './pages/files';
import { denunciaFile } from './pages/listapospa';
import { openListaPosPA, spid } from './pages/open';

const fixture = DELEGA_REQUEST;

test('a section export is saved with its Italian name and the bytes main made', async ({ page }) => {
  await signInToPosizione(page, spid('legale-comune'), seedPosizione('comune-borgo').denominazione);
  await openSection(page, 'Versamenti', 'Versamenti');
  const csv = await download(page, 'Esporta CSV');
  expect(csv.download.suggestedFilename()).toMatch(/^versamenti_.*\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString('utf8')).toContain('Data versamento;Canale');
});

test('the delega to sign is printed: the PDF opens in the viewer with the request in it', async ({
  page,
}) => {
  const screen = await openNewDelegaRequest(page);
  await screen.fill(fixture);
  const pdf = await printed(page, () => page.getByRole('button', { name: 'Stampa la delega' }).click());
  await expectPdfText(pdf, [fixture.ente.denominazione]);
});

test('a ListaPosPA file is chosen and imported', async ({ page }) => {
  await openListaPosPA(page);
  const file = denunciaFile(seedPosizione('comune-roccafredda'), '2026-06', 2);
  await choose(page, page.getByLabel('Importa un file XML ListaPosPA'), file);
  await expect(page.getByTestId('lp-message')).toContainText('Importata la bozza 06/2026 con 2 quadri D0.');
});

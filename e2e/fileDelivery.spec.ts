/**
 * Files through the host (issue 10), in both projects: the web host's one-time addresses and
 * file input, the desktop app's Save and Open dialogs and system viewer. An export, the delega
 * printed for signature, and a ListaPosPA chosen for import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { seedPosizione } from '../sandbox/seed/enti';
import type { DelegaRequest } from '../shared/domain/delega';
import { sampleDenuncia } from '../shared/domain/listapospa/sample';
import { writeDenuncia } from '../shared/domain/listapospa/xmlWriter';
import { expectPdfText } from '../src-main/pdfText.test-support';
import { expect, test } from './support/fixtures';
import { download, openPosizione, openSection } from './pages/sezioni';
import { deleghe } from './pages/deleghe';
import { choose, printed } from './pages/files';
import { signIn } from './pages/session';
import { shell } from './pages/shell';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/delega-request.json', import.meta.url), 'utf8'),
) as DelegaRequest;

test('a section export is saved with its Italian name and the bytes main made', async ({ page }) => {
  await signIn(page, { persona: 'legale-comune', method: 'spid', level: 2 });
  await openPosizione(page, seedPosizione('comune-borgo').denominazione);
  await openSection(page, 'Versamenti', 'Versamenti');
  const csv = await download(page, 'Esporta CSV');
  expect(csv.download.suggestedFilename()).toMatch(/^versamenti_.*\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString('utf8')).toContain('Data versamento;Canale');
});

test('the delega to sign is printed: the PDF opens in the viewer with the request in it', async ({
  page,
}) => {
  const screen = deleghe(page);
  await signIn(page, { persona: 'intermediario', method: 'spid', level: 2 });
  await shell(page).navLink('Deleghe').click();
  await screen.newRequest.click();
  await screen.fill(fixture);
  const pdf = await printed(page, () => page.getByRole('button', { name: 'Stampa la delega' }).click());
  await expectPdfText(pdf, [fixture.ente.denominazione]);
});

test('a ListaPosPA file is chosen and imported', async ({ page }) => {
  await signIn(page, { persona: 'intermediario', method: 'spid', level: 3 });
  await page.getByRole('button', { name: /Apri la posizione contributiva .*Roccafredda/ }).click();
  await shell(page).navLink('Compilazione ListaPosPA').click();
  await expect(shell(page).heading).toHaveText('Denunce mensili ListaPosPA');
  const denuncia = sampleDenuncia(2, '2026-06');
  denuncia.azienda.cfAzienda = '81002750339';
  denuncia.azienda.listaPosPA.prgAzienda = '00001';
  const file = test.info().outputPath('UNIEN2606.xml');
  writeFileSync(file, writeDenuncia(denuncia));
  await choose(page, page.getByLabel('Importa un file XML ListaPosPA'), file);
  await expect(page.getByTestId('lp-message')).toContainText('Importata la bozza 06/2026 con 2 quadri D0.');
});

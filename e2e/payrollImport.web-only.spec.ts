import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { templateCsv } from '../shared/domain/listapospa/payroll/template';
import { sampleD0 } from '../shared/domain/listapospa/sample';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { openListaPosPA } from './pages/open';
import { shell } from './pages/shell';

/**
 * ListaPosPA from payroll files (issue 16): the documented template (CSV, Windows-1252) becomes
 * the month's draft with no mapping to do; then an XLSX of another payroll system goes through
 * the mapping screen, its errors are shown by row and column, the corrected file is merged into
 * the draft only after the user confirms which workers it replaces; the mapping is proposed again.
 */

const dir = mkdtempSync(join(tmpdir(), 'e2e-paghe-'));
const MESE = '2026-01';

/** Windows-1252 bytes of the template (Excel's "CSV" on Italian Windows). */
function cp1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return Buffer.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

const OTHER_HEADERS = [
  'Matricola',
  'C.F.',
  'Cognome',
  'Nome',
  'Cassa',
  'Imp.',
  'Contr.',
  'Impiego',
  'Servizio',
];

async function otherLayout(name: string, rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cedolini');
  sheet.addRow(OTHER_HEADERS);
  for (const row of rows) sheet.addRow(row);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

async function openPayroll(page: Page) {
  await page.getByRole('button', { name: 'Importa da file paghe (CSV o Excel)' }).click();
  await expect(page.getByRole('heading', { name: 'Importa da file paghe' })).toBeVisible();
}

test('payroll files become a draft: the template by itself, another layout through the mapping', async ({
  page,
}) => {
  test.slow();
  await openListaPosPA(page);
  await page.getByLabel('Mese di competenza (mm/aaaa)').fill('01/2026');

  // The template, as Excel saves it in Windows-1252: it maps by itself and has no errors.
  const rossi = { ...sampleD0(1, MESE), cognome: 'D’AMICO', nome: 'NICOLÒ' };
  const template = join(dir, 'paghe.csv');
  writeFileSync(template, cp1252(templateCsv([rossi, sampleD0(2, MESE)])));
  await openPayroll(page);
  // The browser's dialog offers the files the desktop app's Open dialog offers.
  await expect(page.getByLabel('File delle paghe')).toHaveAttribute('accept', '.csv,.txt,.xlsx');
  await page.getByLabel('File delle paghe').setInputFiles(template);
  await expect(page.getByTestId('lpp-file-info')).toHaveText(
    'CSV · 6 righe · 2 lavoratori · codifica Windows-1252',
  );
  await expect(page.getByTestId('lpp-summary')).toHaveText(
    'Nessun errore: il file è pronto per diventare una bozza.',
  );
  await expect(page.getByTestId('lpp-changes')).toHaveText(
    'Sarà creata la bozza di 01/2026 con 2 lavoratori.',
  );
  await expect(page.getByRole('combobox', { name: 'Campo per la colonna «Imponibile»' })).toHaveValue(
    'gestione.imponibile',
  );
  await expectAccessible(page, 'Importa da file paghe');
  await page.getByRole('button', { name: 'Crea la bozza' }).click();
  await expect(page.getByTestId('lp-message')).toHaveText(
    'Bozza di 01/2026: 2 lavoratori aggiunti, 0 sostituiti dal file paghe.',
  );
  const row = page.getByTestId('lp-drafts').locator(`tr[data-mese="${MESE}"]`);
  await expect(row.locator('td').nth(2)).toHaveText('2');

  // Another payroll system's XLSX: dot decimals, its own headers; one amount is not a number.
  const cf2 = sampleD0(2, MESE).cfLavoratore;
  const cf3 = sampleD0(3, MESE).cfLavoratore;
  const good = [
    ['7', cf2, 'BIANCHI', 'ANNA', 2, '1500.00', '489.75', '1', '4'],
    ['8', cf3, 'VERDI', 'LUCA', 2, '1800.00', '587.70', '1', '4'],
  ];
  const bad = await otherLayout('cedolini-errati.xlsx', [
    good[0] as string[],
    ['8', cf3, 'VERDI', 'LUCA', 2, 'milleotto', '587.70', '1', '4'],
  ]);
  await openPayroll(page);
  await page.getByLabel('File delle paghe').setInputFiles(bad);
  await expect(page.getByTestId('lpp-file-info')).toHaveText('XLSX · 2 righe · 0 lavoratori');
  // Cognome and Nome map by name; the rest is chosen here, with the file's number format.
  for (const [header, field] of [
    ['C.F.', 'd0.cfLavoratore'],
    ['Cassa', 'gestione.codGestione'],
    ['Imp.', 'gestione.imponibile'],
    ['Contr.', 'gestione.contributo'],
    ['Impiego', 'e0.inquadramento.tipoImpiego'],
    ['Servizio', 'e0.inquadramento.tipoServizio'],
  ] as const) {
    await page.getByRole('combobox', { name: `Campo per la colonna «${header}»` }).selectOption(field);
  }
  await page.getByLabel('Formato dei numeri').selectOption('en');
  // Not before the preview of these choices.
  await expect(page.getByRole('button', { name: 'Unisci alla bozza' })).toBeDisabled();
  await page.getByRole('button', { name: 'Aggiorna l’anteprima' }).click();
  const issue = page.getByTestId('lpp-issues').locator('tr[data-riga="3"][data-colonna="Imp."]');
  await expect(issue).toContainText('Imponibile: «milleotto» non è un importo come 1,234.56 o 1234.56');
  await expect(page.getByTestId('lpp-summary')).toContainText('1 di lettura da correggere');
  await expect(page.getByRole('button', { name: 'Unisci alla bozza' })).toBeDisabled();
  await expectAccessible(page, 'Anteprima con errori');

  // The corrected file keeps the associations chosen on screen; the merge says what it changes.
  await page.getByLabel('File delle paghe').setInputFiles(await otherLayout('cedolini.xlsx', good));
  await expect(page.getByTestId('lpp-file-info')).toHaveText('XLSX · 2 righe · 2 lavoratori');
  await expect(page.getByTestId('lpp-summary')).toHaveText(
    'Nessun errore: il file è pronto per diventare una bozza.',
  );
  const changes = page.getByTestId('lpp-changes');
  await expect(changes).toContainText(
    'Esiste già la bozza di 01/2026 (2 lavoratori). Unendo il file: 1 lavoratore aggiunto, 1 sostituito con i dati del file, 1 invariato.',
  );
  await expect(changes.getByRole('listitem')).toHaveText([`BIANCHI ANNA (${cf2})`]);
  const merge = page.getByRole('button', { name: 'Unisci alla bozza' });
  await expect(merge).toBeDisabled();
  const confirm = 'Confermo: unisci il file alla bozza esistente, sostituendo i lavoratori elencati';
  await page.getByText(confirm).click();
  await expect(page.getByLabel(confirm)).toBeChecked();
  await merge.click();
  await expect(page.getByTestId('lp-message')).toHaveText(
    'Bozza di 01/2026: 1 lavoratore aggiunto, 1 sostituito dal file paghe.',
  );
  await expect(row.locator('td').nth(2)).toHaveText('3');

  // The draft has the template's worker as typed, the replaced one and the added one.
  await row.getByRole('button', { name: /Apri/ }).click();
  await expect(shell(page).heading).toHaveText('Denuncia 01/2026');
  const workers = page.getByRole('listbox', { name: 'Lavoratori (quadri D0)' });
  await expect(workers).toContainText('D’AMICO');
  await expect(workers).toContainText('BIANCHI');
  await expect(workers).toContainText('VERDI');
  await page.getByRole('button', { name: 'Torna alle bozze' }).click();

  // Next time, the same layout is proposed with the mapping saved for the ente.
  await expect(shell(page).heading).toHaveText('Denunce mensili ListaPosPA');
  await openPayroll(page);
  await page.getByLabel('File delle paghe').setInputFiles(join(dir, 'cedolini.xlsx'));
  await expect(page.getByText('È la mappatura salvata per questo ente.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Campo per la colonna «C.F.»' })).toHaveValue(
    'd0.cfLavoratore',
  );
});

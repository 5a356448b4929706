/**
 * An operator on a delegated posizione walks every Cassetto section: the seeded rows are there, a
 * filter narrows them, exports (CSV, XLSX) and the fascicolo PDF carry the data.
 */
import ExcelJS from 'exceljs';
import { seedPosizione } from '../sandbox/seed/enti';
import { shiftMonths } from '../sandbox/seed/frame';
import * as seeded from '../sandbox/seed/sezioni';
import { formatImporto, formatMese } from '../shared/text/formatIt';
import { expectPdfText } from '../src-main/pdfText.test-support';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { download, openSection, sectionCount, signInToPosizione } from './pages/sezioni';
import { spid } from './pages/open';
import { printed } from './pages/files';

const posizione = seedPosizione('comune-borgo');
const count = (n: number) => `${n.toLocaleString('it-IT')} di ${n.toLocaleString('it-IT')} righe`;

test('legale rappresentante consults every section, exports and prints the fascicolo', async ({
  page,
  sandbox,
}) => {
  test.slow();
  await signInToPosizione(page, spid('legale-comune'), posizione.denominazione);

  // Versamenti: all seeded rows, then a period filter and a text search narrow them.
  // The seed is dated as of the sandbox's today: five years up to the month before it.
  const oggi = sandbox.oggiSeed;
  const versamenti = seeded.generateVersamenti(posizione, oggi);
  await openSection(page, 'Versamenti', 'Versamenti');
  await expect(sectionCount(page)).toHaveText(count(versamenti.length));
  await expect(page.getByTestId('sezione-aggiornato')).toContainText('Dati aggiornati al');
  // The channel filter is called what it is: no "Stato" whose options are channels.
  await expect(page.getByLabel('Canale', { exact: true })).toContainText('F24 EP');
  await expect(page.getByLabel('Stato', { exact: true })).toHaveCount(0);
  // The row detail button shows the kit's icon (an SVG), not a glyph the font may lack.
  const detailIcon = page
    .getByRole('button', { name: 'Apri il dettaglio della riga 1', exact: true })
    .locator('svg');
  await expect(detailIcon).toBeVisible();
  const [dal, al] = [shiftMonths(oggi.slice(0, 7), -12), shiftMonths(oggi.slice(0, 7), -1)];
  await page.getByLabel('Periodo dal (mm/aaaa)').fill(formatMese(dal));
  await page.getByLabel('Periodo al (mm/aaaa)').fill(formatMese(al));
  const lastYear = versamenti.filter((v) => v.periodo >= dal && v.periodo <= al);
  await expect(sectionCount(page)).toHaveText(`${lastYear.length} di ${versamenti.length} righe`);
  const known = lastYear[0]!;
  await page.getByLabel('Cerca nel testo').fill(known.estremi);
  await expect(sectionCount(page)).toHaveText(`1 di ${versamenti.length} righe`);
  await expect(page.locator(`[data-row-id="${known.id}"]`)).toContainText(formatImporto(known.importo));
  await expect(page.getByTestId('sezione-totals')).toContainText(formatImporto(known.importo));
  await page.getByLabel('Cerca nel testo').fill('');

  // CSV of the current view (the last twelve months): Italian dialect, checked in Node.
  const csv = await download(page, 'Esporta CSV');
  expect(csv.download.suggestedFilename()).toMatch(/^versamenti_.*\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'Data versamento;Canale;Codice tributo/causale;Gestione;Periodo di riferimento;Importo;Sede;Estremi del versamento',
  );
  expect(lines).toHaveLength(lastYear.length + 2);
  const csvRow = lines.find((line) => line.includes(known.estremi))!;
  expect(csvRow.split(';')[5]).toBe(known.importo.replace('.', ','));
  expect(lines.at(-1)).toMatch(/^Totale;/);

  // XLSX of the same view, read back with exceljs.
  const xlsx = await download(page, 'Esporta XLSX');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(8).value).toBe('Estremi del versamento');
  expect(sheet.rowCount).toBe(lastYear.length + 2);
  let found = false;
  sheet.eachRow((row) => {
    if (row.getCell(8).value === known.estremi) {
      found = true;
      expect(row.getCell(6).value).toBe(Number(known.importo));
      expect(row.getCell(6).numFmt).toBe('#,##0.00');
    }
  });
  expect(found).toBe(true);

  // Sort by amount, descending: the largest versamento of the year comes first.
  const importoHeader = page.getByRole('columnheader', { name: /^Importo/ });
  await importoHeader.getByRole('button').click();
  await expect(importoHeader).toHaveAttribute('aria-sort', 'ascending');
  await importoHeader.getByRole('button').click();
  await expect(importoHeader).toHaveAttribute('aria-sort', 'descending');
  const largest = [...lastYear].sort((a, b) => Number(b.importo) - Number(a.importo))[0]!;
  await expect(page.locator('[data-testid="sezione-table"] tbody tr[data-row-id]').first()).toHaveAttribute(
    'data-row-id',
    largest.id,
  );
  await expectAccessible(page, 'Versamenti');

  // The other sections: every seeded row is there, and a filter narrows them.
  const others = [
    {
      menu: 'Note di Rettifica',
      heading: 'Note di Rettifica',
      rows: seeded.generateNoteRettifica(posizione, oggi),
      stato: 'pagata',
    },
    {
      menu: 'Piani di Ammortamento',
      heading: 'Piani di Ammortamento',
      rows: seeded.generatePiani(posizione, oggi),
      stato: 'ESTINTO',
    },
    {
      menu: 'DMA / ListaPosPA',
      heading: 'DMA / ListaPosPA',
      rows: seeded.generateDenunce(posizione, oggi),
      stato: 'acquisita',
    },
    {
      menu: 'Note di Debito',
      heading: 'Note di Debito',
      rows: seeded.generateNoteDebito(posizione, oggi),
      stato: 'pagata',
    },
    {
      menu: 'Note di Debito ECA',
      heading: 'Note di Debito ECA',
      rows: seeded.generateNoteDebitoEca(posizione, oggi),
      stato: 'pagata',
    },
  ];
  for (const section of others) {
    await openSection(page, section.menu, section.heading);
    await expect(sectionCount(page)).toHaveText(count(section.rows.length));
    const stateField = section.menu === 'DMA / ListaPosPA' ? 'esito' : 'stato';
    const narrowed = section.rows.filter(
      (row) => (row as Record<string, unknown>)[stateField] === section.stato,
    );
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(section.rows.length);
    await page.getByLabel('Stato', { exact: true }).selectOption(section.stato);
    await expect(sectionCount(page)).toHaveText(`${narrowed.length} di ${section.rows.length} righe`);
  }

  // The detail panel of a denuncia lists its errors.
  const withErrors = seeded.generateDenunce(posizione, oggi).find((d) => d.errori.length > 0)!;
  await openSection(page, 'DMA / ListaPosPA', 'DMA / ListaPosPA');
  await page.getByLabel('Cerca nel testo').fill(withErrors.dataInvio.split('-').reverse().join('/'));
  await page.locator(`[data-row-id="${withErrors.id}"]`).getByRole('button').click();
  await expect(page.getByTestId('detail-errori')).toContainText(withErrors.errori[0]!.codice);
  await expectAccessible(page, 'DMA con dettaglio');

  // The fascicolo: one PDF with the anagrafica and every section.
  await openSection(page, 'Fascicolo aziendale', 'Fascicolo aziendale');
  // 'Stampa' opens the PDF in a new tab, ready to print; saving it is the other button.
  const shown = await printed(page, () =>
    page.getByRole('button', { name: 'Stampa fascicolo', exact: true }).click(),
  );
  expect(shown.subarray(0, 5).toString()).toBe('%PDF-');
  const pdf = await download(page, 'Salva fascicolo (PDF)');
  expect(pdf.download.suggestedFilename()).toMatch(/^fascicolo_.*\.pdf$/);
  const text = await expectPdfText(pdf.bytes, [
    'Anagrafica della posizione',
    'Versamenti',
    'Note di Rettifica',
    'Piani di Ammortamento',
    'DMA / ListaPosPA',
    'Note di Debito',
    'Note di Debito ECA',
    posizione.denominazione,
    seeded.generateNoteDebito(posizione, oggi)[0]!.numero,
    seeded.generatePiani(posizione, oggi)[0]!.numeroPiano,
  ]);
  expect(text).toMatch(/Pagina 1 di \d+/);
  await expectAccessible(page, 'Fascicolo');
});

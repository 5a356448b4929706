/**
 * A section longer than what the screen holds at once (the rows stay on the main side and the
 * table fetches the window it shows): scrolling to the end, sorting and filtering still show
 * the right rows and the totals of the whole view.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, posizioneId, type Sandbox } from '../sandbox';
import { seedPosizione } from '../sandbox/seed/enti';
import { shiftMonths } from '../sandbox/seed/frame';
import { generateVersamenti } from '../sandbox/seed/sezioni';
import { fromCents, toCents } from '../shared/domain/sezioni';
import { formatImporto, formatMese } from '../shared/text/formatIt';
import { expectAccessible } from './support/axe';
import { expect, test as base } from './support/fixtures';
import { openSection, sectionCount, signInToPosizione } from './pages/sezioni';
import { spid } from './pages/open';

const ROWS = 5_000;
const posizione = seedPosizione('comune-borgo');
const n = (count: number) => count.toLocaleString('it-IT');

// This file's worker gets a sandbox whose Comune has 5,000 versamenti.
const test = base.extend<object, { sandbox: Sandbox }>({
  sandbox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const sandbox = await startSandbox({
        dataDir: mkdtempSync(join(tmpdir(), 'cassetto-e2e-righe-')),
        benchVersamenti: { posizioneId: posizioneId('comune-borgo'), count: ROWS },
      });
      await use(sandbox);
      await sandbox.stop();
    },
    { scope: 'worker' },
  ],
});

test('5,000 versamenti scroll to the end, sort and filter with the totals of the whole view', async ({
  page,
  sandbox,
}) => {
  test.slow();
  // Dated as of the sandbox's today: the seed's months end with the one before it.
  const versamenti = generateVersamenti(posizione, sandbox.oggiSeed, ROWS);
  const rowOf = (id: string) => page.locator(`[data-testid="sezione-table"] tr[data-row-id="${id}"]`);
  const firstRow = page.locator('[data-testid="sezione-table"] tbody tr[data-row-id]').first();
  const table = page.getByRole('region', { name: /^Versamenti: righe della posizione/ });

  await signInToPosizione(page, spid('legale-comune'), posizione.denominazione);
  await openSection(page, 'Versamenti', 'Versamenti');
  await expect(sectionCount(page)).toHaveText(`${n(ROWS)} di ${n(ROWS)} righe`);

  // Newest first by default; the keyboard takes the list to its end: the oldest versamento is
  // fetched and shown (equal dates keep the INPS order).
  const oldest = versamenti
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.dataVersamento.localeCompare(a.row.dataVersamento) || a.index - b.index)
    .at(-1)!.row;
  await table.focus();
  await page.keyboard.press('End');
  await expect(rowOf(oldest.id)).toBeVisible();

  // Largest amount first; equal amounts keep the INPS order. The list starts again from the top.
  const byAmount = versamenti
    .map((row, index) => ({ row, index, cents: toCents(row.importo) }))
    .sort((a, b) => b.cents - a.cents || a.index - b.index);
  const importo = page.getByRole('columnheader', { name: /^Importo/ });
  await importo.getByRole('button').click();
  await importo.getByRole('button').click();
  await expect(importo).toHaveAttribute('aria-sort', 'descending');
  await expect(firstRow).toHaveAttribute('data-row-id', byAmount[0]!.row.id);
  await table.focus();
  await page.keyboard.press('End');
  await expect(rowOf(byAmount.at(-1)!.row.id)).toBeVisible();

  // A period filter: its count, and the totals row sums every row of the view, not just those shown.
  // The twelve months of the year before the last.
  const [dal, al] = [-24, -13].map((months) => shiftMonths(sandbox.oggiSeed.slice(0, 7), months)) as [
    string,
    string,
  ];
  await page.getByLabel('Periodo dal (mm/aaaa)').fill(formatMese(dal));
  await page.getByLabel('Periodo al (mm/aaaa)').fill(formatMese(al));
  const yearBefore = versamenti.filter((row) => row.periodo >= dal && row.periodo <= al);
  await expect(sectionCount(page)).toHaveText(`${n(yearBefore.length)} di ${n(ROWS)} righe`);
  const total = yearBefore.reduce((sum, row) => sum + toCents(row.importo), 0);
  await expect(page.getByTestId('sezione-totals')).toContainText(formatImporto(fromCents(total)));
  await expect(firstRow).toHaveAttribute(
    'data-row-id',
    byAmount.find(({ row }) => row.periodo >= dal && row.periodo <= al)!.row.id,
  );
  await expectAccessible(page, 'Versamenti – 5.000 righe');
});

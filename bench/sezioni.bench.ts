/**
 * The Versamenti section with 100,000 rows in Chromium, through the web host and a sandbox that
 * generates them: time to first paint of the section, then filter and sort, each against a plain
 * HTML table of the same rows in the same browser; and, since the rows stay on the main side and
 * the screen fetches the window it shows, a jump to the middle of the list. Needs a build
 * (`npm run build`). Goal (issue #4): filter and sort under 100 ms. Prints figures, asserts nothing.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startSandbox } from '../sandbox';
import { posizioneId, seedPosizione } from '../sandbox/seed/enti';
import { apiGet, loginHeadless } from '../sandbox/testing';
import { launchWeb } from '../e2e/support/launchers';
import { loginAtBridge } from '../e2e/pages/bridge';
import { repoRoot } from '../scripts/electronBinary';

const COUNT = 100_000;
const FILTER_TEXT = '2025';

// In-page code is kept as source text: tsx would otherwise wrap its inner functions in __name(),
// which does not exist in the page.
const FRAME = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';

/** Sets a React-controlled input and times until the row count shown changes and a frame is painted. */
function timeFilter(page: Page, label: string, value: string): Promise<number> {
  return page.evaluate(`(async () => {
    const input = [...document.querySelectorAll('label')].find((l) => l.textContent === ${JSON.stringify(label)}).control;
    const count = document.querySelector('[data-testid="sezione-count"]');
    const before = count.textContent;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const started = performance.now();
    setter.call(input, ${JSON.stringify(value)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (count.textContent === before) await new Promise((resolve) => requestAnimationFrame(resolve));
    await ${FRAME};
    return performance.now() - started;
  })()`);
}

function timeSort(page: Page): Promise<number> {
  return page.evaluate(`(async () => {
    const selector = '[data-testid="sezione-table"] tbody tr[data-row-id]';
    const before = document.querySelector(selector).getAttribute('data-row-id');
    const header = [...document.querySelectorAll('th button')].find((b) => b.textContent.startsWith('Importo'));
    const started = performance.now();
    header.click();
    while (document.querySelector(selector).getAttribute('data-row-id') === before)
      await new Promise((resolve) => requestAnimationFrame(resolve));
    await ${FRAME};
    return performance.now() - started;
  })()`);
}

/** Scrolls to the middle of the list and times until its rows (fetched from the main side) are painted. */
function timeJump(page: Page): Promise<number> {
  return page.evaluate(`(async () => {
    const scroller = document.querySelector('.sezione-scroll');
    const started = performance.now();
    scroller.scrollTop = scroller.scrollHeight / 2;
    const filled = () => {
      const rows = [...document.querySelectorAll('[data-testid="sezione-table"] tbody tr[aria-rowindex]')];
      return rows.length > 0 && rows.every((row) => row.hasAttribute('data-row-id')) &&
        Number(rows[0].getAttribute('aria-rowindex')) > 1000;
    };
    while (!filled()) await new Promise((resolve) => requestAnimationFrame(resolve));
    await ${FRAME};
    return performance.now() - started;
  })()`);
}

/** The same rows in a plain <table>, built, filtered (display:none) and sorted (re-appended) by DOM. */
async function plainTable(
  page: Page,
  rows: unknown[],
): Promise<{ paint: number; filter: number; sort: number }> {
  await page.setContent(
    '<!doctype html><html lang="it"><body><table><tbody id="b"></tbody></table></body></html>',
  );
  await page.evaluate((data) => {
    (globalThis as unknown as { rows: unknown }).rows = data;
  }, rows);
  return page.evaluate(`(async () => {
    const body = document.getElementById('b');
    let started = performance.now();
    const fragment = document.createDocumentFragment();
    const trs = [];
    for (const row of globalThis.rows) {
      const tr = document.createElement('tr');
      for (const key of ['dataVersamento', 'canale', 'causale', 'gestione', 'periodo', 'importo', 'sede', 'estremi']) {
        const td = document.createElement('td');
        td.textContent = row[key] ?? '';
        tr.append(td);
      }
      fragment.append(tr);
      trs.push({ tr, row, text: Object.values(row).join(' ').toLowerCase() });
    }
    body.append(fragment);
    await ${FRAME};
    const paint = performance.now() - started;
    started = performance.now();
    for (const entry of trs) entry.tr.style.display = entry.text.includes(${JSON.stringify(FILTER_TEXT)}) ? '' : 'none';
    await ${FRAME};
    const filter = performance.now() - started;
    for (const entry of trs) entry.tr.style.display = '';
    await ${FRAME};
    started = performance.now();
    trs.sort((a, b) => Number(b.row.importo) - Number(a.row.importo));
    const sorted = document.createDocumentFragment();
    for (const entry of trs) sorted.append(entry.tr);
    body.append(sorted);
    await ${FRAME};
    return { paint, filter, sort: performance.now() - started };
  })()`);
}

export async function run(): Promise<void> {
  if (!existsSync(join(repoRoot, 'out/renderer/index.html'))) {
    console.log('cassettoSections: build mancante, eseguire prima `npm run build`.');
    return;
  }
  const posizione = seedPosizione('comune-borgo');
  const id = posizioneId('comune-borgo');
  const sandbox = await startSandbox({
    dataDir: mkdtempSync(join(tmpdir(), 'cassetto-bench-sandbox-')),
    benchVersamenti: { posizioneId: id, count: COUNT },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const app = await launchWeb(browser, mkdtempSync(join(tmpdir(), 'cassetto-bench-app-')), sandbox);
  try {
    const { page } = app;
    const bridgeTab = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Accedi con SPID, CIE o CNS' }).click();
    const bridge = await bridgeTab;
    await loginAtBridge(bridge, { persona: 'legale-comune', method: 'spid', level: 2 });
    await bridge.getByRole('heading', { name: 'Accesso completato' }).waitFor();
    await bridge.close();
    await page
      .getByRole('button', { name: `Apri la posizione contributiva ${posizione.denominazione}`, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: posizione.denominazione }).waitFor();

    let started = performance.now();
    await page
      .getByRole('navigation', { name: 'Menu principale' })
      .getByRole('link', { name: 'Versamenti', exact: true })
      .click();
    await page.locator('[data-testid="sezione-table"] tbody tr[data-row-id]').first().waitFor();
    const firstPaint = performance.now() - started;
    const countText = await page.getByTestId('sezione-count').textContent();

    // Filter and sort are measured once the section has settled (search index built after paint).
    await page.waitForTimeout(3000);
    const filter = await timeFilter(page, 'Cerca nel testo', FILTER_TEXT);
    const filterCleared = await timeFilter(page, 'Cerca nel testo', '');
    const sort = await timeSort(page);
    const sortAgain = await timeSort(page);
    const jump = await timeJump(page);

    // The same rows, straight from the API, in a plain table in another tab of the same browser.
    const token = (await loginHeadless(sandbox, { persona: 'legale-comune', method: 'spid', level: 2 }))
      .accessToken;
    started = performance.now();
    const rows = (await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/versamenti`, token))
      .body as unknown[];
    const apiFetch = performance.now() - started;
    const plainPage = await page.context().newPage();
    const plain = await plainTable(plainPage, rows);
    await plainPage.close();

    const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log(`Versamenti: ${countText} (API fetch of the rows alone: ${apiFetch.toFixed(0)} ms)`);
    console.log(`                        section   plain table   section/plain   goal`);
    console.log(
      `first paint          ${ms(firstPaint)}     ${ms(plain.paint)}   ${ratio(firstPaint, plain.paint).padStart(8)}`,
    );
    console.log(
      `filter ("${FILTER_TEXT}")      ${ms(filter)}     ${ms(plain.filter)}   ${ratio(filter, plain.filter).padStart(8)}   < 100 ms`,
    );
    console.log(`filter cleared       ${ms(filterCleared)}`);
    console.log(
      `sort (importo)       ${ms(sort)}     ${ms(plain.sort)}   ${ratio(sort, plain.sort).padStart(8)}   < 100 ms`,
    );
    console.log(`sort (importo, desc) ${ms(sortAgain)}`);
    console.log(`jump to row 50.000   ${ms(jump)}`);
  } finally {
    await app.stop();
    await browser.close();
    await sandbox.stop();
  }
}

/**
 * Comunicazione bidirezionale end to end: a quesito with three attachments (a fourth, a too-large
 * file and a traversal name handled), the ZIP the INPS side stored, the operator's back-office,
 * each state shown in the app, the Agenda, the history search.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { posizioneId } from '../sandbox';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { choose, saved } from './pages/files';
import { backoffice, composeQuesito, openBorgo } from './pages/quesiti';
import { shell } from './pages/shell';
import { itDate } from './pages/dates';

const MB = 1024 * 1024;
const pdf = (size: number, seed: number) => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * seed + (i >> 8)) & 0xff;
  bytes.write('%PDF-1.4\n', 0);
  return bytes;
};

test('a quesito with three attachments goes through protocol, back-office and Agenda', async ({
  page,
  sandbox,
}) => {
  test.slow();
  const operator = backoffice(sandbox);
  await openBorgo(page);
  await composeQuesito(page, 'Il versamento di ottobre non risulta abbinato alla denuncia.');
  await expectAccessible(page, 'Nuovo quesito');
  const input = page.getByLabel('Allegati');
  await expect(page.getByText(/Al massimo 3 file, 3 MB ciascuno\. Tipi ammessi: pdf/)).toBeVisible();

  // Too large: refused before anything is sent.
  await choose(page, input, { name: 'grande.pdf', mimeType: 'application/pdf', buffer: pdf(3 * MB + 1, 3) });
  await expect(page.getByTestId('allegati-refusals')).toContainText(
    'Il file «grande.pdf» supera il limite di 3 MB per allegato.',
  );

  const files = [
    { name: 'relazione è così.pdf', buffer: pdf(2 * MB, 7) },
    { name: 'quietanza.pdf', buffer: pdf(300_000, 11) },
    { name: '../../x.pdf', buffer: pdf(40_000, 13) },
  ];
  await choose(
    page,
    input,
    files.map((f) => ({ ...f, mimeType: 'application/pdf' })),
  );
  const list = page.getByTestId('allegati');
  await expect(list.locator('li')).toHaveCount(3);
  await expect(list).toContainText('relazione è così.pdf');
  await expect(list.locator('li').nth(2)).toHaveText(/^x\.pdf/);
  // Sizes under 1 MB in KB, not "(0,0 MB)".
  await expect(list.locator('li').nth(1)).toContainText('quietanza.pdf (293 KB)');
  await expect(list.locator('li').nth(2)).toContainText('x.pdf (39 KB)');

  await choose(page, input, { name: 'quarto.pdf', mimeType: 'application/pdf', buffer: pdf(1000, 5) });
  await expect(page.getByTestId('allegati-refusals')).toContainText(
    'Si possono allegare al massimo 3 file: «quarto.pdf» non è stato aggiunto.',
  );
  // The refusal sits below the help text, not over it.
  const help = await page.getByText(/Al massimo 3 file, 3 MB ciascuno/).boundingBox();
  const refusal = await page.getByTestId('allegati-refusals').boundingBox();
  expect(refusal!.y).toBeGreaterThanOrEqual(help!.y + help!.height);
  await expect(list.locator('li')).toHaveCount(3);

  await page.getByRole('button', { name: 'Invia quesito' }).click();
  const sent = page.getByText(/Quesito protocollato con il n\. (\S+) del \d\d\/\d\d\/\d{4}/);
  await expect(sent).toBeVisible({ timeout: 30_000 });
  const protocollo = /n\. (\S+) del/.exec((await sent.textContent()) ?? '')?.[1] ?? '';
  const quesito = (await operator.list()).find((q) => q.protocollo === protocollo);
  expect(quesito, 'the sandbox has the quesito').toBeDefined();
  const quesitoId = quesito!.id;

  // The ZIP as the INPS side stored it: a standard unzip opens it, the files are the same bytes.
  const zipPath = join(sandbox.dataDir, 'quesiti', `${quesitoId}.zip`);
  expect(execFileSync('unzip', ['-t', zipPath]).toString()).toContain('No errors detected');
  const out = mkdtempSync(join(tmpdir(), 'quesito-zip-'));
  execFileSync('unzip', ['-q', zipPath, '-d', out]);
  for (const [name, file] of [
    ['relazione è così.pdf', files[0]!],
    ['quietanza.pdf', files[1]!],
    ['x.pdf', files[2]!],
  ] as const) {
    expect(readFileSync(join(out, name)).equals(file.buffer), name).toBe(true);
  }

  // History and detail: aperta, then each step of the operator shows up by itself.
  await page.getByRole('link', { name: 'Quesiti e appuntamenti' }).first().click();
  await expect(shell(page).heading).toHaveText('Quesiti e appuntamenti');
  await page.getByRole('button', { name: `Apri ${protocollo}` }).click();
  const detail = page.getByTestId('quesito-detail');
  await expect(detail).toContainText('Aperta');
  await expect(page.getByTestId('quesito-allegati')).toContainText('relazione è così.pdf');
  // The attachments come back from INPS as the ZIP that was sent, saved through the host.
  const zip = await saved(page, () => detail.getByRole('button', { name: 'Scarica allegati (ZIP)' }).click());
  expect(zip.download.suggestedFilename()).toBe(`Allegati_${protocollo}.zip`);
  const unzipped = unzipSync(zip.bytes);
  expect(Object.keys(unzipped).sort()).toEqual(['quietanza.pdf', 'relazione è così.pdf', 'x.pdf']);
  await expect(detail).toContainText('Agenda appuntamenti');
  await expect(detail).toContainText('non risponde entro 5 giorni lavorativi');
  await expectAccessible(page, 'Quesiti e dettaglio');

  await operator.act(quesitoId, { azione: 'presa-in-carico', commento: 'Verifica in corso presso la sede.' });
  // Main watches the quesiti every 10 s and tells the renderer.
  await expect(page.getByTestId('quesiti-notices')).toContainText(
    `Il quesito n. ${protocollo} è ora «In carico».`,
    { timeout: 25_000 },
  );
  const timeline = page.getByTestId('quesito-timeline');
  await expect(timeline).toContainText('In carico – Operatore INPS: Verifica in corso presso la sede.');
  await operator.act(quesitoId, { azione: 'commento', commento: 'Manca la quietanza di ottobre.' });
  await expect(timeline).toContainText('Manca la quietanza di ottobre.', { timeout: 15_000 });
  // The closing is told on whatever screen the user is on, not only on the history.
  await shell(page).navLink('Nuovo quesito').click();
  await expect(shell(page).heading).toHaveText('Nuovo quesito alla sede INPS');
  await operator.act(quesitoId, {
    azione: 'chiusura',
    esito: 'non_accolta',
    commento: 'Versamento non trovato.',
  });
  await expect(page.getByRole('status').filter({ hasText: 'è ora «Chiusa»' })).toContainText(
    `Il quesito n. ${protocollo} è ora «Chiusa» (esito: Non accolta).`,
    { timeout: 25_000 },
  );
  await page.getByRole('link', { name: 'Quesiti e appuntamenti' }).first().click();
  await page.getByRole('button', { name: `Apri ${protocollo}` }).click();
  await expect(detail).toContainText('Esito: Non accolta');
  await expect(timeline).toContainText('Chiusa – Operatore INPS: Versamento non trovato.');

  // Non accolta opens the Agenda.
  await expect(detail).toContainText('L’esito è «non accolta»: può prenotare un appuntamento');
  await detail.getByRole('button', { name: 'Mostra gli orari disponibili' }).click();
  await detail.getByRole('button', { name: 'Prenota' }).click();
  await expect(page.getByTestId('appuntamento')).toContainText(
    /Appuntamento prenotato: \d\d\/\d\d\/\d{4} ore/,
  );
  await expectAccessible(page, 'Dettaglio con appuntamento');

  // Instant Feedback after the service.
  // bootstrap-italia draws the radio under its label: the user clicks the label.
  await detail.locator('label', { hasText: /^4$/ }).click();
  await expect(detail.getByLabel('4')).toBeChecked();
  await detail.getByRole('button', { name: 'Invia valutazione' }).click();
  await expect(detail).toContainText('Grazie: la valutazione è stata registrata.');

  // The history search finds it by each criterion, and not by a wrong one.
  const rows = page.getByTestId('quesiti-table').locator('tbody tr');
  const today = new Date().toISOString().slice(0, 10);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const count = page.getByText(/^\d+ quesit[oi] trovat[oi]$/);
  const expectFound = async (n: number) => {
    await expect(count).toHaveText(n === 1 ? '1 quesito trovato' : `${n} quesiti trovati`);
  };
  const matricola = page.getByLabel('Matricola (posizione) o ente');
  await matricola.fill(posizioneId('comune-borgo'));
  await expectFound(1);
  await expect(rows.first()).toContainText(protocollo);
  await matricola.fill('Roccafredda');
  await expectFound(0);
  await matricola.fill('');
  await page.getByLabel('Oggetto').selectOption({ label: 'Note di debito' });
  await expectFound(0);
  await page.getByLabel('Oggetto').selectOption({ label: 'Pagamenti' });
  await expectFound(1);
  await page.getByLabel('Stato').selectOption({ label: 'Aperta' });
  await expectFound(0);
  await page.getByLabel('Stato').selectOption({ label: 'Chiusa' });
  await expectFound(1);
  await page.getByLabel('Aperti dal').fill(itDate(tomorrow));
  await expectFound(0);
  await page.getByLabel('Aperti dal').fill(itDate(today));
  await page.getByLabel('Aperti fino al').fill(itDate(today));
  await expectFound(1);
  await page.getByLabel('Aggiornati fino al').fill(itDate(yesterday));
  await expectFound(0);
  await page.getByLabel('Aggiornati dal').fill(itDate(today));
  await page.getByLabel('Aggiornati fino al').fill(itDate(today));
  await expectFound(1);
});

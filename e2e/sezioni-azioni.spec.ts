/**
 * The management actions of the Cassetto: contestazione of a regolarizzazione, calcolo sanzioni
 * on a nota ECA (worked example of shared/domain/sanzioni), invio tracciati checked, confirmed,
 * with its receipt (also as a PDF);
 * and a persona without delega who cannot reach any section, in the UI or at the API.
 */
import { createHash } from 'node:crypto';
import { SEZIONI, termineContestazione } from '../shared/domain/sezioni';
import { formatData } from '../shared/text/formatIt';
import { posizioneId } from '../sandbox';
import { seedPosizione } from '../sandbox/seed/enti';
import { generateNoteDebito, generateNoteDebitoEca } from '../sandbox/seed/sezioni';
import { apiGet, apiPost, loginHeadless } from '../sandbox/testing';
import { expectPdfText } from '../src-main/pdfText.test-support';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { download, openSection, signInToPosizione } from './pages/sezioni';
import { signInToRicerca, spid } from './pages/open';
import { expectConfirmation } from './pages/confirm';
import { choose } from './pages/files';
import { shell } from './pages/shell';
import { itDate } from './pages/dates';

const posizione = seedPosizione('comune-borgo');

test('contestazione, calcolo sanzioni and invio tracciati change what the operator sees', async ({
  page,
  sandbox,
  sandboxClock,
}) => {
  test.slow();
  await signInToPosizione(page, spid('delegato-comune'), posizione.denominazione);

  // Contestazione: the nota goes from notificata to contestata.
  const nota = generateNoteDebito(posizione, sandbox.oggiSeed).find(
    (n) => n.tipo === 'regolarizzazione contributiva' && n.stato === 'notificata',
  )!;
  await openSection(page, 'Note di Debito', 'Note di Debito');
  await page.getByLabel('Cerca nel testo').fill(nota.numero);
  const row = page.locator(`[data-row-id="${nota.id}"]`);
  await expect(row).toContainText('notificata');
  await row.getByRole('button').click();
  await expect(page.getByTestId('detail-lavoratori')).toContainText(nota.lavoratori[0]!.codiceFiscale);
  // The sandbox runs on the real clock and dates its note relative to it: within the 90 days.
  await expect(page.getByTestId('contestazione-termine')).toContainText(
    `Termine per contestare: ${formatData(termineContestazione(nota.dataEmissione))}`,
  );
  await page.getByLabel('Contributo da considerare (€)').fill('1.000,00');
  await page
    .getByLabel('Motivazione')
    .fill('Contributo già versato con V1 causale 5 di marzo, prova inviata per PEC');
  await choose(page, page.getByLabel('Allegati (al massimo 3)'), {
    name: 'ricevuta-pec.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 prova'),
  });
  await page.getByRole('button', { name: 'Invia contestazione' }).click();
  await expect(page.getByText(/Contestazione CT-.* registrata/)).toContainText(
    `la nota è ora «contestata». Per il lavoratore ${nota.lavoratori[0]!.codiceFiscale} resta 1 contestazione.`,
  );
  await expect(row).toContainText('contestata');
  // The form closed and forgot what was sent: a second click cannot send it again.
  await expect(page.getByRole('button', { name: 'Invia contestazione' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Presenta un’altra contestazione' }).click();
  await expect(page.getByLabel('Motivazione')).toHaveValue('');
  await expect(page.getByLabel('Contributo da considerare (€)')).toHaveValue('');
  await expect(page.getByTestId('detail-lavoratori')).toContainText('1');
  await expectAccessible(page, 'Note di Debito – contestazione');

  // The day after the term, as the INPS counts it: the form stays in view, closed, with the reason.
  const giornoDopo = new Date(`${termineContestazione(nota.dataEmissione)}T12:00:00Z`);
  giornoDopo.setUTCDate(giornoDopo.getUTCDate() + 1);
  sandboxClock.set(giornoDopo);
  try {
    await openSection(page, 'Note di Debito ECA', 'Note di Debito ECA');
    await openSection(page, 'Note di Debito', 'Note di Debito');
    await page.getByLabel('Cerca nel testo').fill(nota.numero);
    await row.getByRole('button').click();
    await expect(page.getByTestId('contestazione-scaduta')).toContainText(
      `scaduto il ${formatData(termineContestazione(nota.dataEmissione))} (90 giorni dalla notifica del ${formatData(nota.dataEmissione)})`,
    );
    await expect(page.getByRole('button', { name: 'Invia contestazione' })).toBeDisabled();
    await expect(page.getByLabel('Motivazione')).toBeDisabled();
    await expectAccessible(page, 'Note di Debito – termine scaduto');
  } finally {
    sandboxClock.reset();
  }

  // Calcolo sanzioni on a nota ECA, with the worked example of the unit tests (138,97).
  const eca = generateNoteDebitoEca(posizione, sandbox.oggiSeed)[0]!;
  await openSection(page, 'Note di Debito ECA', 'Note di Debito ECA');
  await page.getByLabel('Cerca nel testo').fill(eca.numero);
  await page.locator(`[data-row-id="${eca.id}"]`).getByRole('button').click();
  await expect(page.getByLabel('Scadenza di legge')).toHaveValue(itDate(eca.scadenza));
  await page.getByLabel('Contributi non versati (€)').fill('10.000,00');
  await page.getByLabel('Scadenza di legge').fill('16/01/2025');
  await page.getByLabel('Data del pagamento').fill('17/03/2025');
  await page.getByRole('button', { name: 'Calcola' }).click();
  const result = page.getByTestId('sanzioni-result');
  await expect(result).toContainText('Sanzione civile: € 138,97');
  await expect(result).toContainText('TUR + 5,5');
  await expect(page.getByTestId('sanzioni-segments').locator('tbody tr')).toHaveCount(3);
  // bootstrap-italia draws the checkbox on its label: a user clicks the label.
  await page.getByText('Pagamento o denuncia spontanei, prima di contestazioni INPS').click();
  await expect(page.getByLabel('Pagamento o denuncia spontanei, prima di contestazioni INPS')).toBeChecked();
  await page.getByRole('button', { name: 'Calcola' }).click();
  await expect(result).toContainText('Sanzione civile: € 0,00');
  await expectAccessible(page, 'Note di Debito ECA – sanzioni');

  // Invio tracciati: a file that is not a tracciato is explained and not sent; a valid one is
  // confirmed, then a receipt with protocollo, date and the file's SHA-256, also as a PDF.
  await openSection(page, 'Invio tracciati', 'Invio tracciati');
  await expect(page.getByText('Nessun tracciato inviato per questa posizione.')).toBeVisible();
  const chooser = page.getByLabel('File da inviare');
  await choose(page, chooser, {
    name: 'appunti.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('sedici caratteri'),
  });
  await page.getByRole('button', { name: 'Invia tracciato' }).click();
  await expect(page.getByTestId('tracciato-errore')).toContainText(
    'Il file «appunti.txt» non può essere inviato. Il primo record è lungo 16 caratteri',
  );
  await expect(page.getByTestId('tracciato-confirm')).toHaveCount(0);
  await expectAccessible(page, 'Tracciato rifiutato');
  const content = Buffer.from(`0${posizione.codiceFiscaleEnte}${'0'.repeat(108)}\n${'1'.repeat(120)}\n`);
  await choose(page, chooser, { name: 'tracciato-38-2000.txt', mimeType: 'text/plain', buffer: content });
  await page.getByRole('button', { name: 'Invia tracciato' }).click();
  const confirmTracciato = await expectConfirmation(
    page,
    'Conferma invio del tracciato',
    '«tracciato-38-2000.txt» (2 record di 120 caratteri)',
  );
  await confirmTracciato.send.click();
  const receipt = page.getByTestId('tracciato-ricevuta');
  await expect(receipt).toContainText(/INPS\.GDP\.\d{4}\.\d{7}/);
  const sha256 = createHash('sha256').update(content).digest('hex');
  await expect(receipt).toContainText(sha256);
  await expect(receipt).toContainText('acquisito');
  // The choice is cleared: nothing left to send twice.
  await expect(page.getByLabel('File da inviare')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Invia tracciato' })).toBeDisabled();
  await expect(page.getByTestId('tracciati-table').locator('tbody tr')).toHaveCount(1);
  const protocollo = /INPS\.GDP\.\d{4}\.\d{7}/.exec((await receipt.textContent()) ?? '')?.[0] ?? '';
  const pdf = await download(page, 'Scarica ricevuta (PDF)');
  await expectPdfText(pdf.bytes, [
    'Ricevuta di invio tracciato',
    protocollo,
    sha256,
    'tracciato-38-2000.txt',
  ]);
  await expectAccessible(page, 'Invio tracciati');
});

test('a persona without delega on the posizione reaches none of its sections', async ({
  app,
  page,
  sandbox,
}) => {
  // The intermediario holds deleghe on other enti, not on the Comune di Borgo San Vitale.
  await signInToRicerca(page, spid('intermediario'));
  await expect(page.getByTestId('ricerca-table')).not.toContainText('Borgo San Vitale');
  for (const route of ['versamenti', 'note-debito', 'fascicolo', 'tracciati']) {
    await page.goto(`${app.origin}/#/${route}`);
    await expect(shell(page).heading).toHaveText('Ricerca posizioni contributive');
    await expect(page.getByTestId('sezione-table')).toHaveCount(0);
  }
  const login = await loginHeadless(sandbox, { persona: 'intermediario', method: 'spid', level: 2 });
  const id = posizioneId('comune-borgo');
  for (const sezione of SEZIONI) {
    expect(
      (await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/${sezione}`, login.accessToken)).status,
    ).toBe(403);
  }
  for (const action of ['contestazioni', 'tracciati']) {
    expect(
      (await apiPost(sandbox.apiBaseUrl, `/v1/posizioni/${id}/${action}`, {}, login.accessToken)).status,
    ).toBe(403);
  }
});

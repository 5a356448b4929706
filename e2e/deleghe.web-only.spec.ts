/**
 * The intermediario's journey (issue #6): the delega form refuses bad codici fiscali on their
 * fields, the PDF to sign downloads and is a sound PDF with the data, the request goes to the
 * sandbox, the OTP arrives by SMTP in the ente's PEC box, a wrong OTP is refused, the right one
 * activates, the posizione joins the Ricerca, and the OTP cannot be used twice.
 * Blocking after too many attempts is in sandbox/integration/deleghe.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { posizioneId } from '../sandbox';
import { expectAccessible } from './support/axe';
import { expectVisibleInputs } from './support/inputs';
import { expect, test } from './support/fixtures';
import { DELEGA_REQUEST, openNewDelegaRequest, readOtp } from './pages/deleghe';
import { expectPdfText } from '../src-main/pdfText.test-support';
import { shell } from './pages/shell';

const fixture = DELEGA_REQUEST;

test('an intermediario requests a delega, downloads the PDF, activates it by OTP and finds the posizione in Ricerca', async ({
  page,
  sandbox,
}) => {
  test.slow();
  const screen = await openNewDelegaRequest(page);
  // Prefilled from the session.
  await expect(screen.field('intermediario.codiceFiscale')).toHaveValue(fixture.intermediario.codiceFiscale);

  // Sent empty: every field says in Italian what it needs, none says "Invalid input".
  await screen.submit.click();
  await expect(screen.fieldError('ente.denominazione')).toHaveText("Inserisca la denominazione dell'ente.");
  await expect(screen.fieldError('ente.progressivo')).toHaveText(
    'Inserisca il progressivo della posizione (5 cifre, es. 00001).',
  );
  await expect(page.locator('main')).not.toContainText(/Invalid|expected|received/);

  await screen.fill(fixture, {
    'ente.codiceFiscale': '02246800343', // wrong check digit
    'legaleRappresentante.codiceFiscale': 'RNLMRC67E14G337X', // wrong check character
  });
  await screen.submit.click();
  await expect(screen.fieldError('ente.codiceFiscale')).toContainText('cifra di controllo');
  await expect(screen.fieldError('legaleRappresentante.codiceFiscale')).toContainText(
    'carattere di controllo',
  );
  await expect(screen.field('ente.codiceFiscale')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'Deleghe – modulo con errori');
  await expectVisibleInputs(page.locator('form[aria-labelledby="delega-form-title"]'), 'Deleghe – modulo');

  await screen.field('ente.codiceFiscale').fill(fixture.ente.codiceFiscale);
  await screen.field('legaleRappresentante.codiceFiscale').fill(fixture.legaleRappresentante.codiceFiscale);

  const downloading = page.waitForEvent('download');
  await screen.downloadPdf.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('delega-bozza-02246800342-00001.pdf');
  const file = await download.path();
  await expectPdfText(file, [
    "D'Annunzio Bellò",
    'Niccolò',
    'Azienda Sanitaria Locale Pianura Emiliana',
    '02246800342-00001',
    'RMNFNC75B49H223F',
    'Forlì',
    'cinque anni successivi',
  ]);
  expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');

  await screen.submit.click();
  const notice = page.getByText(/Richiesta DLG-\d{4}-\d{6} inoltrata/);
  await expect(notice).toBeVisible();
  const numero = /DLG-\d{4}-\d{6}/.exec((await notice.textContent()) ?? '')?.[0] ?? '';
  expect(numero).not.toBe('');
  await expect(screen.row(numero).getByTestId('stato')).toHaveText('Richiesta (in attesa di OTP)');

  // Once the request exists, the paper to sign carries its number, the identity document and stamp boxes.
  const signing = page.waitForEvent('download');
  await page.getByRole('button', { name: `Scarica la delega ${numero} da firmare (PDF)` }).click();
  const signed = await expectPdfText(await (await signing).path(), [
    `Numero richiesta: ${numero}`,
    'Documento di identità del legale rappresentante',
    'Rilasciato da',
    "Timbro dell'ente",
  ]);
  expect(signed).not.toContain('BOZZA');

  const otp = await readOtp(sandbox, fixture.ente.pec, fixture.ente.codiceFiscale);
  await screen.otp.fill(otp === '00000000' ? '11111111' : '00000000');
  // bootstrap-italia draws the box on the label: a user clicks the label.
  await screen.declarationLabel.click();
  await expect(screen.declaration).toBeChecked();
  await screen.activate.click();
  await expect(page.getByRole('alert').filter({ hasText: 'OTP errato' })).toContainText(
    'restano 2 tentativi',
  );
  await expectAccessible(page, 'Deleghe – attivazione con OTP');
  await expectVisibleInputs(page.locator('main'), 'Deleghe – attivazione con OTP');

  await screen.otp.fill(otp);
  await screen.activate.click();
  await expect(page.getByText(`Delega ${numero} attiva`)).toBeVisible();
  await expect(screen.row(numero).getByTestId('stato')).toHaveText('Attiva');
  await expect(screen.row(numero)).toContainText('30/11/2033');

  // The same OTP again: refused by the sandbox.
  await screen.activate.click();
  await expect(page.getByRole('alert').filter({ hasText: 'già stato utilizzato' })).toBeVisible();

  const aslRow = page.locator(
    `[data-testid="ricerca-table"] tr[data-posizione="${posizioneId('asl-pianura')}"]`,
  );
  await shell(page).navLink('Ricerca').click();
  await expect(aslRow).toBeVisible();

  // Revoked, the posizione leaves the Ricerca (and the worker's sandbox is as the seed left it).
  await shell(page).navLink('Deleghe').click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Revoca la delega ${numero}` }).click();
  // Carried out once the seconds for "Annulla" have passed.
  await expect(screen.row(numero).getByTestId('stato')).toHaveText('Revocata', { timeout: 20_000 });
  await shell(page).navLink('Ricerca').click();
  await expect(page.getByTestId('ricerca-table')).toBeVisible();
  await expect(aslRow).toHaveCount(0);
});

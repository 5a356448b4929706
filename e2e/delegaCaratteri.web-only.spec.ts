/**
 * Issue 13 from the form: a surname in a script the PDF font lacks and an over-long PEC are
 * refused on their fields, in Italian, naming what is wrong; nothing typed is lost; once
 * corrected, an accent typed as a combining mark reaches the PDF as the accented letter.
 */
import { expect, test } from './support/fixtures';
import { DELEGA_REQUEST, openNewDelegaRequest } from './pages/deleghe';
import { expectPdfText } from '../src-main/pdfText.test-support';

const fixture = DELEGA_REQUEST;

test('the delega form refuses characters the PDF cannot print and over-long PECs on their fields', async ({
  page,
}) => {
  test.slow();
  const screen = await openNewDelegaRequest(page);

  const longPec = `${'p'.repeat(300)}@pec.example.it`;
  await screen.fill(fixture, {
    'ente.pec': longPec,
    'legaleRappresentante.nome': 'Nicolo\u0300',
    'legaleRappresentante.cognome': '王',
  });

  await screen.downloadPdf.click();
  await expect(screen.fieldError('legaleRappresentante.cognome')).toContainText(
    'Il cognome contiene caratteri non ammessi: «王» (U+738B). Sono ammessi lettere latine (anche accentate), apostrofo, trattino e spazio.',
  );
  await expect(screen.fieldError('ente.pec')).toHaveText("L'indirizzo PEC supera i 254 caratteri.");
  await expect(screen.field('legaleRappresentante.cognome')).toHaveAttribute('aria-invalid', 'true');
  // What was typed stays in the fields.
  await expect(screen.field('ente.pec')).toHaveValue(longPec);
  await expect(screen.field('legaleRappresentante.cognome')).toHaveValue('王');

  await screen.field('legaleRappresentante.cognome').fill('Wang');
  await screen.field('ente.pec').fill(fixture.ente.pec);
  const downloading = page.waitForEvent('download');
  await screen.downloadPdf.click();
  const file = await (await downloading).path();
  await expectPdfText(file, ['Nicolò', 'Wang', fixture.ente.pec]);
});

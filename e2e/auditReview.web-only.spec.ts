import type { Page } from '@playwright/test';
import { seedPosizione } from '../sandbox/seed/enti';
import { unseededMonth } from '../sandbox/seed/frame';
import type { Denuncia } from '../shared/domain/listapospa/model';
import { sampleCfPersona, sampleD0 } from '../shared/domain/listapospa/sample';
import { expectPdfText } from '../src-main/pdfText.test-support';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { confirmation } from './pages/confirm';
import { printed, saved } from './pages/files';
import { d0, denunciaFile, field } from './pages/listapospa';
import { openListaPosPA } from './pages/open';
import { shell } from './pages/shell';
import { itMonth } from './pages/dates';

/**
 * Sending a month's ListaPosPA passes through the review against the month INPS received last
 * (workers added and ceased, imponibile beyond the threshold, totals per gestione; each worker
 * opens in the editor; the review prints), and every step lands in the Registro delle
 * operazioni, which filters, tells the chain is intact and exports to CSV.
 */

// Not Roccafredda: listapospa.web-only.spec.ts sends for it, in the same worker's sandbox.
const unione = seedPosizione('unione-bassa');

/** Three workers of the Unione, sent by the Unione itself. */
const unioneFile = (annoMese: string, change?: (denuncia: Denuncia) => void) =>
  denunciaFile(unione, annoMese, 3, (denuncia) => {
    denuncia.datiMittente.cfMittente = unione.codiceFiscaleEnte;
    change?.(denuncia);
  });

async function importFile(page: Page, file: string, mese: string) {
  await page.getByLabel('Importa un file XML ListaPosPA').setInputFiles(file);
  await expect(page.getByTestId('lp-message')).toContainText(`Importata la bozza ${mese}`);
}

test('review before sending against the last denuncia sent, then the audit log of it all', async ({
  page,
  sandbox,
}) => {
  test.slow();
  // Two months with no seeded denuncia (the seed ends the month before the sandbox's today), so
  // the first send replaces nothing: called January and February below.
  const [gennaio, febbraio] = [unseededMonth(sandbox.oggiSeed), unseededMonth(sandbox.oggiSeed, 1)] as [
    string,
    string,
  ];
  await openListaPosPA(page, 'Unione dei Comuni della Bassa Est');

  // January: nothing before it to compare with; sent.
  await importFile(page, unioneFile(gennaio), itMonth(gennaio));
  await page.getByRole('button', { name: `Apri la bozza ${itMonth(gennaio)}` }).click();
  await page.getByRole('button', { name: 'Invia all’INPS' }).click();
  const review = page.getByTestId('lp-review');
  await expect(review.getByTestId('lpr-basis')).toHaveText(
    'Non c’è una denuncia inviata né una bozza di un mese precedente da confrontare.',
  );
  await review.getByRole('button', { name: 'Prosegui con l’invio' }).click();
  await confirmation(page, 'Conferma invio').send.click();
  await expect(page.getByTestId('lp-esito')).toContainText('esito «acquisita»', { timeout: 15_000 });

  // February: worker 1 gone, worker 7 new, worker 0 paid 30% more.
  await page.getByRole('button', { name: 'Torna alle bozze' }).click();
  const february = unioneFile(febbraio, (denuncia) => {
    const workers = denuncia.azienda.listaPosPA.posPA[0]!.d0;
    workers.splice(1, 1);
    workers.push(sampleD0(7, febbraio));
    const gestioni = workers[0]!.e0[0]!.gestioni;
    gestioni.pensionistica = { codGestione: '2', imponibile: '2600.00', contributo: '848.90' };
    gestioni.previdenziale = { codGestione: '6', tipo: 'TFS', imponibile: '2080.00', contributo: '126.88' };
    gestioni.credito = { codGestione: '9', imponibile: '2600.00', contributo: '9.10' };
  });
  await importFile(page, february, itMonth(febbraio));
  await page.getByRole('button', { name: `Apri la bozza ${itMonth(febbraio)}` }).click();
  await page.getByRole('button', { name: 'Invia all’INPS' }).click();
  await expect(review.getByTestId('lpr-basis')).toContainText(
    `Confronto con la denuncia di ${itMonth(gennaio)} inviata all’INPS il`,
  );
  await expect(review.getByTestId('lpr-summary')).toContainText(
    'Lavoratori: 3 nel mese precedente, 3 in questa denuncia. 1 nuovo, 1 cessato, 1 con variazioni (imponibile oltre il 20%).',
  );
  await expect(review.getByTestId('lpr-added')).toContainText(sampleCfPersona(7));
  await expect(review.getByTestId('lpr-ceased')).toContainText(sampleCfPersona(1));
  const changed = review.getByTestId('lpr-changed');
  await expect(changed).toContainText('Imponibile pensionistico');
  await expect(changed).toContainText('2.600,00');
  await expect(changed).toContainText('+30,0%');
  await expect(review.getByTestId('lpr-totals')).toContainText('2 – CPDEL');
  await expectAccessible(page, 'Confronto con il mese precedente');

  // The new worker opens in the editor.
  await review
    .getByTestId('lpr-added')
    .getByRole('button', { name: /COGNOME7 NOME7/ })
    .click();
  await expect(field(page, `${d0(2)}.cfLavoratore`)).toHaveValue(sampleCfPersona(7));
  await expect(field(page, `${d0(2)}.cfLavoratore`)).toBeFocused();

  // The review as a PDF.
  const pdf = await printed(page, () => review.getByRole('button', { name: 'Stampa il confronto' }).click());
  await expectPdfText(pdf, [
    'Confronto con il mese precedente',
    sampleCfPersona(7),
    'Totali per gestione',
    '2 – CPDEL',
  ]);

  // Then on to the confirmation, which is declined.
  await review.getByRole('button', { name: 'Prosegui con l’invio' }).click();
  const confirm = confirmation(page, 'Conferma invio');
  await expect(confirm.dialog).toContainText(`${itMonth(febbraio)} con 3 lavoratori`);
  await confirm.cancel.click();

  // The Registro delle operazioni: all of it, newest first, the chain intact.
  await shell(page).navLink('Registro delle operazioni').click();
  await expect(shell(page).heading).toHaveText('Registro delle operazioni');
  await expect(page.getByTestId('audit-chain')).toContainText('Catena integra: 5 voci');
  const rows = page.getByTestId('audit-table').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0)).toContainText('Esportazione');
  await expect(rows.nth(0)).toContainText(`confronto ListaPosPA: confronto-listapospa-${febbraio}.pdf`);
  await expect(rows.nth(1)).toContainText('ListaPosPA: importazione');
  // The ente by its name and the month as the operator writes it, not the codes the log keeps.
  await expect(rows.nth(1)).toContainText(`${unione.denominazione} (`);
  await expect(rows.nth(1)).toContainText(`mese ${itMonth(febbraio)}`);
  await expect(rows.nth(2)).toContainText('ListaPosPA: invio all’INPS');
  await expect(rows.nth(4)).toContainText('Accesso');
  await expect(rows.nth(4)).toContainText('SPID livello 3');
  await expectAccessible(page, 'Registro delle operazioni');

  await page.getByLabel('Operazione').selectOption({ label: 'ListaPosPA: invio all’INPS' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Riuscita');
  await expect(rows.first()).toContainText('protocollo');
  await page.getByLabel('Esito').selectOption({ label: 'Con errore' });
  await expect(page.getByText('Nessuna voce corrisponde ai filtri.')).toBeVisible();
  await page.getByLabel('Esito').selectOption({ label: 'Tutti' });

  const csv = await saved(page, () => page.getByRole('button', { name: 'Esporta in CSV' }).click());
  const content = csv.bytes.toString('utf8');
  expect(content).toContain('ListaPosPA: invio all’INPS');
  expect(content).toMatch(/;[0-9a-f]{64};[0-9a-f]{64}\r\n$/);
  expect(content.trim().split('\r\n')).toHaveLength(2);
});

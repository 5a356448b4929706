/**
 * What an INPS-portal user looks for (issue #14): "Nuovo quesito" on the Quesiti page, the PDF of
 * one nota di debito, and the errors of a DMA worker by worker with a jump that opens a variazione
 * on that worker, a draft started from the last ListaPosPA INPS received. Against the real
 * sandbox: its seeded denunce and note di debito, and a ListaPosPA sent to it.
 */
import { seedPosizione } from '../sandbox/seed/enti';
import { generateDenunce, generateNoteDebito } from '../sandbox/seed/sezioni';
import { apiPost } from '../sandbox/testing/apiGet';
import { loginHeadless } from '../sandbox/testing/headlessLogin';
import { sampleDenuncia } from '../shared/domain/listapospa/sample';
import { writeDenuncia } from '../shared/domain/listapospa/xmlWriter';
import { formatImporto } from '../shared/text/formatIt';
import { expectPdfText } from '../src-main/pdfText.test-support';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { itMonth } from './pages/dates';
import { d0, field } from './pages/listapospa';
import { download, openPosizione, openSection, signInToPosizione } from './pages/sezioni';
import { signIn } from './pages/session';
import { shell } from './pages/shell';
import { spid } from './pages/open';

const posizione = seedPosizione('comune-borgo');
const FIRST_D0_CF = `${d0(0)}.cfLavoratore`;

test('"Nuovo quesito" on the Quesiti page leads to the Ricerca, then to the form of the chosen posizione', async ({
  page,
}) => {
  await signIn(page, spid('legale-comune'));
  await shell(page).navLink('Quesiti e appuntamenti').click();
  await expect(shell(page).heading).toHaveText('Quesiti e appuntamenti');
  await expect(page.getByText('Scelga prima dalla Ricerca la posizione')).toBeVisible();
  await page.getByRole('link', { name: 'Nuovo quesito', exact: true }).click();
  await expect(
    page.getByRole('button', {
      name: `Apri la posizione contributiva ${posizione.denominazione}`,
      exact: true,
    }),
  ).toBeVisible();

  await openPosizione(page, posizione.denominazione);
  await shell(page).navLink('Quesiti e appuntamenti').click();
  await expect(page.getByText(`Per la posizione ${posizione.denominazione}.`)).toBeVisible();
  await expectAccessible(page, 'Quesiti con Nuovo quesito');
  await page.getByRole('main').getByRole('link', { name: 'Nuovo quesito', exact: true }).click();
  await expect(shell(page).heading).toHaveText('Nuovo quesito alla sede INPS');
});

test('one nota di debito saves as a PDF with its data and its workers', async ({ page, sandbox }) => {
  const nota = generateNoteDebito(posizione, sandbox.oggiSeed).find((n) => n.lavoratori.length > 0)!;
  await signInToPosizione(page, spid('legale-comune'), posizione.denominazione);
  await openSection(page, 'Note di Debito', 'Note di Debito');
  await page.getByLabel('Cerca nel testo').fill(nota.numero);
  await page.locator(`[data-row-id="${nota.id}"]`).getByRole('button').click();
  const pdf = await download(page, `PDF della nota di debito ${nota.numero}`);
  expect(pdf.download.suggestedFilename()).toBe(
    `nota-di-debito-${nota.numero.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf`,
  );
  await expectPdfText(pdf.bytes, [
    `Nota di debito ${nota.numero}`,
    formatImporto(nota.importo),
    ...nota.lavoratori.map((lavoratore) => lavoratore.codiceFiscale),
  ]);
});

test('the errors of a DMA, worker by worker, open a variazione on that worker', async ({ page, sandbox }) => {
  const denuncia = generateDenunce(posizione, sandbox.oggiSeed).find(
    (d) =>
      (d.esito === 'scartata' || d.esito === 'acquisita con errori') &&
      d.errori.some((e) => e.codiceFiscaleLavoratore !== ''),
  )!;
  const cf = denuncia.errori.find((e) => e.codiceFiscaleLavoratore !== '')!.codiceFiscaleLavoratore;
  await signInToPosizione(page, spid('legale-comune'), posizione.denominazione);
  await openSection(page, 'DMA / ListaPosPA', 'DMA / ListaPosPA');
  await page.getByLabel('Cerca nel testo').fill(denuncia.dataInvio.split('-').reverse().join('/'));
  await page.locator(`[data-row-id="${denuncia.id}"]`).getByRole('button').click();
  const worker = page.getByTestId('errori-per-lavoratore').locator(`[data-lavoratore="${cf}"]`);
  for (const errore of denuncia.errori.filter((e) => e.codiceFiscaleLavoratore === cf))
    await expect(worker).toContainText(errore.codice);
  await expectAccessible(page, 'DMA con errori per lavoratore');

  await worker.getByRole('button', { name: `Apri una variazione per ${cf}` }).click();
  await expect(shell(page).heading).toHaveText(`Denuncia ${itMonth(denuncia.mese)}`);
  await expect(shell(page).navLink('Compilazione ListaPosPA')).toHaveAttribute('aria-current', 'page');
  // The month's new draft is a variazione, open on that worker.
  await expect(field(page, 'azienda.listaPosPA.tipo')).toHaveValue('variazione');
  await expect(field(page, FIRST_D0_CF)).toHaveValue(cf);
});

test('a draft starts from the last ListaPosPA INPS received, carried to the month', async ({
  page,
  sandbox,
}) => {
  // The nidi, not the Comune's main posizione: sezioni.spec.ts counts that one's DMA, and the
  // specs of one Playwright worker share its sandbox.
  const nidi = seedPosizione('comune-borgo-nidi');
  // Sent to INPS from another computer of the office: only INPS has it.
  const sent = sampleDenuncia(3, '2026-03');
  sent.datiMittente.cfMittente = nidi.codiceFiscaleEnte;
  sent.azienda.cfAzienda = nidi.codiceFiscaleEnte;
  sent.azienda.listaPosPA.prgAzienda = nidi.progressivo;
  const { accessToken } = await loginHeadless(sandbox, {
    persona: 'legale-comune',
    method: 'spid',
    level: 2,
  });
  const answer = await apiPost(
    sandbox.apiBaseUrl,
    `/v1/posizioni/${nidi.codiceFiscaleEnte}-${nidi.progressivo}/dma`,
    { xml: writeDenuncia(sent) },
    accessToken,
  );
  expect(answer.status).toBe(201);

  await signInToPosizione(page, spid('legale-comune'), nidi.denominazione);
  await openSection(page, 'Compilazione ListaPosPA', 'Denunce mensili ListaPosPA');
  await page.getByLabel('Mese di competenza (mm/aaaa)').fill('04/2026');
  await page.getByRole('button', { name: 'Dall’ultima denuncia inviata all’INPS' }).click();
  await expect(
    page.getByText('Creata la bozza 04/2026 con 3 quadri D0 dalla denuncia di 03/2026'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Apri la bozza 04/2026' }).click();
  const first = sent.azienda.listaPosPA.posPA[0]!.d0[0]!;
  await expect(field(page, FIRST_D0_CF)).toHaveValue(first.cfLavoratore);
  await expect(field(page, 'azienda.listaPosPA.tipo')).toHaveValue('ordinario');
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seedPosizione } from '../sandbox/seed/enti';
import { unseededMonth } from '../sandbox/seed/frame';
import { fieldId } from '../shared/domain/listapospa/fieldId';
import { sampleCfPersona } from '../shared/domain/listapospa/sample';
import { expectPdfText } from '../src-main/pdfText.test-support';
import { expectAccessible } from './support/axe';
import { expectVisibleInputs } from './support/inputs';
import { expect, test } from './support/fixtures';
import { download as downloadFrom } from './pages/sezioni';
import { confirmation, expectConfirmation } from './pages/confirm';
import { d0, denunciaFile, field, fieldErrors } from './pages/listapospa';
import { openListaPosPA } from './pages/open';
import { shell } from './pages/shell';
import { itMonth } from './pages/dates';

/**
 * A month's ListaPosPA compiled by hand: two workers with E0 and a V1 (with EnteVersante,
 * part-time, E1 and F1), rules that fire and are fixed, one from the errors panel, the host killed mid-edit, export, import back, sent to INPS and
 * found in the DMA section; once sent, read-only with its receipt, and a second ordinario for the
 * month named before it replaces the first. A file of another ente is not imported.
 */

const roccafredda = seedPosizione('comune-roccafredda');

const XSD = new URL('../shared/domain/listapospa/ListaPosPA.ricostruito.xsd', import.meta.url).pathname;

async function addWorker(page: Page, index: number, cognome: string) {
  await page.getByRole('button', { name: 'Aggiungi lavoratore' }).click();
  await field(page, `${d0(index)}.cfLavoratore`).fill(sampleCfPersona(index + 10));
  await field(page, `${d0(index)}.cognome`).fill(cognome);
  await field(page, `${d0(index)}.nome`).fill('MARIA');
  await page.getByRole('button', { name: 'Aggiungi periodo E0' }).click();
  await field(page, `${d0(index)}.e0[0].gestioni.pensionistica.imponibile`).fill('2.000,00');
  // ImponibileTFS is 80% of the retribuzione utile: the labelled help turns 2.000,00 into 1.600,00,
  // and Calcola applies 6,10% to the imponibile as declared.
  await field(page, `${d0(index)}.e0[0].gestioni.previdenziale.retribuzioneUtile`).fill('2.000,00');
  await field(page, `${d0(index)}.e0[0].gestioni.previdenziale.retribuzioneUtile`).blur();
  await expect(field(page, `${d0(index)}.e0[0].gestioni.previdenziale.imponibile`)).toHaveValue('1.600,00');
  await page.getByRole('button', { name: 'Calcola i contributi' }).click();
  await expect(field(page, `${d0(index)}.e0[0].gestioni.pensionistica.contributo`)).toHaveValue('653,00');
  await expect(field(page, `${d0(index)}.e0[0].gestioni.previdenziale.contributo`)).toHaveValue('97,60');
}

test('compile, fix a rule, survive a kill, export, import back and send a ListaPosPA', async ({
  app,
  page,
  sandbox,
}) => {
  test.slow();
  // The sandbox's own month: the seeded denunce end the month before, so nothing is replaced.
  const mese = unseededMonth(sandbox.oggiSeed);
  const aamm = `${mese.slice(2, 4)}${mese.slice(5, 7)}`;
  await openListaPosPA(page);
  await expectAccessible(page, 'Bozze ListaPosPA');

  await page.getByLabel('Mese di competenza (mm/aaaa)').fill(itMonth(mese));
  await page.getByRole('button', { name: 'Nuova bozza vuota' }).click();
  await expect(shell(page).heading).toHaveText(`Denuncia ${itMonth(mese)}`);

  await addWorker(page, 0, 'ROSSI');
  await addWorker(page, 1, 'BIANCHI');
  await page.getByRole('button', { name: 'Aggiungi periodo V1' }).click();
  await field(page, `${d0(1)}.v1[0].gestioni.pensionistica.imponibile`).fill('100,00');
  await field(page, `${d0(1)}.v1[0].gestioni.pensionistica.contributo`).fill('32,65');
  await field(page, `${d0(1)}.v1[0].gestioni.previdenziale.imponibile`).fill('80,00');
  await field(page, `${d0(1)}.v1[0].gestioni.previdenziale.contributo`).fill('4,88');

  // Causale 7 wants a CodMotivoUtilizzo: the rule fires, inline and in the panel.
  await field(page, `${d0(1)}.v1[0].causaleVariazione`).selectOption('7');
  const errors = page.getByTestId('lp-errors');
  await expect(errors.locator('[data-code="CE004"]')).toContainText(
    'Con la causale 7 (conguaglio) va indicato il CodMotivoUtilizzo.',
  );
  await expect(fieldErrors(page, `${d0(1)}.v1[0].codMotivoUtilizzo`)).toContainText('CE004');
  await expectAccessible(page, 'Editor ListaPosPA');
  // Jump from the panel to the field, fix it by keyboard.
  await page.getByRole('listbox', { name: 'Lavoratori (quadri D0)' }).focus();
  await page.keyboard.press('ArrowUp');
  await errors.locator('[data-code="CE004"] button').click();
  await expect(field(page, `${d0(1)}.v1[0].codMotivoUtilizzo`)).toBeFocused();
  await field(page, `${d0(1)}.v1[0].codMotivoUtilizzo`).selectOption('3');
  await expect(errors.locator('[data-code="CE004"]')).toHaveCount(0);

  // The rest of the quadri: an EnteVersante row on the V1 (its totals must match the quadro's),
  // part-time, an E1 and an F1.
  const v1 = `${d0(1)}.v1[0]`;
  await page.getByRole('button', { name: 'Aggiungi EnteVersante' }).click();
  await expect(errors.locator('[data-code="00171I"]')).toContainText('deve essere uguale');
  await expect(fieldErrors(page, `${v1}.enteVersante`)).toContainText('00172I');
  await field(page, `${v1}.enteVersante[0].imponibile`).fill('100,00');
  await field(page, `${v1}.enteVersante[0].contributo`).fill('32,65');
  await expect(errors.locator('[data-code="00171I"], [data-code="00172I"]')).toHaveCount(0);
  await field(page, `${v1}.inquadramento.tipoImpiego`).selectOption('8');
  await expect(fieldErrors(page, `${v1}.inquadramento.partTimePA`)).toContainText('CE010');
  await field(page, `${v1}.inquadramento.partTimePA`).selectOption('P');
  await field(page, `${v1}.inquadramento.partTimePA.percPartTime`).fill('66,67');
  await page.getByRole('button', { name: 'Aggiungi quadro E1' }).click();
  // The new quadro takes the focus: the operator goes on typing.
  const codFondo = field(page, `${d0(1)}.e1[0].codFondo`);
  await expect(codFondo).toBeFocused();
  await expect(fieldErrors(page, `${d0(1)}.e1[0].codFondo`)).toContainText('CE040');
  await page.keyboard.type('2');
  await expect(errors.locator('[data-code="CE040"]')).toHaveCount(0);
  await field(page, `${d0(1)}.e1[0].contribLav`).fill('20,00');
  await page.getByRole('button', { name: 'Aggiungi quadro F1' }).click();
  await field(page, `${d0(1)}.f1[0].tipoPiano`).selectOption('12');
  await field(page, `${d0(1)}.f1[0].importo`).fill('150,00');
  await expectAccessible(page, 'Quadri E1, F1 ed EnteVersante');
  await expectVisibleInputs(page.getByTestId('lp-worker-fields'), 'Quadri del lavoratore');
  await expect(errors).toContainText('0 bloccanti');
  await expect(page.getByTestId('lp-totals')).toContainText('4.100,00');

  // Mid-edit: the autosave runs shortly after the last keystroke; then the host is killed.
  await page.getByTestId('lp-worker').filter({ hasText: 'ROSSI' }).click();
  await field(page, `${d0(0)}.nome`).fill('MARIA LUISA');
  await expect(page.getByTestId('lp-save-state')).toContainText('Salvata', { timeout: 5000 });
  await page.waitForTimeout(800);
  await app.restart();
  await openListaPosPA(page);
  await expect(page.getByTestId('lp-drafts').locator(`tr[data-mese="${mese}"]`)).toContainText('2');
  await page.getByRole('button', { name: `Apri la bozza ${itMonth(mese)}` }).click();
  await expect(page.getByTestId('lp-worker')).toHaveCount(2);
  await expect(field(page, `${d0(0)}.nome`)).toHaveValue('MARIA LUISA');

  // Export: a file that native xmllint accepts against the shipped XSD.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esporta XML' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`UNIEN${aamm}.xml`);
  const file = await download.path();
  expect(spawnSync('xmllint', ['--noout', '--schema', XSD, file]).status).toBe(0);
  const xml = readFileSync(file, 'utf8');
  expect(xml).toContain('<Nome>MARIA LUISA</Nome>');
  expect(xml).toMatch(
    /<EnteVersante>\s*<TipoContributo>1<\/TipoContributo>[\s\S]*<Imponibile>100,00<\/Imponibile>/,
  );
  expect(xml).toMatch(/<PartTimePA>\s*<TipoPartTime>P<\/TipoPartTime>\s*<PercPartTime>66670<\/PercPartTime>/);
  expect(xml).toMatch(
    /<E1_FondoPensioneCompl>[\s\S]*<CodFondo>2<\/CodFondo>[\s\S]*<ContribLav>20,00<\/ContribLav>/,
  );
  expect(xml).toMatch(/<F1_Ammortamento>[\s\S]*<TipoPiano>12<\/TipoPiano>[\s\S]*<Importo>150,00<\/Importo>/);

  // Import it back over the draft.
  await page.getByRole('button', { name: 'Torna alle bozze' }).click();
  await page.getByText('Sostituisci la bozza dello stesso mese, se esiste').click();
  await expect(page.getByLabel('Sostituisci la bozza dello stesso mese, se esiste')).toBeChecked();
  await page.getByLabel('Importa un file XML ListaPosPA').setInputFiles(file);
  await expect(page.getByTestId('lp-message')).toContainText(
    `Importata la bozza ${itMonth(mese)} con 2 quadri D0.`,
  );

  // Send it to INPS: a confirmation, then the esito, then the denuncia in the DMA section.
  await page.getByRole('button', { name: `Apri la bozza ${itMonth(mese)}` }).click();
  await page.getByRole('button', { name: 'Invia all’INPS' }).click();
  // The review against the previous month comes first (e2e/auditReview.web-only.spec.ts).
  await page.getByRole('button', { name: 'Prosegui con l’invio' }).click();
  const confirm = await expectConfirmation(page, 'Conferma invio', `${itMonth(mese)} con 2 lavoratori`);
  // A double click on the confirmation sends once (checked in the DMA below).
  await confirm.send.dblclick();
  const esito = page.getByTestId('lp-esito');
  await expect(esito).toContainText(`Denuncia di ${itMonth(mese)} inviata il`, { timeout: 15_000 });
  await expect(esito).toContainText('esito «acquisita» (2 lavoratori');
  await expectAccessible(page, 'Esito invio ListaPosPA');

  // Sent: read-only, its protocol on screen and in the receipt PDF.
  const sent = page.getByTestId('lp-sent');
  await expect(sent).toContainText('Bozza inviata all’INPS: sola lettura');
  await expect(sent).toContainText('esito «acquisita»');
  await expect(field(page, `${d0(0)}.nome`)).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Aggiungi lavoratore' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Invia all’INPS' })).toHaveCount(0);
  const receipt = await downloadFrom(page, 'Scarica ricevuta (PDF)');
  const receiptText = await expectPdfText(receipt.bytes, [
    'Ricevuta di invio ListaPosPA',
    `UNIEN${aamm}.xml`,
  ]);
  expect(receiptText).toMatch(/Impronta SHA-256 del file\s+[0-9a-f]{64}/);

  await esito.getByRole('link', { name: 'Vai alla sezione DMA' }).click();
  await expect(shell(page).heading).toHaveText('DMA / ListaPosPA');
  // A month after the seeded ones, so the new denuncia is the first row.
  const first = page.locator('[data-row-id]').first();
  await expect(first).toContainText(itMonth(mese));
  await expect(first).toContainText('acquisita');
  const sentMonth = page.getByText(itMonth(mese), { exact: true });
  await expect(page.locator('[data-row-id]').filter({ has: sentMonth })).toHaveCount(1);
  const protocollo = (await first.getAttribute('data-row-id')) ?? '';
  expect(receiptText).toContain(protocollo);
  await expect(sent).toHaveCount(0);

  // The Bozze list says the draft was sent, with esito and protocol.
  await shell(page).navLink('Compilazione ListaPosPA').click();
  await page.getByRole('button', { name: 'Torna alle bozze' }).click();
  const row = page.getByTestId('lp-drafts').locator(`tr[data-mese="${mese}"]`);
  await expect(row).toContainText(`acquisita – protocollo ${protocollo} del`);
  await expectAccessible(page, 'Bozze con lo stato dell’invio');
  await page.getByRole('button', { name: `Apri la bozza ${itMonth(mese)}` }).click();
  await expect(page.getByTestId('lp-sent')).toContainText(`protocollo ${protocollo}`);
  await expect(field(page, `${d0(0)}.cfLavoratore`)).toBeDisabled();
  await expectAccessible(page, 'Bozza inviata in sola lettura');

  // A change is a new draft; sent as a second ordinario it asks first, naming the acquired one.
  await page.getByRole('button', { name: 'Nuova bozza da questa' }).click();
  await expect(page.getByTestId('lp-derived')).toContainText(
    `Bozza creata dalla denuncia inviata ${protocollo}`,
  );
  await expect(field(page, `${d0(0)}.cfLavoratore`)).toBeEnabled();
  await page.getByRole('button', { name: 'Invia all’INPS' }).click();
  await page.getByRole('button', { name: 'Prosegui con l’invio' }).click();
  const again = confirmation(page, 'Conferma invio');
  await expect(again.dialog.getByTestId('lp-submit-replaces')).toContainText(
    `per ${itMonth(mese)} l’INPS ha già acquisito l’ordinario con protocollo ${protocollo}`,
  );
  await expect(
    again.dialog.getByRole('button', { name: `Sì, invia e sostituisci ${protocollo}` }),
  ).toBeVisible();
  await again.cancel.click();
  await expect(again.dialog).toHaveCount(0);
});

test('a ListaPosPA of another ente is not imported, and both codici fiscali are named', async ({ page }) => {
  await openListaPosPA(page);
  // The Comune di Borgo's: a posizione the intermediario does not hold.
  const file = denunciaFile(seedPosizione('comune-borgo'), '2026-05', 1);
  await page.getByLabel('Importa un file XML ListaPosPA').setInputFiles(file);
  const message = page.getByTestId('lp-message');
  await expect(message).toContainText('Il file è dell’ente con codice fiscale 82001450343');
  await expect(message).toContainText(
    `posizione aperta è dell’ente con codice fiscale ${roccafredda.codiceFiscaleEnte}`,
  );
  await expect(page.getByTestId('lp-drafts').locator('tr[data-mese="2026-05"]')).toHaveCount(0);
});

test('export is refused while the draft has blocking errors', async ({ page }) => {
  await openListaPosPA(page);
  await page.getByLabel('Mese di competenza (mm/aaaa)').fill('02/2026');
  await page.getByRole('button', { name: 'Nuova bozza vuota' }).click();
  // Empty: not "pronta per l'esportazione", and not sendable.
  const state = page.getByTestId('lp-state');
  await expect(state).toContainText('La denuncia non ha lavoratori');
  await expect(page.getByTestId('lp-errors')).toContainText('Nessun lavoratore nella denuncia.');
  await expect(page.getByTestId('lp-errors')).not.toContainText('pronta');
  await expect(page.getByRole('button', { name: 'Invia all’INPS' })).toBeDisabled();
  await page.getByRole('button', { name: 'Aggiungi lavoratore' }).click();
  await expect(page.getByRole('button', { name: 'Invia all’INPS' })).toBeDisabled();
  await expect(page.getByText(/^Invio non possibile: la denuncia ha \d+ errori? bloccanti?/)).toBeVisible();
  // After the full check: no green "Verificata" above blocking errors, and one count everywhere.
  await page.getByRole('button', { name: 'Verifica completa (XSD e regole)' }).click();
  await expect(page.getByTestId('lp-errors').locator('[data-code="XSD"]').first()).toBeVisible();
  await expect(state).toHaveClass(/alert-danger/);
  await expect(state).not.toContainText('Verificata');
  const counted = /La denuncia ha (\d+) errori? bloccanti?/.exec((await state.textContent()) ?? '')?.[1];
  await expect(page.locator('#lp-errors-title')).toContainText(`(${counted} bloccant`);
  await expect(page.getByTestId('lp-errors-list').locator('li .badge.bg-danger')).toHaveCount(
    Number(counted),
  );
  await expect(page.locator('#lp-submit-blocked')).toContainText(`la denuncia ha ${counted} error`);
  await page.getByRole('button', { name: 'Esporta XML' }).click();
  await expect(page.getByTestId('lp-status')).toContainText('Esportazione non eseguita: la denuncia ha');
  await expect(page.getByTestId('lp-errors').locator('[data-code="CE001"]')).toBeVisible();
  // A month typed the ISO way is refused, in Italian, with what to write.
  await page.getByRole('button', { name: 'Torna alle bozze' }).click();
  await page.getByLabel('Mese di competenza (mm/aaaa)').fill('2026-02');
  await page.getByLabel('Mese di competenza (mm/aaaa)').blur();
  await expect(page.getByText('Mese di competenza: scrivere mm/aaaa, ad esempio 10/2026.')).toBeVisible();
});

test('fix a frontespizio field from the errors panel, and override an unconfirmed rate', async ({ page }) => {
  test.slow();
  await openListaPosPA(page);

  // A payroll file with one PosPA per worker: imported as one, and the user is told.
  const file = denunciaFile(roccafredda, '2026-04', 2, (twoPosPA) => {
    const [first, second] = twoPosPA.azienda.listaPosPA.posPA[0]?.d0 ?? [];
    twoPosPA.azienda.listaPosPA.posPA = [{ d0: first ? [first] : [] }, { d0: second ? [second] : [] }];
  });
  await page.getByLabel('Importa un file XML ListaPosPA').setInputFiles(file);
  await expect(page.getByTestId('lp-message')).toHaveText(
    'Importata la bozza 04/2026 con 2 quadri D0. Il file conteneva 2 elementi PosPA: i lavoratori sono ' +
      'stati riuniti in uno solo, come richiesto dall’INPS (00124I).',
  );

  await page.getByLabel('Mese di competenza (mm/aaaa)').fill('03/2026');
  await page.getByRole('button', { name: 'Nuova bozza vuota' }).click();
  await expect(shell(page).heading).toHaveText('Denuncia 03/2026');
  const errors = page.getByTestId('lp-errors');

  // The firmatario is a person: an ente's 11 digits fire CE032, inline and in the panel.
  const frontespizio = page.locator('summary', { hasText: 'Frontespizio' });
  await frontespizio.click();
  const firmatario = field(page, 'azienda.listaPosPA.cfRappresentanteFirmatario');
  await firmatario.fill('82001450343');
  await expect(fieldErrors(page, 'azienda.listaPosPA.cfRappresentanteFirmatario')).toContainText('CE032');
  await expect(frontespizio).toContainText('Errori del frontespizio: 1');
  await expectAccessible(page, 'Frontespizio ListaPosPA');
  // Panel closed, the finding opens it again and puts the cursor on the field.
  await frontespizio.click();
  await errors.locator('[data-code="CE032"] button').click();
  await expect(firmatario).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(sampleCfPersona(77));
  await expect(errors.locator('[data-code="CE032"]')).toHaveCount(0);
  await expect(frontespizio).not.toContainText('Errori del frontespizio');

  // A worker in CPI, whose rate the tables mark as not confirmed.
  await addWorker(page, 0, 'VERDI');
  const cassa = field(page, `${d0(0)}.e0[0].gestioni.pensionistica.codGestione`);
  await cassa.selectOption('3');
  const hint = page.locator(`#${fieldId(`${d0(0)}.e0[0].gestioni.pensionistica.contributo`)}-aiuto`);
  await expect(hint).toHaveText('Calcolato: 653,00 (32,65%) – aliquota non confermata');

  await page.locator('summary', { hasText: 'Aliquote' }).click();
  const cpi = page.locator('tr[data-rate="pensionistica:3"]');
  await expect(cpi).toContainText('da verificare');
  const input = page.getByLabel('Nuova aliquota totale per 3 – CPI (Pensionistico), in percentuale');
  await input.fill('33,5%');
  await page.getByRole('button', { name: 'Applica l’aliquota per 3 – CPI (Pensionistico)' }).click();
  await expect(cpi).toContainText('Aliquota non valida');
  await input.fill('33,5');
  await input.press('Enter');
  await expect(page.getByTestId('lpr-status')).toHaveText(
    'Aliquota Pensionistico di 3 – CPI impostata a 33,5%.',
  );
  await expect(cpi.getByTestId('lpr-in-uso')).toHaveText('33,5% impostata da lei');
  await expectAccessible(page, 'Aliquote ListaPosPA');

  // The hint follows the rate, "Calcola" uses it, and the contributo declared at 32,65% now differs (CE011).
  await expect(hint).toHaveText('Calcolato: 670,00 (33,5%)');
  await expect(errors.locator('[data-code="CE011"]')).toContainText('calcolato 670,00 con aliquota 33,5%');
  await page.getByRole('button', { name: 'Calcola i contributi' }).click();
  await expect(field(page, `${d0(0)}.e0[0].gestioni.pensionistica.contributo`)).toHaveValue('670,00');
  await expect(errors.locator('[data-code="CE011"]')).toHaveCount(0);

  // Back to the table's value: hint and check follow.
  await page
    .getByRole('button', { name: 'Ripristina l’aliquota della tabella per 3 – CPI (Pensionistico)' })
    .click();
  await expect(hint).toHaveText('Calcolato: 653,00 (32,65%) – aliquota non confermata');
  await expect(errors.locator('[data-code="CE011"]')).toHaveCount(1);
});

test('an XSD error goes once it is fixed: the draft is checked again after the edit', async ({ page }) => {
  await openListaPosPA(page);
  const file = denunciaFile(roccafredda, '2026-07', 1);
  await page.getByLabel('Importa un file XML ListaPosPA').setInputFiles(file);
  await page.getByRole('button', { name: 'Apri la bozza 07/2026' }).click();
  await expect(shell(page).heading).toHaveText('Denuncia 07/2026');

  // Nome longer than the XSD allows (30): only the XSD says so.
  const nome = field(page, `${d0(0)}.nome`);
  const before = (await nome.inputValue()) || 'MARIA';
  await nome.fill('N'.repeat(31));
  await page.getByRole('button', { name: 'Verifica completa (XSD e regole)' }).click();
  const xsdOnNome = page.getByTestId('lp-errors').locator('[data-code="XSD"]', { hasText: 'Nome' });
  await expect(xsdOnNome).toHaveCount(1);
  await expect(page.getByTestId('lp-state')).toHaveClass(/alert-danger/);
  // The worker's badge in the list counts it too, so the list shows where the error is.
  const badge = page.getByTestId('lp-worker').first().locator('.badge');
  await expect(badge).toHaveText('1');

  await nome.fill(before);
  await expect(xsdOnNome).toHaveCount(0, { timeout: 15_000 });
  await expect(badge).toHaveCount(0);
  await expect(page.getByTestId('lp-state')).not.toContainText('modificata dopo la verifica');
});

/**
 * Issue 12 §5, §7, §8: the intermediario's archive shows the deleghe INPS has for her (active,
 * awaiting OTP, revoked, expired) with the reminder before expiry, and the limit of new OTPs;
 * the legale rappresentante's Deleghe screen is the delegation to his dipendenti, where a revoca
 * is confirmed by name and posizione and can be taken back with "Annulla" for a few seconds, and
 * is carried out, not lost, when he logs out within them.
 */
import type { Page } from '@playwright/test';
import { personaByKey, posizioneId, type PersonaKey, type PosizioneKey } from '../sandbox';
import { apiGetAs } from '../sandbox/testing';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { signOut } from './pages/session';
import { signInTo, spid } from './pages/open';
import { shell } from './pages/shell';

// The deleghe INPS has on record from the seed (numbers DLG-AAAA-9000NN): other specs sharing
// the worker's sandbox may add requests of their own for the same posizioni.
const archiveRow = (page: Page, key: PosizioneKey) =>
  page.locator('[data-testid="deleghe-table"] tbody tr[data-numero*="-9000"]', { hasText: posizioneId(key) });
const stato = (page: Page, key: PosizioneKey) => archiveRow(page, key).getByTestId('stato');

test('the intermediario’s archive lists INPS’s deleghe, reminds of the expiring one and shows the OTP limit', async ({
  page,
}) => {
  test.slow();
  await signInTo(page, spid('intermediario'), 'Deleghe');
  await expect(page.getByText('Nessuna delega richiesta finora.')).toHaveCount(0);
  for (const key of ['comune-roccafredda', 'unione-bassa', 'istituto-comprensivo'] as const) {
    await expect(stato(page, key)).toHaveText('Attiva');
  }
  await expect(stato(page, 'archivio-stato')).toHaveText('Richiesta (in attesa di OTP)');
  await expect(stato(page, 'asl-pianura')).toHaveText('Revocata');
  await expect(stato(page, 'comune-borgo-nidi')).toHaveText('Scaduta');
  const istituto = (await archiveRow(page, 'istituto-comprensivo').getAttribute('data-numero')) ?? '';
  await expect(page.getByText(new RegExp(`La delega ${istituto} scade tra \\d+ giorni`))).toBeVisible();
  await expectAccessible(page, 'Deleghe – archivio INPS');

  // New OTPs: three an hour, said on screen, then the button waits for the time INPS gives.
  await archiveRow(page, 'archivio-stato').getByRole('button', { name: 'Inserisci OTP' }).click();
  const limit = page.getByTestId('otp-reinvii');
  await expect(limit).toContainText('Nuovi OTP ancora disponibili in quest’ora: 3 su 3');
  const resend = page.getByRole('button', { name: 'Chiedi un nuovo OTP' });
  for (const left of [2, 1]) {
    await resend.click();
    await expect(limit).toContainText(`Nuovi OTP ancora disponibili in quest’ora: ${left} su 3`);
  }
  await resend.click();
  await expect(limit).toContainText(
    /Ha già chiesto 3 nuovi OTP nell’ultima ora: il prossimo potrà chiederlo dalle \d\d:\d\d\. Tentativi rimasti: 3\./,
  );
  await expect(resend).toBeDisabled();
  await expectAccessible(page, 'Deleghe – limite dei nuovi OTP');
});

test('the legale rappresentante delegates dipendenti; a revoca names who and where, and Annulla keeps it', async ({
  page,
  sandbox,
}) => {
  test.slow();
  const laura = personaByKey('delegato-comune');
  const luca = personaByKey('subdelegato');
  const borgo = posizioneId('comune-borgo');
  const nidi = posizioneId('comune-borgo-nidi');
  const status = async (persona: PersonaKey, id: string) =>
    (await apiGetAs(sandbox, persona, `/v1/posizioni/${id}`)).status;

  await signInTo(page, spid('legale-comune'), 'Deleghe', 'Deleghe ai dipendenti');
  // Not the intermediario's request form, with himself as the consulente.
  await expect(page.getByRole('button', { name: 'Nuova richiesta di delega' })).toHaveCount(0);
  await expect(page.locator('#delega-intermediario-codiceFiscale')).toHaveCount(0);
  const revokeLaura = page.getByRole('button', {
    name: `Revoca l’abilitazione di ${laura.nome} ${laura.cognome} su Comune di Borgo San Vitale`,
    exact: true,
  });
  await expect(revokeLaura).toBeVisible();
  await expectAccessible(page, 'Deleghe ai dipendenti');

  // Confirmation naming the person and the posizione; then "Annulla" within the notice.
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await revokeLaura.click();
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText(
    `${laura.nome} ${laura.cognome} su Comune di Borgo San Vitale (${borgo})`,
  );
  expect(asked).toContain(`${laura.nome} ${laura.cognome} (${laura.codiceFiscale})`);
  expect(asked).toContain(`Comune di Borgo San Vitale (${borgo})`);
  await expectAccessible(page, 'Deleghe ai dipendenti – revoca annullabile');
  await notice.getByRole('button', { name: 'Annulla' }).click();
  await expect(page.getByText('Revoca annullata')).toBeVisible();
  // Leaving the screen would carry out a revoca still waiting: there is none.
  await shell(page).navLink('Ricerca').click();
  await shell(page).navLink('Deleghe').click();
  await expect(revokeLaura).toBeVisible();
  expect(await status('delegato-comune', borgo)).toBe(200);

  // A revoca confirmed and then a logout within its seconds: carried out, not lost.
  await page.getByLabel('Codice fiscale della persona').fill(luca.codiceFiscale);
  await page.getByLabel('Posizione', { exact: true }).selectOption(nidi);
  await page.getByRole('button', { name: 'Concedi' }).click();
  await expect(page.getByText(`Abilitazione concessa a ${luca.nome} ${luca.cognome}`)).toBeVisible();
  expect(await status('subdelegato', nidi)).toBe(200);
  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .getByRole('button', {
      name: `Revoca l’abilitazione di ${luca.nome} ${luca.cognome} su Comune di Borgo San Vitale – Servizi educativi e nidi`,
    })
    .click();
  await expect(page.getByTestId('undo-notice')).toBeVisible();
  await signOut(page);
  expect(await status('subdelegato', nidi)).toBe(403);
  expect(await status('delegato-comune', borgo)).toBe(200);
});

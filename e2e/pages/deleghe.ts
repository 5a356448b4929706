import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { DelegaRequest } from '../../shared/domain/delega';
import { itDate } from './dates';
import { signInTo, spid } from './open';

/** The fields a user types in a new request (the intermediario's codice fiscale and name are prefilled). */
const typedFields = (request: DelegaRequest): Record<string, string> => ({
  'intermediario.ordine': request.intermediario.ordine,
  'intermediario.provinciaOrdine': request.intermediario.provinciaOrdine,
  'intermediario.numeroIscrizione': request.intermediario.numeroIscrizione,
  'intermediario.studio': request.intermediario.studio,
  'intermediario.pec': request.intermediario.pec,
  'ente.codiceFiscale': request.ente.codiceFiscale,
  'ente.denominazione': request.ente.denominazione,
  'ente.progressivo': request.ente.progressivo,
  'ente.pec': request.ente.pec,
  'legaleRappresentante.codiceFiscale': request.legaleRappresentante.codiceFiscale,
  'legaleRappresentante.nome': request.legaleRappresentante.nome,
  'legaleRappresentante.cognome': request.legaleRappresentante.cognome,
  'legaleRappresentante.carica': request.legaleRappresentante.carica,
  luogo: request.luogo,
  dataInizio: itDate(request.dataInizio),
});

/** The Deleghe screen as the intermediario uses it. Fields are found by id: labels repeat per section. */
export const deleghe = (page: Page) => ({
  field: (path: string) => page.locator(`#delega-${path.replace(/\./g, '-')}`),
  /** Types a request into the form, field by field, with `changes` in place of some values. */
  async fill(request: DelegaRequest, changes: Record<string, string> = {}) {
    for (const [path, value] of Object.entries({ ...typedFields(request), ...changes })) {
      await page.locator(`#delega-${path.replace(/\./g, '-')}`).fill(value);
    }
  },
  fieldError: (path: string) => page.locator(`#delega-${path.replace(/\./g, '-')}-errore`),
  newRequest: page.getByRole('button', { name: 'Nuova richiesta di delega' }),
  downloadPdf: page.getByRole('button', { name: 'Scarica il PDF da firmare' }),
  submit: page.getByRole('button', { name: 'Inoltra la richiesta all’INPS' }),
  otp: page.getByLabel('OTP ricevuto dall’ente (8 cifre)'),
  declaration: page.getByLabel(/Dichiaro, sotto la mia responsabilità/),
  declarationLabel: page.getByText(/Dichiaro, sotto la mia responsabilità/),
  activate: page.getByRole('button', { name: 'Attiva la delega' }),
  row: (numero: string) => page.locator(`[data-testid="deleghe-table"] tr[data-numero="${numero}"]`),
});

/** Signs in as the intermediario and opens a new delega request: where the request specs begin. */
export async function openNewDelegaRequest(page: Page) {
  const screen = deleghe(page);
  await signInTo(page, spid('intermediario'), 'Deleghe');
  await screen.newRequest.click();
  return screen;
}

/** The sandbox's mailbox over HTTP, as a tester reads the ente's PEC (with the operator key). */
export async function readOtp(
  sandbox: { apiBaseUrl: string; operatorKey: string },
  pec: string,
  enteCf: string,
): Promise<string> {
  const subject = `Comunicazione inserimento richiesta nuova delega per la posizione ${enteCf}`;
  const response = await fetch(
    `${sandbox.apiBaseUrl}/sandbox/mailbox?to=${encodeURIComponent(pec)}&subject=${encodeURIComponent(subject)}`,
    { headers: { 'x-operatore-key': sandbox.operatorKey } },
  );
  const messages = (await response.json()) as Array<{ subject: string; text: string }>;
  const otp = /OTP\): (\d{8})/.exec(messages[0]?.text ?? '')?.[1];
  if (!otp) throw new Error(`Nessun OTP nella casella ${pec}`);
  return otp;
}

/** A complete, valid delega request (e2e/fixtures/delega-request.json): read, not imported, as Playwright's loader wants an import attribute for JSON. */
export const DELEGA_REQUEST = JSON.parse(
  readFileSync(new URL('../fixtures/delega-request.json', import.meta.url), 'utf8'),
) as DelegaRequest;

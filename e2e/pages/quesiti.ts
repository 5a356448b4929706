import { expect, type Page } from '@playwright/test';
import type { Sandbox } from '../../sandbox';
import { signIn } from './session';
import { shell } from './shell';
import { spid } from './open';

/** Signs in as Laura Colombo (delegata of the Comune) and opens the Comune's posizione 00001. */
export async function openBorgo(page: Page) {
  await signIn(page, spid('delegato-comune'));
  await page
    .getByRole('button', { name: 'Apri la posizione contributiva Comune di Borgo San Vitale', exact: true })
    .click();
  await expect(shell(page).heading).toContainText('Borgo San Vitale');
}

export async function composeQuesito(page: Page, testo: string) {
  await shell(page).navLink('Nuovo quesito').click();
  await expect(shell(page).heading).toHaveText('Nuovo quesito alla sede INPS');
  await page.getByLabel('Classe').selectOption({ label: 'Versamenti' });
  await page.getByLabel('Oggetto').selectOption({ label: 'Pagamenti' });
  await page.getByLabel('Testo della richiesta').fill(testo);
}

/** Sends the quesito being composed while INPS cannot be reached: it waits in the outbox. */
export async function sendToOutbox(page: Page) {
  await page.getByRole('button', { name: 'Invia quesito' }).click();
  await expect(page.getByText(/il quesito è nella posta in uscita/)).toBeVisible({ timeout: 30_000 });
}

/** The INPS operator, through the sandbox's back-office API. */
export const backoffice = (sandbox: Sandbox) => {
  const call = async (path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.apiBaseUrl}/backoffice${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'x-operatore-key': sandbox.operatorKey, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status, `back-office ${path}`).toBe(200);
    return (await response.json()) as unknown;
  };
  return {
    list: async () => (await call('/quesiti')) as Array<{ id: string; protocollo: string; testo?: string }>,
    detail: async (id: string) => (await call(`/quesiti/${id}`)) as { testo: string },
    act: (id: string, body: Record<string, string>) => call(`/quesiti/${id}/azioni`, body),
  };
};

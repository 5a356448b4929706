/** The operator's back-office page in Chromium: accessible, and it drives a quesito to its end. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { quesitoDetailSchema } from '../../shared/domain/quesiti';
import { posizioneId } from '../seed/enti';
import { loginHeadless } from '../testing/headlessLogin';
import { hasChromium, sandboxInChromium } from '../testing/sandboxInChromium';

const run = sandboxInChromium();

describe.skipIf(!hasChromium)('back-office page', () => {
  it('refuses without the key; with it, takes in carico and closes with esito, axe-clean', async () => {
    const token = (await loginHeadless(run.sandbox, { persona: 'legale-comune', method: 'spid', level: 2 }))
      .accessToken;
    const path = `/v1/posizioni/${posizioneId('comune-borgo')}/quesiti`;
    const created = await fetch(`${run.sandbox.apiBaseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        idempotencyKey: 'pagina-backoffice-1',
        classe: 'DURC',
        oggetto: 'DURC',
        testo: 'Durc irregolare per un versamento già fatto.',
        allegatiZip: null,
      }),
    });
    const quesito = quesitoDetailSchema.parse(await created.json());

    const page = await (await run.browser.newContext()).newPage();
    expect((await page.goto(`${run.sandbox.apiBaseUrl}/backoffice?chiave=sbagliata`))?.status()).toBe(401);
    await page.goto(`${run.sandbox.apiBaseUrl}/backoffice?chiave=${run.sandbox.operatorKey}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Back-office quesiti');
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

    await page.getByRole('button', { name: 'Prendi in carico' }).click();
    await page.getByLabel('Esito').selectOption('non_accolta');
    await page.getByLabel('Commento finale').fill('Il versamento non risulta.');
    await page.getByRole('button', { name: 'Chiudi' }).click();
    expect(await page.getByRole('status').textContent()).toBe('Operazione eseguita.');
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

    const after = await fetch(`${run.sandbox.apiBaseUrl}${path}/${quesito.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const detail = quesitoDetailSchema.parse(await after.json());
    expect(detail.stato).toBe('chiusa');
    expect(detail.esito).toBe('non_accolta');
    expect(detail.eventi.map((e) => e.tipo)).toEqual(['protocollazione', 'presa_in_carico', 'chiusura']);
  });
});

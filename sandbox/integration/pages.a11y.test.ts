/**
 * The bridge's pages in a real browser (Debian's Chromium, when present): axe finds no
 * violations, the labels drive the flow, and the CSP lets the form reach the app's callback.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import { hasChromium, sandboxInChromium } from '../testing/sandboxInChromium';

const CALLBACK_PORT = 45678;

const run = sandboxInChromium();

async function authorizationUrl(): Promise<string> {
  const url = new URL(`${run.sandbox.issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: run.sandbox.clientId,
    response_type: 'code',
    redirect_uri: `http://127.0.0.1:${CALLBACK_PORT}/callback`,
    scope: 'openid',
    code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
    state: client.randomState(),
    nonce: client.randomNonce(),
  }).toString();
  return url.href;
}

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((violation) => `${what}: ${violation.id}`)).toEqual([]);
}

describe.skipIf(!hasChromium)('bridge pages in Chromium', () => {
  it('log in with SPID by label, with no axe violations and no console errors', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await page.goto(await authorizationUrl());
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Accedi ai servizi');
    await expectNoViolations(page, 'accesso');

    await page.getByRole('button', { name: 'Entra con SPID', exact: true }).click();
    await expectNoViolations(page, 'SPID');

    // A level the identity does not have: the page says so, accessibly.
    await page.getByLabel('Identità di prova').selectOption('solo-l1');
    await page.getByLabel('SPID livello 3', { exact: true }).check();
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toMatch(/solo di livello 1/);
    await expectNoViolations(page, 'SPID con errore');

    await page.getByLabel('Identità di prova').selectOption('delegato-comune');
    await page.getByLabel('SPID livello 2', { exact: true }).check();
    const [callback] = await Promise.all([
      page.waitForRequest((request) =>
        request.url().startsWith(`http://127.0.0.1:${CALLBACK_PORT}/callback`),
      ),
      page.getByRole('button', { name: 'Accedi', exact: true }).click(),
    ]);
    expect(new URL(callback.url()).searchParams.get('code')).toBeTruthy();
    // Expected: the 422 of the refused level, and the callback nobody listens on.
    expect(problems.filter((text) => !text.includes('422') && !text.includes(`${CALLBACK_PORT}`))).toEqual(
      [],
    );
    await context.close();
  });

  it('show the CIE page without violations', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await page.goto(await authorizationUrl());
    await page.getByRole('button', { name: 'Entra con CIE', exact: true }).click();
    await expectNoViolations(page, 'CIE');
    expect(await page.getByLabel('Identità di prova').count()).toBe(1);
    await context.close();
  });

  it('log in with a CNS card: the form-action of the CSP (an http source matches https too) lets the form reach the HTTPS endpoint and come back', async () => {
    const card = run.sandbox.cns.cards.find((candidate) => candidate.kind === 'valida');
    if (!card) throw new Error('nessuna carta valida');
    const context = await run.browser.newContext({
      ignoreHTTPSErrors: true,
      clientCertificates: [
        { origin: run.sandbox.cns.origin, pfxPath: card.pfxPath, passphrase: run.sandbox.cns.passphrase },
      ],
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(await authorizationUrl());
    const [callback] = await Promise.all([
      page.waitForRequest((request) =>
        request.url().startsWith(`http://127.0.0.1:${CALLBACK_PORT}/callback`),
      ),
      page.getByRole('button', { name: 'Entra con CNS', exact: true }).click(),
    ]);
    expect(new URL(callback.url()).searchParams.get('code')).toBeTruthy();
    expect(problems.filter((text) => !text.includes(`${CALLBACK_PORT}`))).toEqual([]);
    await context.close();
  });
});

/**
 * CNS login in Chromium: the browser presents a test card's certificate (Playwright's client
 * certificates) to the sandbox's CNS endpoint. The endpoint's HTTPS certificate comes from the
 * sandbox's test CA, which the browser does not know: ignoreHTTPSErrors, as a tester accepts the
 * warning once.
 */
import type { BrowserContextOptions, Page } from '@playwright/test';
import * as oidc from 'openid-client';
import { posizioneId, type CnsCard, type CnsCardKind, type PersonaKey, type Sandbox } from '../sandbox';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { launchWeb } from './support/launchers';
import { closeTab, openLogin, userBadge } from './pages/session';
import { shell } from './pages/shell';

function card(sandbox: Sandbox, kind: CnsCardKind, persona?: PersonaKey): CnsCard {
  const found = sandbox.cns.cards.find((c) => c.kind === kind && (!persona || c.persona === persona));
  if (!found) throw new Error(`nessuna carta ${kind}`);
  return found;
}

function withCard(sandbox: Sandbox, chosen: CnsCard | undefined): BrowserContextOptions {
  return {
    ignoreHTTPSErrors: true,
    ...(chosen
      ? {
          clientCertificates: [
            { origin: sandbox.cns.origin, pfxPath: chosen.pfxPath, passphrase: sandbox.cns.passphrase },
          ],
        }
      : {}),
  };
}

const ricercaIds = async (page: Page) =>
  (
    await page
      .locator('[data-testid="ricerca-table"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-posizione') ?? ''))
  ).sort();

test('the intermediario logs in with her CNS and sees exactly her posizioni', async ({
  browser,
  sandbox,
  dataDir,
}) => {
  const app = await launchWeb(
    browser,
    dataDir,
    { issuer: sandbox.issuer, apiBaseUrl: sandbox.apiBaseUrl },
    withCard(sandbox, card(sandbox, 'valida', 'intermediario')),
  );
  try {
    const { page } = app;
    await expect(
      page.getByText(
        'SPID di livello 2 o superiore, la Carta d’Identità Elettronica o la Carta Nazionale dei Servizi',
      ),
    ).toBeVisible();
    const bridge = await openLogin(page);
    await bridge.getByRole('button', { name: 'Entra con CNS' }).click();
    await closeTab(bridge, 'Accesso completato');

    await expect(userBadge(page)).toContainText('Francesca Romano');
    await expect(userBadge(page)).toContainText('RMNFNC75B49H223F');
    await expect(userBadge(page).getByText('CNS', { exact: true })).toBeVisible();
    await expect(shell(page).heading).toHaveText('Ricerca posizioni contributive');
    await expect(page.getByTestId('ricerca-table')).toBeVisible();
    // Written out by hand: the delega on the ASL is revoked and the Archivio's awaits its OTP.
    expect(await ricercaIds(page)).toEqual(
      [
        posizioneId('comune-roccafredda'),
        posizioneId('unione-bassa'),
        posizioneId('istituto-comprensivo'),
      ].sort(),
    );
  } finally {
    await app.stop();
  }
});

/** Straight to the bridge, as the app would send the browser, then "Entra con CNS". */
async function cnsPage(page: Page, sandbox: Sandbox): Promise<void> {
  const config = await oidc.discovery(new URL(sandbox.issuer), sandbox.clientId, undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: 'http://127.0.0.1:53682/callback',
    scope: 'openid profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
  });
  await page.goto(url.href);
  await page.getByRole('button', { name: 'Entra con CNS' }).click();
}

const refusals: Array<{ label: string; kind: CnsCardKind | undefined; heading: string; says: RegExp }> = [
  {
    label: 'no certificate',
    kind: undefined,
    heading: 'Serve la Carta Nazionale dei Servizi',
    says: /lettore di smart card collegato al computer, la carta inserita nel lettore/,
  },
  {
    label: 'an expired certificate',
    kind: 'scaduta',
    heading: 'Certificato CNS scaduto',
    says: /è scaduto il \d{2}\/\d{2}\/\d{4}/,
  },
  {
    label: 'a revoked certificate',
    kind: 'revocata',
    heading: 'Certificato CNS revocato',
    says: /revocato dall’ente che l’ha emessa/,
  },
  {
    label: 'a certificate of a foreign CA',
    kind: 'ca-estranea',
    heading: 'Certificato non riconosciuto',
    says: /non è stato emesso da un ente emettitore di CNS riconosciuto/,
  },
];

for (const { label, kind, heading, says } of refusals) {
  test(`the bridge refuses ${label} with a clear Italian page`, async ({ browser, sandbox }) => {
    const context = await browser.newContext({
      locale: 'it-IT',
      ...withCard(sandbox, kind && card(sandbox, kind)),
    });
    try {
      const page = await context.newPage();
      await cnsPage(page, sandbox);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText(says);
      await expect(
        page.getByRole('link', { name: 'Scegli un altro modo di accesso (SPID o CIE)' }),
      ).toBeVisible();
      await expectAccessible(page, heading);
    } finally {
      await context.close();
    }
  });
}

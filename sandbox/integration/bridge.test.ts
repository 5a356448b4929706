/** The SPID/CIE bridge: metadata, PKCE, levels, its pages, refresh. */
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CNS_ACR, FISCAL_NUMBER_CLAIM, SPID_ACR } from '../../shared/domain/spid';
import { HeadlessBrowser } from '../testing/browser';
import { HeadlessLoginError, discoverBridge, loginHeadless } from '../testing/headlessLogin';
import { apiGet } from '../testing/apiGet';
import { formWithButton, parseForms } from '../testing/htmlForms';
import type { TempSandbox } from '../testing/tempSandbox';
import { startTempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;

beforeAll(async () => {
  sandbox = await startTempSandbox();
});

afterAll(async () => {
  await sandbox?.dispose();
});

const REDIRECT_URI = 'http://127.0.0.1:49152/callback';

function authorizationUrl(params: Record<string, string>): URL {
  const url = new URL(`${sandbox.issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: sandbox.clientId,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope: 'openid',
    state: 'abcdefghijklmnopqrstuvwxyz0123456789',
    nonce: 'abcdefghijklmnopqrstuvwxyz0123456789',
    ...params,
  }).toString();
  return url;
}

async function openLoginPage(method: 'spid' | 'cie', params: Record<string, string> = {}) {
  const browser = new HeadlessBrowser(new URL(sandbox.issuer).origin);
  const challenge = await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier());
  const landing = await browser.navigate(
    authorizationUrl({ code_challenge: challenge, code_challenge_method: 'S256', ...params }),
  );
  if (landing.kind !== 'page') throw new Error('attesa la pagina di accesso');
  const choice = formWithButton(landing.page.html, method === 'spid' ? 'Entra con SPID' : 'Entra con CIE');
  const page = await browser.navigate(new URL(choice.action, landing.page.url));
  if (page.kind !== 'page') throw new Error('attesa la pagina dell’identity provider');
  return { browser, landing: landing.page, page: page.page };
}

async function submitLogin(method: 'spid' | 'cie', persona: string, level?: string) {
  const { browser, page } = await openLoginPage(method);
  const form = formWithButton(page.html, 'Accedi');
  const fields = new URLSearchParams({ persona, ...(level ? { livello: level } : {}) });
  return browser.navigate(new URL(form.action, page.url), { method: 'POST', form: fields });
}

describe('discovery', () => {
  it('publishes the SPID levels, PKCE S256, revocation and end session', async () => {
    const config = await discoverBridge(sandbox);
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(sandbox.issuer);
    expect(metadata.acr_values_supported).toEqual([SPID_ACR[1], SPID_ACR[2], SPID_ACR[3], CNS_ACR]);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.revocation_endpoint).toBeDefined();
    expect(metadata.introspection_endpoint).toBeDefined();
    expect(metadata.end_session_endpoint).toBeDefined();
    expect(metadata.claims_parameter_supported).toBe(true);
    expect(metadata.claims_supported).toContain(FISCAL_NUMBER_CLAIM);
    expect(metadata.authorization_response_iss_parameter_supported).toBe(true);
    const jwks = (await (await fetch(`${sandbox.issuer}/jwks`)).json()) as {
      keys: Array<Record<string, unknown>>;
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('PKCE', () => {
  it('refuses an authorization request without code_challenge', async () => {
    const browser = new HeadlessBrowser(new URL(sandbox.issuer).origin);
    const result = await browser.navigate(authorizationUrl({}));
    expect(result.kind).toBe('callback');
    if (result.kind === 'callback') {
      expect(result.url.searchParams.get('error')).toBe('invalid_request');
      expect(result.url.searchParams.get('error_description')).toMatch(/PKCE/);
    }
  });

  it('refuses the plain method', async () => {
    const browser = new HeadlessBrowser(new URL(sandbox.issuer).origin);
    const result = await browser.navigate(
      authorizationUrl({ code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }),
    );
    expect(result.kind === 'callback' && result.url.searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses a code exchanged with the wrong verifier', async () => {
    const { browser, page } = await openLoginPage('spid');
    const form = formWithButton(page.html, 'Accedi');
    const done = await browser.navigate(new URL(form.action, page.url), {
      method: 'POST',
      form: new URLSearchParams({ persona: 'delegato-comune', livello: '2' }),
    });
    if (done.kind !== 'callback') throw new Error('atteso il callback');
    const config = await discoverBridge(sandbox);
    await expect(
      client.authorizationCodeGrant(config, done.url, {
        pkceCodeVerifier: client.randomPKCECodeVerifier(),
        expectedState: 'abcdefghijklmnopqrstuvwxyz0123456789',
        expectedNonce: 'abcdefghijklmnopqrstuvwxyz0123456789',
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
  });
});

describe('pages', () => {
  it('are Italian, scriptless, labelled and under a CSP', async () => {
    const { landing, page } = await openLoginPage('spid');
    const csp = (await fetch(landing.url)).headers.get('content-security-policy');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/form-action 'self' http:\/\/127\.0\.0\.1:\*/);
    for (const html of [landing.html, page.html]) {
      expect(html).toMatch(/<html lang="it">/);
      expect(html).not.toMatch(/<script|\son[a-z]+=|style="/i);
    }
    expect(landing.html).toMatch(/<h1>Accedi ai servizi<\/h1>/);
    expect(parseForms(landing.html).flatMap((form) => form.buttons)).toEqual([
      'Entra con SPID',
      'Entra con CIE',
      'Entra con CNS',
    ]);
    expect(page.html).toMatch(/<label for="persona">Identità di prova<\/label>/);
    for (const level of [1, 2, 3]) {
      expect(page.html).toMatch(
        new RegExp(
          `<input type="radio" id="livello-${level}"[^>]*> <label for="livello-${level}">SPID livello ${level}</label>`,
        ),
      );
    }
    const form = formWithButton(page.html, 'Accedi');
    expect(form.selectOptions.persona?.map((option) => option.value)).toEqual(
      sandbox.personae.map((persona) => persona.key),
    );
    expect(form.radios.livello).toEqual(['1', '2', '3']);
  });

  it('offers CIE with the same identities and no level choice', async () => {
    const { page } = await openLoginPage('cie');
    const form = formWithButton(page.html, 'Accedi');
    expect(form.selectOptions.persona).toHaveLength(sandbox.personae.length);
    expect(form.radios.livello).toBeUndefined();
  });

  it('does not let a persona with only SPID level 1 choose level 2, nor use CIE', async () => {
    const level2 = await submitLogin('spid', 'solo-l1', '2');
    expect(level2.kind === 'page' && level2.page.status).toBe(422);
    if (level2.kind === 'page') expect(level2.page.html).toMatch(/role="alert"[^>]*>[^<]*solo di livello 1/);
    const cie = await submitLogin('cie', 'solo-l1');
    expect(cie.kind === 'page' && cie.page.status).toBe(422);
    await expect(loginHeadless(sandbox, { persona: 'solo-l1', method: 'cie' })).rejects.toBeInstanceOf(
      HeadlessLoginError,
    );
  });

  it('answers access_denied when the user cancels', async () => {
    const { browser, page } = await openLoginPage('spid');
    const cancel = formWithButton(page.html, 'Annulla');
    const result = await browser.navigate(new URL(cancel.action, page.url), { method: 'POST' });
    expect(result.kind === 'callback' && result.url.searchParams.get('error')).toBe('access_denied');
  });
});

describe('levels', () => {
  /** The delegato del comune logging in with SPID at `level`, with these login options. */
  const delegatoAt = (level: 1 | 2 | 3, options: Partial<Parameters<typeof loginHeadless>[1]>) =>
    loginHeadless(sandbox, { persona: 'delegato-comune', method: 'spid', level, ...options });

  it('puts the chosen level in the ID token, and CIE at level 3', async () => {
    const spid3 = await loginHeadless(sandbox, { persona: 'legale-comune', method: 'spid', level: 3 });
    expect(spid3.idTokenClaims?.acr).toBe(SPID_ACR[3]);
    const cie = await loginHeadless(sandbox, { persona: 'legale-comune', method: 'cie' });
    expect(cie.idTokenClaims?.acr).toBe(SPID_ACR[3]);
    expect(cie.idTokenClaims?.sub).toBe('cie:RNLMRC67E14G337R');
    expect(spid3.idTokenClaims?.sub).toBe('spid:RNLMRC67E14G337R');
  });

  it('completes a lower level than acr_values asked (advisory): the acr tells the truth', async () => {
    const login = await delegatoAt(1, { acrValues: SPID_ACR[2] });
    expect(login.idTokenClaims?.acr).toBe(SPID_ACR[1]);
  });

  it('denies a lower level than an essential acr claim', async () => {
    const claims = JSON.stringify({
      id_token: { acr: { essential: true, values: [SPID_ACR[2], SPID_ACR[3]] } },
    });
    const attempt = delegatoAt(1, { extraParams: { claims } });
    await expect(attempt).rejects.toMatchObject({ code: 'access_denied' });
    const ok = await delegatoAt(3, { extraParams: { claims } });
    expect(ok.idTokenClaims?.acr).toBe(SPID_ACR[3]);
  });

  it('asks to log in again when the existing session is weaker than the request', async () => {
    const weak = await delegatoAt(1, { acrValues: SPID_ACR[1] });
    // Same browser, stronger request: the landing page comes back instead of a silent SSO at level 1.
    const again = await loginHeadless(
      sandbox,
      { persona: 'delegato-comune', method: 'spid', level: 2 },
      weak.browser,
    );
    expect(again.idTokenClaims?.acr).toBe(SPID_ACR[2]);
  });

  it('signs in silently when the existing session is strong enough', async () => {
    const first = await loginHeadless(sandbox, { persona: 'intermediario', method: 'spid', level: 3 });
    // The persona asked for here is not used: no page is shown, the session decides.
    const second = await loginHeadless(sandbox, { persona: 'cittadino', method: 'cie' }, first.browser);
    expect(second.idTokenClaims?.sub).toBe('spid:RMNFNC75B49H223F');
    expect(second.idTokenClaims?.acr).toBe(SPID_ACR[3]);
    // prompt=login is how the app lets the user change identity.
    const third = await loginHeadless(
      sandbox,
      { persona: 'cittadino', method: 'cie', prompt: 'login consent' },
      first.browser,
    );
    expect(third.idTokenClaims?.sub).toBe('cie:RCCCHR95D58A94QJ');
  });
});

describe('tokens', () => {
  it('carries the attributes in the ID token, the fiscal number as TINIT-', async () => {
    const login = await loginHeadless(sandbox, { persona: 'intermediario', method: 'spid', level: 2 });
    expect(login.idTokenClaims).toMatchObject({
      [FISCAL_NUMBER_CLAIM]: 'TINIT-RMNFNC75B49H223F',
      given_name: 'Francesca',
      family_name: 'Romano',
      email: 'studio@romano-consulenti.example.it',
      aud: sandbox.clientId,
    });
    expect(login.refreshToken).toBeDefined();
  });

  it('refreshes, keeping the level of the original login', async () => {
    const login = await loginHeadless(sandbox, { persona: 'comando', method: 'cie' });
    if (!login.refreshToken) throw new Error('refresh token atteso');
    const refreshed = await client.refreshTokenGrant(login.config, login.refreshToken);
    expect(refreshed.refresh_token).toBeDefined();
    expect(refreshed.refresh_token).not.toBe(login.refreshToken);
    const answer = await apiGet(sandbox.apiBaseUrl, '/v1/profilo', refreshed.access_token);
    expect(answer.status).toBe(200);
    expect((answer.body as { livello: string }).livello).toBe('SpidL3');
  });

  it('issues no refresh token without offline_access', async () => {
    const login = await loginHeadless(sandbox, {
      persona: 'comando',
      method: 'spid',
      scope: 'openid profile',
    });
    expect(login.refreshToken).toBeUndefined();
  });
});

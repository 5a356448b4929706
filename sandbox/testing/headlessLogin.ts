/**
 * A real login at the sandbox bridge without a browser: authorization code + PKCE with
 * openid-client, the bridge's pages driven with fetch and a cookie jar. For tests of the
 * sandbox and of the app.
 */
import * as client from 'openid-client';
import { SPID_ACR } from '../../shared/domain/spid';
import type { SpidLevel } from '../../shared/domain/spid';
import type { PersonaKey } from '../seed/personae';
import { HeadlessBrowser } from './browser';
import type { Page } from './browser';
import { alertText, formWithButton } from './htmlForms';

export interface BridgeCoordinates {
  issuer: string;
  clientId: string;
}

export interface HeadlessLoginOptions {
  persona: PersonaKey;
  method: 'spid' | 'cie';
  /** SPID level chosen on the test identity provider; ignored for CIE (always 3). Default 2. */
  level?: SpidLevel;
  /** Default `openid profile email offline_access`. */
  scope?: string;
  /** Default SpidL2: what the app asks for. */
  acrValues?: string;
  /** Default `consent` (needed for offline_access); `login consent` forces a new login. */
  prompt?: string;
  /** Extra authorization request parameters (e.g. `claims`). */
  extraParams?: Record<string, string>;
  /** Any loopback port works for a native client; nothing needs to listen there. */
  redirectUri?: string;
}

export interface HeadlessLoginResult {
  accessToken: string;
  refreshToken: string | undefined;
  idToken: string | undefined;
  idTokenClaims: client.IDToken | undefined;
  expiresIn: number | undefined;
  /** The openid-client configuration used, for refresh, revocation, end of session. */
  config: client.Configuration;
  /** The "browser" that logged in, with the bridge's session cookie: for logout or a second login. */
  browser: HeadlessBrowser;
}

/** Raised when the bridge refuses the login: a page with an error, or an OAuth error at the callback. */
export class HeadlessLoginError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HeadlessLoginError';
  }
}

const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:53682/callback';

/** openid-client configuration for the bridge: discovery, public client, http allowed (loopback only). */
export async function discoverBridge(bridge: BridgeCoordinates): Promise<client.Configuration> {
  return client.discovery(new URL(bridge.issuer), bridge.clientId, undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
}

function expectPage(navigation: Awaited<ReturnType<HeadlessBrowser['navigate']>>, step: string): Page {
  if (navigation.kind !== 'page') {
    const error = navigation.url.searchParams.get('error');
    if (error)
      throw new HeadlessLoginError(error, navigation.url.searchParams.get('error_description') ?? error);
    throw new Error(`Atteso una pagina del bridge (${step}), arrivati al callback`);
  }
  if (navigation.page.status !== 200) {
    const message = alertText(navigation.page.html) ?? `HTTP ${navigation.page.status}`;
    throw new HeadlessLoginError('login_page_error', `${step}: ${message}`);
  }
  return navigation.page;
}

/** Walks the bridge's pages: SPID or CIE, then identity and level, then "Accedi". */
async function loginOnPages(
  browser: HeadlessBrowser,
  landing: Page,
  options: HeadlessLoginOptions,
): Promise<URL> {
  const choice = formWithButton(landing.html, options.method === 'spid' ? 'Entra con SPID' : 'Entra con CIE');
  const loginPage = expectPage(
    await browser.navigate(new URL(choice.action, landing.url)),
    'pagina dell’identity provider',
  );

  const loginForm = formWithButton(loginPage.html, 'Accedi');
  const personae = loginForm.selectOptions.persona ?? [];
  if (!personae.some((option) => option.value === options.persona)) {
    throw new Error(`La persona ${options.persona} non è tra le identità di prova`);
  }
  const fields = new URLSearchParams({ ...loginForm.hidden, persona: options.persona });
  if (options.method === 'spid') fields.set('livello', String(options.level ?? 2));
  const afterLogin = await browser.navigate(new URL(loginForm.action, loginPage.url), {
    method: 'POST',
    form: fields,
  });
  if (afterLogin.kind === 'page') expectPage(afterLogin, 'accesso');
  if (afterLogin.kind !== 'callback') throw new Error('Accesso non concluso');
  return afterLogin.url;
}

export async function loginHeadless(
  bridge: BridgeCoordinates,
  options: HeadlessLoginOptions,
  browser = new HeadlessBrowser(new URL(bridge.issuer).origin),
): Promise<HeadlessLoginResult> {
  const config = await discoverBridge(bridge);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: options.redirectUri ?? DEFAULT_REDIRECT_URI,
    scope: options.scope ?? 'openid profile email offline_access',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    prompt: options.prompt ?? 'consent',
    acr_values: options.acrValues ?? SPID_ACR[2],
    ...options.extraParams,
  });

  const start = await browser.navigate(authorizationUrl);
  // With a live bridge session in this browser (single sign-on) the bridge answers at once.
  const callback =
    start.kind === 'callback'
      ? start.url
      : await loginOnPages(browser, expectPage(start, 'pagina di accesso'), options);
  return { ...(await tokensAtCallback(config, callback, { codeVerifier, state, nonce })), browser };
}

/** The bridge's answer at the callback: its OAuth error raised, or the code exchanged for tokens. */
export async function tokensAtCallback(
  config: client.Configuration,
  callback: URL,
  checks: { codeVerifier: string; state: string; nonce: string },
): Promise<Omit<HeadlessLoginResult, 'browser'>> {
  const error = callback.searchParams.get('error');
  if (error) throw new HeadlessLoginError(error, callback.searchParams.get('error_description') ?? error);
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    idToken: tokens.id_token,
    idTokenClaims: tokens.claims(),
    expiresIn: tokens.expiresIn(),
    config,
  };
}

/**
 * RP-initiated logout at the bridge, confirmed on its page as a user would. Ends the bridge
 * session; grants with offline_access outlive it (oidc-provider's rule), which is why the app
 * also revokes its refresh token.
 */
export async function logoutHeadless(
  login: HeadlessLoginResult,
  postLogoutRedirectUri = 'http://127.0.0.1:53682/logout',
): Promise<URL> {
  const endSessionUrl = client.buildEndSessionUrl(login.config, {
    ...(login.idToken ? { id_token_hint: login.idToken } : {}),
    post_logout_redirect_uri: postLogoutRedirectUri,
  });
  const confirmation = expectPage(await login.browser.navigate(endSessionUrl), 'conferma di uscita');
  const form = formWithButton(confirmation.html, 'Sì, esci');
  const done = await login.browser.navigate(new URL(form.action, confirmation.url), {
    method: 'POST',
    form: new URLSearchParams({ ...form.hidden, logout: 'yes' }),
  });
  if (done.kind !== 'callback') throw new Error('Uscita non conclusa al post_logout_redirect_uri');
  return done.url;
}

/**
 * Drives an authorization URL built by someone else (the app's auth service) through the bridge
 * pages and returns the callback URL the browser would go to, without calling it.
 */
export async function authorizeHeadless(
  authorizationUrl: URL,
  options: Pick<HeadlessLoginOptions, 'persona' | 'method' | 'level'>,
  browser = new HeadlessBrowser(authorizationUrl.origin),
): Promise<URL> {
  const start = await browser.navigate(authorizationUrl);
  if (start.kind === 'callback') return start.url;
  return loginOnPages(browser, expectPage(start, 'pagina di accesso'), options as HeadlessLoginOptions);
}

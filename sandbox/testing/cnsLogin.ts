/**
 * The CNS login without a browser: the bridge's pages through HeadlessBrowser, and the CNS
 * endpoint over TLS with a card's PKCS#12 (or with none, as a browser without a card reader).
 */
import { readFile } from 'node:fs/promises';
import * as client from 'openid-client';
import { Agent, fetch as undiciFetch } from 'undici';
import { SPID_ACR } from '../../shared/domain/spid';
import type { SandboxCns } from '../index';
import { HeadlessBrowser, type Navigation } from './browser';
import {
  discoverBridge,
  HeadlessLoginError,
  tokensAtCallback,
  type BridgeCoordinates,
  type HeadlessLoginResult,
} from './headlessLogin';
import { alertText, formWithButton } from './htmlForms';

export interface CnsCardFile {
  pfxPath: string;
  passphrase: string;
}

/** A fetch that presents the card (if any) and trusts the sandbox's test CA for the endpoint. */
export async function cnsFetch(caPem: string, card?: CnsCardFile): Promise<typeof fetch> {
  const pfx = card ? await readFile(card.pfxPath) : undefined;
  const agent = new Agent({
    connect: { ca: caPem, ...(pfx && card ? { pfx, passphrase: card.passphrase } : {}) },
  });
  return ((input: URL, init?: RequestInit) =>
    undiciFetch(input, { ...(init as object), dispatcher: agent })) as unknown as typeof fetch;
}

/**
 * Drives an authorization URL to "Entra con CNS" and through the CNS endpoint: the callback URL
 * on success, or the page the endpoint answered with (a refusal).
 */
export async function authorizeWithCns(
  authorizationUrl: URL,
  cns: Pick<SandboxCns, 'origin' | 'caPem'>,
  card?: CnsCardFile,
): Promise<Navigation> {
  const browser = new HeadlessBrowser(
    authorizationUrl.origin,
    new Map([[cns.origin, await cnsFetch(cns.caPem, card)]]),
  );
  const start = await browser.navigate(authorizationUrl);
  if (start.kind === 'callback') return start;
  const choice = formWithButton(start.page.html, 'Entra con CNS');
  return browser.navigate(new URL(choice.action, start.page.url));
}

/** A whole CNS login, tokens included, as loginHeadless does for SPID and CIE. */
export async function loginHeadlessWithCns(
  bridge: BridgeCoordinates & { cns: Pick<SandboxCns, 'origin' | 'caPem'> },
  card: CnsCardFile,
  redirectUri = 'http://127.0.0.1:53682/callback',
): Promise<Omit<HeadlessLoginResult, 'browser'>> {
  const config = await discoverBridge(bridge);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile email offline_access',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    prompt: 'consent',
    acr_values: SPID_ACR[2],
    claims: JSON.stringify({ id_token: { amr: null } }),
  });
  const end = await authorizeWithCns(authorizationUrl, bridge.cns, card);
  if (end.kind === 'page') {
    throw new HeadlessLoginError('cns_refused', alertText(end.page.html) ?? `HTTP ${end.page.status}`);
  }
  return tokensAtCallback(config, end.url, { codeVerifier, state, nonce });
}

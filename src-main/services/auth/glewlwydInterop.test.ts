/**
 * Interop with an OpenID provider we did not write (issue 20): Debian's glewlwyd, configured as
 * a SPID/CIE bridge would be, on loopback. It matches redirect URIs exactly, has no acr, and
 * refuses revocation to public clients. `.ci/run` installs it; where it is not installed this
 * file has nothing to run against.
 */
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../shared/contract';
import { glewlwydInstalled, startGlewlwyd, type Glewlwyd } from '../../../sandbox/testing/glewlwyd';
import type { AuthServiceOptions } from './authService';
import { authServiceFor } from './authServiceFor.test-support';
import { ACR_MANCANTE_MESSAGE, NO_ACR_SUPPORTED_WARNING, SESSION_MAY_REMAIN } from './loginMessages';

let provider: Glewlwyd;
let startedIn = 0;
beforeAll(async () => {
  if (!glewlwydInstalled()) return;
  const started = performance.now();
  provider = await startGlewlwyd();
  startedIn = performance.now() - started;
}, 30_000);
afterAll(async () => {
  await provider?.stop();
  // Not an assertion: the cost of this file in `npm test`, for the record.
  if (startedIn) console.info(`[interop glewlwyd] avvio e configurazione: ${Math.round(startedIn)} ms`);
});

function serviceFor(overrides: Partial<AuthServiceOptions> = {}) {
  const opened: string[] = [];
  const service = authServiceFor(
    // The API is never reached: glewlwyd's logins stop at the acr check, before the profile.
    { issuer: provider.issuer, clientId: provider.clientId, apiBaseUrl: 'http://127.0.0.1:9/' },
    { openExternal: async (url) => void opened.push(url), ...overrides },
  );
  return { ...service, opened };
}

const settled = (seen: AuthStatus[]) =>
  expect.poll(() => seen.at(-1)?.state, { timeout: 10_000 }).not.toBe('signing-in');

describe.skipIf(!glewlwydInstalled())('interop with glewlwyd (an independent OpenID provider)', () => {
  it('warns in Impostazioni that the provider declares no SPID levels', async () => {
    const { auth } = serviceFor();
    expect(await auth.bridgeCheck()).toEqual({ warnings: [NO_ACR_SUPPORTED_WARNING] });
  });

  it('an unregistered loopback port is refused at once, and the message points to the setting', async () => {
    const { auth } = serviceFor();
    await expect(auth.login()).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(
        /ha rifiutato la richiesta di accesso \(HTTP 403\).*Impostazioni › Accesso/,
      ),
    });
    expect(auth.status()).toEqual({ state: 'signed-out' });
  });

  it('with the registered port: the missing acr gets its message, the refused revocation its notice and end_session', async () => {
    const { auth, seen, logged, opened } = serviceFor({
      loginSettings: () => ({ ports: [provider.redirectPort], timeoutMs: 60_000 }),
    });
    const { authorizationUrl } = await auth.login();
    const callback = await provider.authorize(authorizationUrl);
    expect(callback.href.startsWith(`http://127.0.0.1:${provider.redirectPort}/callback?`)).toBe(true);
    const page = await (await fetch(callback)).text();
    expect(page).toContain('non ha comunicato il livello di autenticazione');
    await settled(seen);

    const status = seen.at(-1);
    expect(status).toMatchObject({
      state: 'signed-out',
      reason: ACR_MANCANTE_MESSAGE,
      warning: SESSION_MAY_REMAIN,
    });
    const endSessionUrl = status?.state === 'signed-out' ? status.endSessionUrl : undefined;
    expect(endSessionUrl).toMatch(/\/api\/oidc\/end_session\?id_token_hint=/);
    expect(opened).toEqual([authorizationUrl, endSessionUrl]);
    // glewlwyd advertises revocation for confidential clients only: the app reads that and says so.
    expect(logged.join('\n')).toContain('non ammette la revoca da client pubblici');
    // The bridge's logout page answers (it asks the user to confirm).
    expect((await provider.get(endSessionUrl!)).status).toBeLessThan(400);
  });

  it('refresh works as openid-client does it for the app, and revocation is indeed refused to a public client', async () => {
    const config = await oidc.discovery(new URL(provider.issuer), provider.clientId, undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: `http://127.0.0.1:${provider.redirectPort}/callback`,
      scope: 'openid profile email offline_access',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      prompt: 'consent login',
    });
    const callback = await provider.authorize(url.href);
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    expect(tokens.claims()?.acr).toBeUndefined();
    expect(tokens.refresh_token).toBeTruthy();

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);

    await expect(
      oidc.tokenRevocation(config, refreshed.refresh_token ?? tokens.refresh_token!),
    ).rejects.toThrow();
  });
});

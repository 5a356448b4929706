import { describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../shared/contract';
import { LIVELLO_INSUFFICIENTE_MESSAGE } from '../../../shared/domain/spid';
import { personaByKey, posizioneId, type PersonaKey } from '../../../sandbox';
import { apiGet, authorizeHeadless, errorCodeOf } from '../../../sandbox/testing';
import { createCassettoGateway } from '../cassettoApi/cassettoGateway';
import { createRicercaService } from '../ricerca/ricercaService';
import { authOnTempSandbox } from './authServiceFor.test-support';
import { createMemoryVault, type TokenVault } from './tokenVault';

const fixture = authOnTempSandbox();
const { serviceWith } = fixture;

/** What the system browser does: the bridge pages, then the app's loopback callback. */
async function completeLogin(
  authorizationUrl: string,
  identity: { persona: PersonaKey; method: 'spid' | 'cie'; level?: 1 | 2 | 3 },
): Promise<string> {
  const callback = await authorizeHeadless(new URL(authorizationUrl), identity);
  expect(callback.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(callback.pathname).toBe('/callback');
  return (await fetch(callback)).text();
}

const settled = (seen: AuthStatus[]) =>
  expect.poll(() => seen.at(-1)?.state, { timeout: 10_000 }).not.toBe('signing-in');

describe('auth service against the sandbox bridge', () => {
  it('asks for PKCE S256, state, nonce and at least SpidL2 on a loopback redirect', async () => {
    const { auth } = serviceWith();
    const { authorizationUrl, openedBySystem } = await auth.login();
    const url = new URL(authorizationUrl);
    expect(openedBySystem).toBe(false);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('acr_values')).toBe('https://www.spid.gov.it/SpidL2');
    expect(url.searchParams.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get('nonce')!.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    auth.cancel();
    auth.dispose();
  });

  it('signs a SPID L2 user in, with the profile from the Cassetto API, and the browser tab says so', async () => {
    const { auth, seen } = serviceWith();
    const { authorizationUrl } = await auth.login();
    const page = await completeLogin(authorizationUrl, {
      persona: 'delegato-comune',
      method: 'spid',
      level: 2,
    });
    expect(page).toContain('Accesso completato');
    await settled(seen);
    const persona = personaByKey('delegato-comune');
    expect(auth.status()).toEqual({
      state: 'signed-in',
      user: {
        codiceFiscale: persona.codiceFiscale,
        nome: persona.nome,
        cognome: persona.cognome,
        metodo: 'spid',
        livello: 'SpidL2',
        ruoli: ['delegato'],
        abilitato: true,
      },
    });
    auth.dispose();
  });

  it('refuses SPID level 1 with the INPS rule, revoking what the bridge issued', async () => {
    const { auth, seen } = serviceWith();
    const { authorizationUrl } = await auth.login();
    const page = await completeLogin(authorizationUrl, { persona: 'solo-l1', method: 'spid', level: 1 });
    expect(page).toContain('Accesso non riuscito');
    await settled(seen);
    expect(auth.status()).toEqual({ state: 'signed-out', reason: LIVELLO_INSUFFICIENTE_MESSAGE });
    await expect(auth.accessToken()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('logout revokes the grant: the API refuses the old access token', async () => {
    const { auth, seen } = serviceWith();
    const { authorizationUrl } = await auth.login();
    await completeLogin(authorizationUrl, { persona: 'legale-comune', method: 'cie' });
    await settled(seen);
    const { token } = await auth.accessToken();
    expect((await apiGet(fixture.sandbox.apiBaseUrl, '/v1/posizioni', token)).status).toBe(200);

    const { endSessionUrl } = await auth.logout();
    expect(endSessionUrl).toContain('id_token_hint=');
    expect(auth.status()).toEqual({ state: 'signed-out' });
    const refused = await apiGet(fixture.sandbox.apiBaseUrl, '/v1/posizioni', token);
    expect(refused.status).toBe(401);
    expect(errorCodeOf(refused)).toBe('TOKEN_REVOCATO');
  });

  it('refreshes before expiry and keeps the level of the login', async () => {
    let clock = Date.now();
    const { auth, seen } = serviceWith({ now: () => clock });
    const { authorizationUrl } = await auth.login();
    await completeLogin(authorizationUrl, { persona: 'intermediario', method: 'cie' });
    await settled(seen);
    const first = await auth.accessToken();
    clock += 2 * 60 * 60_000; // past the access token's life
    const second = await auth.accessToken();
    expect(second.token).not.toBe(first.token);
    expect((await apiGet(fixture.sandbox.apiBaseUrl, '/v1/profilo', second.token)).status).toBe(200);
    expect(auth.status()).toMatchObject({ state: 'signed-in', user: { livello: 'SpidL3', metodo: 'cie' } });
    auth.dispose();
  });

  it('ends the session after the idle timeout', async () => {
    const { auth, seen } = serviceWith({ idleTimeoutMs: 300 });
    const { authorizationUrl } = await auth.login();
    await completeLogin(authorizationUrl, { persona: 'comando', method: 'spid', level: 3 });
    await expect
      .poll(() => seen.at(-1), { timeout: 10_000 })
      .toEqual({
        state: 'signed-out',
        reason: 'Sessione chiusa dopo un periodo di inattività.',
      });
  });

  it('a timer asking for the token in the background does not keep an idle session alive', async () => {
    const { auth, seen } = serviceWith({ idleTimeoutMs: 600 });
    const { authorizationUrl } = await auth.login();
    await completeLogin(authorizationUrl, { persona: 'comando', method: 'spid', level: 3 });
    await settled(seen);
    const timer = setInterval(() => void auth.accessToken({ background: true }).catch(() => undefined), 100);
    try {
      await expect
        .poll(() => seen.at(-1), { timeout: 10_000 })
        .toEqual({ state: 'signed-out', reason: 'Sessione chiusa dopo un periodo di inattività.' });
    } finally {
      clearInterval(timer);
    }
  });

  it('cancelling a login closes its loopback listener', async () => {
    const { auth } = serviceWith();
    const { authorizationUrl } = await auth.login();
    const redirectUri = new URL(authorizationUrl).searchParams.get('redirect_uri')!;
    expect(await auth.cancel()).toEqual({ state: 'signed-out' });
    await expect(fetch(`${redirectUri}?code=x&state=y`)).rejects.toThrow();
  });

  it('picks a kept session up again from a persistent vault (as Electron does after a restart)', async () => {
    const kept = createMemoryVault();
    const vault: TokenVault = { ...kept, persistent: true };
    const first = serviceWith({ vault });
    const { authorizationUrl } = await first.auth.login();
    await completeLogin(authorizationUrl, { persona: 'subdelegato', method: 'spid', level: 3 });
    await settled(first.seen);
    first.auth.dispose();

    const second = serviceWith({ vault });
    await second.auth.restore();
    expect(second.auth.status()).toMatchObject({
      state: 'signed-in',
      user: { cognome: 'Greco', livello: 'SpidL3' },
    });
    second.auth.dispose();
  });
});

describe('ricerca service', () => {
  it('lists the posizioni in delega and never asks the API for one the Ricerca did not give', async () => {
    const requested: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      requested.push(new URL(String(input instanceof Request ? input.url : input)).pathname);
      return fetch(input, init);
    };
    const { auth, events, seen } = serviceWith();
    const { authorizationUrl } = await auth.login();
    await completeLogin(authorizationUrl, { persona: 'subdelegato', method: 'cie' });
    await settled(seen);
    const ricerca = createRicercaService(createCassettoGateway(auth, recordingFetch), events);

    expect((await ricerca.list()).map((p) => p.id)).toEqual([posizioneId('comune-roccafredda')]);
    const foreign = posizioneId('comune-borgo');
    await expect(ricerca.select(foreign)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(requested).not.toContain(`/v1/posizioni/${foreign}`);
    expect((await ricerca.select(posizioneId('comune-roccafredda'))).denominazione).toBe(
      'Comune di Roccafredda',
    );
    auth.dispose();
  });
});

/**
 * The app's auth service against the sandbox bridge with each test CNS card: the browser's part
 * is played by a TLS client presenting the card's PKCS#12 at the CNS endpoint.
 */
import { describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../shared/contract';
import { personaByKey, type CnsCard, type CnsCardKind, type PersonaKey } from '../../../sandbox';
import { apiGet, authorizeWithCns, errorCodeOf } from '../../../sandbox/testing';
import { authOnTempSandbox } from './authServiceFor.test-support';

const fixture = authOnTempSandbox();
const { serviceWith } = fixture;

const card = (kind: CnsCardKind, persona?: PersonaKey): CnsCard => {
  const found = fixture.sandbox.cns.cards.find((c) => c.kind === kind && (!persona || c.persona === persona));
  if (!found) throw new Error(`nessuna carta ${kind}`);
  return found;
};

/** The browser's part: "Entra con CNS" with this card, then the app's loopback callback. */
async function loginWithCard(authorizationUrl: string, chosen: CnsCard | undefined) {
  const end = await authorizeWithCns(
    new URL(authorizationUrl),
    fixture.sandbox.cns,
    chosen && { pfxPath: chosen.pfxPath, passphrase: fixture.sandbox.cns.passphrase },
  );
  if (end.kind === 'page') return { refusal: end.page };
  return { callbackPage: await (await fetch(end.url)).text() };
}

const settled = (seen: AuthStatus[]) =>
  expect.poll(() => seen.at(-1)?.state, { timeout: 10_000 }).not.toBe('signing-in');

describe('auth service with a CNS card', () => {
  it.each(['legale-comune', 'comando', 'subdelegato'] as const)(
    '%s signs in: metodo and livello CNS, the profile from the Cassetto API',
    async (key) => {
      const { auth, seen } = serviceWith();
      const { authorizationUrl } = await auth.login();
      const { callbackPage } = await loginWithCard(authorizationUrl, card('valida', key));
      expect(callbackPage).toContain('Accesso completato');
      await settled(seen);
      const persona = personaByKey(key);
      expect(auth.status()).toMatchObject({
        state: 'signed-in',
        user: {
          codiceFiscale: persona.codiceFiscale,
          nome: persona.nome,
          cognome: persona.cognome,
          metodo: 'cns',
          livello: 'CNS',
        },
      });
      await auth.logout();
      auth.dispose();
    },
  );

  it('refreshes a CNS session and keeps it CNS; logout revokes the grant', async () => {
    let clock = Date.now();
    const { auth, seen } = serviceWith({ now: () => clock });
    const { authorizationUrl } = await auth.login();
    await loginWithCard(authorizationUrl, card('valida', 'intermediario'));
    await settled(seen);
    const first = await auth.accessToken();
    clock += 2 * 60 * 60_000;
    const second = await auth.accessToken();
    expect(second.token).not.toBe(first.token);
    expect((await apiGet(fixture.sandbox.apiBaseUrl, '/v1/posizioni', second.token)).status).toBe(200);
    expect(auth.status()).toMatchObject({ state: 'signed-in', user: { metodo: 'cns', livello: 'CNS' } });
    await auth.logout();
    const refused = await apiGet(fixture.sandbox.apiBaseUrl, '/v1/posizioni', second.token);
    expect(errorCodeOf(refused)).toBe('TOKEN_REVOCATO');
    auth.dispose();
  });

  it.each([
    ['expired', 'scaduta', 'Certificato CNS scaduto'],
    ['revoked', 'revocata', 'Certificato CNS revocato'],
    ['foreign-CA', 'ca-estranea', 'Certificato non riconosciuto'],
    ['missing', undefined, 'Serve la Carta Nazionale dei Servizi'],
  ] as const)(
    'stops at the bridge with a %s certificate: no session, the login can be cancelled',
    async (_label, kind, title) => {
      const { auth } = serviceWith();
      const { authorizationUrl } = await auth.login();
      const { refusal } = await loginWithCard(authorizationUrl, kind ? card(kind) : undefined);
      expect(refusal?.html).toContain(`<h1>${title}</h1>`);
      expect(auth.status().state).toBe('signing-in');
      await expect(auth.accessToken()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await auth.cancel()).toEqual({ state: 'signed-out' });
      auth.dispose();
    },
  );
});

/**
 * The CNS login: a real TLS client certificate at the sandbox's CNS endpoint, then the same OIDC
 * flow as SPID and CIE. Each refused card gets its own Italian page; the Cassetto API answers a
 * CNS user exactly as it answers the same person through SPID.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anagraficaPosizioneSchema, profiloSchema } from '../../shared/domain/cassettoApi';
import { SEZIONI } from '../../shared/domain/sezioni';
import { CNS_ACR, FISCAL_NUMBER_CLAIM } from '../../shared/domain/spid';
import type { CnsCard, CnsCardKind } from '../cns/testPki';
import { posizioneId, POSIZIONI, posizioneIdOf } from '../seed/enti';
import { expectedRicerca } from '../seed/expectations';
import { PERSONAE, personaByKey } from '../seed/personae';
import type { PersonaKey } from '../seed/personae';
import { apiGet } from '../testing/apiGet';
import { authorizeWithCns, loginHeadlessWithCns } from '../testing/cnsLogin';
import { discoverBridge, loginHeadless } from '../testing/headlessLogin';
import { alertText } from '../testing/htmlForms';
import type { TempSandbox } from '../testing/tempSandbox';
import { tokenOf } from '../testing/tokenOf';
import { startTempSandbox } from '../testing/tempSandbox';
import * as client from 'openid-client';

let sandbox: TempSandbox;
const cnsTokens = new Map<PersonaKey, string>();
const spidTokens = new Map<PersonaKey, string>();
const holders = PERSONAE.filter((persona) => persona.credenziali.cns);

const cardOf = (kind: CnsCardKind, persona?: PersonaKey): CnsCard => {
  const card = sandbox.cns.cards.find(
    (candidate) => candidate.kind === kind && (persona === undefined || candidate.persona === persona),
  );
  if (!card) throw new Error(`nessuna carta ${kind} ${persona ?? ''}`);
  return card;
};
const fileOf = (card: CnsCard) => ({ pfxPath: card.pfxPath, passphrase: sandbox.cns.passphrase });

beforeAll(async () => {
  sandbox = await startTempSandbox();
  for (const persona of holders) {
    const login = await loginHeadlessWithCns(sandbox, fileOf(cardOf('valida', persona.key)));
    cnsTokens.set(persona.key, login.accessToken);
    spidTokens.set(
      persona.key,
      (await loginHeadless(sandbox, { persona: persona.key, method: 'spid', level: 2 })).accessToken,
    );
  }
});

afterAll(async () => {
  await sandbox?.dispose();
});

/** An authorization URL as the app builds it, for driving the bridge to the CNS endpoint. */
async function authorizationUrl(): Promise<URL> {
  const config = await discoverBridge(sandbox);
  return client.buildAuthorizationUrl(config, {
    redirect_uri: 'http://127.0.0.1:53682/callback',
    scope: 'openid profile',
    code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
    state: client.randomState(),
    nonce: client.randomNonce(),
    acr_values: 'https://www.spid.gov.it/SpidL2',
  });
}

async function refusalPage(card?: CnsCard) {
  const end = await authorizeWithCns(await authorizationUrl(), sandbox.cns, card && fileOf(card));
  if (end.kind !== 'page') throw new Error(`atteso un rifiuto, arrivati a ${end.url.href}`);
  return { status: end.page.status, html: end.page.html, alert: alertText(end.page.html) ?? '' };
}

describe('the CNS endpoint', () => {
  it('listens on its own loopback HTTPS port and keeps the cards in the data folder', () => {
    expect(sandbox.cns.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.cns.origin).not.toBe(new URL(sandbox.issuer).origin);
    expect(sandbox.cns.dir.startsWith(sandbox.dataDir)).toBe(true);
    expect(sandbox.cns.cards.filter((card) => card.kind === 'valida').map((card) => card.persona)).toEqual(
      holders.map((persona) => persona.key),
    );
    expect(sandbox.cns.cards.some((card) => card.persona === 'solo-l1')).toBe(false);
  });

  it.each(holders.map((persona) => persona.key))(
    '%s logs in with the card: fiscal number, names and a CNS authentication context',
    async (key) => {
      const login = await loginHeadlessWithCns(sandbox, fileOf(cardOf('valida', key)));
      const persona = personaByKey(key);
      expect(login.idTokenClaims).toMatchObject({
        acr: CNS_ACR,
        amr: ['cns'],
        given_name: persona.nome,
        family_name: persona.cognome,
        [FISCAL_NUMBER_CLAIM]: `TINIT-${persona.codiceFiscale}`,
      });
      const profilo = profiloSchema.parse(
        (await apiGet(sandbox.apiBaseUrl, '/v1/profilo', login.accessToken)).body,
      );
      expect(profilo).toMatchObject({ codiceFiscale: persona.codiceFiscale, livello: 'CNS' });
    },
  );

  it('explains, without a certificate, that a card reader and the card are needed', async () => {
    const page = await refusalPage();
    expect(page.status).toBe(401);
    expect(page.html).toContain('<h1>Serve la Carta Nazionale dei Servizi</h1>');
    expect(page.alert).toMatch(/lettore di smart card/);
    expect(page.alert).toMatch(/carta inserita nel lettore/);
  });

  it('refuses the expired card, naming the day it expired', async () => {
    const card = cardOf('scaduta');
    const page = await refusalPage(card);
    expect(page.status).toBe(403);
    expect(page.html).toContain('<h1>Certificato CNS scaduto</h1>');
    const day = new Intl.DateTimeFormat('it-IT', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'Europe/Rome',
    }).format(new Date(card.notAfter));
    expect(page.alert).toContain(`è scaduto il ${day}`);
  });

  it('refuses the revoked card, which is on the sandbox CRL', async () => {
    const page = await refusalPage(cardOf('revocata'));
    expect(page.status).toBe(403);
    expect(page.html).toContain('<h1>Certificato CNS revocato</h1>');
    expect(page.alert).toMatch(/lista dei certificati revocati/);
  });

  it('refuses a card issued by a foreign CA, naming that issuer', async () => {
    const page = await refusalPage(cardOf('ca-estranea'));
    expect(page.status).toBe(403);
    expect(page.html).toContain('<h1>Certificato non riconosciuto</h1>');
    expect(page.alert).toMatch(/non è stato emesso da un ente emettitore di CNS riconosciuto/);
    expect(page.alert).toMatch(/CA estranea/);
  });

  it('offers a way back to SPID and CIE on every refusal', async () => {
    const page = await refusalPage(cardOf('revocata'));
    expect(page.html).toMatch(new RegExp(`href="${sandbox.issuer}/interaction/[\\w-]+"`));
  });

  it('asks for the interaction of this browser: a CNS address without it has expired', async () => {
    const fetchWithCard = await (
      await import('../testing/cnsLogin')
    ).cnsFetch(sandbox.cns.caPem, fileOf(cardOf('valida', 'comando')));
    const response = await fetchWithCard(new URL(`${sandbox.cns.origin}/interaction/abcdefghijkl/cns`));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Richiesta di accesso scaduta');
  });
});

describe('authorization for CNS users', () => {
  it.each(holders.map((persona) => persona.key))('%s sees exactly the expected Ricerca', async (key) => {
    const answer = await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', tokenOf(cnsTokens, key));
    expect(answer.status).toBe(200);
    const rows = (answer.body as Array<Record<string, unknown>>).map(
      ({ id, codiceFiscaleEnte, progressivo, denominazione, ruolo }) => ({
        id,
        codiceFiscaleEnte,
        progressivo,
        denominazione,
        ruolo,
      }),
    );
    expect(rows.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(expectedRicerca(key));
  });

  const unknownId = '99999999999-00001';
  const cases = holders.flatMap((persona) =>
    [...POSIZIONI.map((posizione) => posizioneIdOf(posizione)), unknownId].map((id) => ({
      persona: persona.key,
      id,
      allowed: persona.ricercaAttesa.some((row) => posizioneId(row.posizione) === id),
    })),
  );

  it.each(cases)(
    '$persona on $id and its sections → allowed: $allowed, as through SPID',
    async ({ persona, id, allowed }) => {
      const paths = [`/v1/posizioni/${id}`, ...SEZIONI.map((sezione) => `/v1/posizioni/${id}/${sezione}`)];
      for (const path of paths) {
        const [cns, spid] = await Promise.all([
          apiGet(sandbox.apiBaseUrl, path, tokenOf(cnsTokens, persona)),
          apiGet(sandbox.apiBaseUrl, path, tokenOf(spidTokens, persona)),
        ]);
        expect(cns.status, path).toBe(allowed ? 200 : 403);
        expect(cns.body, path).toEqual(spid.body);
      }
      if (allowed) {
        const anagrafica = anagraficaPosizioneSchema.parse(
          (await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}`, tokenOf(cnsTokens, persona))).body,
        );
        expect(anagrafica.ruolo).toBe(
          personaByKey(persona).ricercaAttesa.find((row) => posizioneId(row.posizione) === id)?.ruolo,
        );
      }
    },
  );
});

/**
 * Who sees what: each persona's Ricerca, the same through SPID and CIE, and the matrix of every
 * endpoint × every persona × every posizione (200 only with a delega or role, 403 otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anagraficaPosizioneSchema, profiloSchema, ricercaSchema } from '../../shared/domain/cassettoApi';
import { posizioneId, POSIZIONI, posizioneIdOf } from '../seed/enti';
import { expectedRicerca } from '../seed/expectations';
import { PERSONAE, personaByKey } from '../seed/personae';
import type { PersonaKey } from '../seed/personae';
import { SEZIONI, sezioneRowSchemas } from '../../shared/domain/sezioni';
import { sampleDenuncia } from '../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../shared/domain/listapospa/xmlWriter';
import { apiGet, apiPost, errorCodeOf } from '../testing/apiGet';
import { loginHeadless } from '../testing/headlessLogin';
import type { TempSandbox } from '../testing/tempSandbox';
import { tokenOf } from '../testing/tokenOf';
import { startTempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;
const spidTokens = new Map<PersonaKey, string>();
const cieTokens = new Map<PersonaKey, string>();
const admitted = PERSONAE.filter((persona) => persona.key !== 'solo-l1');

beforeAll(async () => {
  sandbox = await startTempSandbox();
  for (const persona of admitted) {
    spidTokens.set(
      persona.key,
      (await loginHeadless(sandbox, { persona: persona.key, method: 'spid', level: 2 })).accessToken,
    );
    cieTokens.set(
      persona.key,
      (await loginHeadless(sandbox, { persona: persona.key, method: 'cie' })).accessToken,
    );
  }
});

afterAll(async () => {
  await sandbox?.dispose();
});

describe('Ricerca per persona', () => {
  it.each(admitted.map((persona) => persona.key))('%s sees exactly the expected posizioni', async (key) => {
    const answer = await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', tokenOf(spidTokens, key));
    expect(answer.status).toBe(200);
    const rows = ricercaSchema.parse(answer.body);
    const actual = rows.map(({ id, codiceFiscaleEnte, progressivo, denominazione, ruolo }) => ({
      id,
      codiceFiscaleEnte,
      progressivo,
      denominazione,
      ruolo,
    }));
    expect(actual.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expectedRicerca(key));
  });

  it.each(admitted.map((persona) => persona.key))(
    '%s has the same profile and Ricerca through SPID and CIE',
    async (key) => {
      const [spidRicerca, cieRicerca, spidProfilo, cieProfilo] = await Promise.all([
        apiGet(sandbox.apiBaseUrl, '/v1/posizioni', tokenOf(spidTokens, key)),
        apiGet(sandbox.apiBaseUrl, '/v1/posizioni', tokenOf(cieTokens, key)),
        apiGet(sandbox.apiBaseUrl, '/v1/profilo', tokenOf(spidTokens, key)),
        apiGet(sandbox.apiBaseUrl, '/v1/profilo', tokenOf(cieTokens, key)),
      ]);
      expect(cieRicerca.body).toEqual(spidRicerca.body);
      const spid = profiloSchema.parse(spidProfilo.body);
      const cie = profiloSchema.parse(cieProfilo.body);
      expect(spid.livello).toBe('SpidL2');
      expect(cie.livello).toBe('SpidL3');
      expect({ ...cie, livello: spid.livello }).toEqual(spid);
    },
  );

  it('gives the citizen without a profile an empty Ricerca and abilitato false', async () => {
    const profilo = profiloSchema.parse(
      (await apiGet(sandbox.apiBaseUrl, '/v1/profilo', tokenOf(spidTokens, 'cittadino'))).body,
    );
    expect(profilo).toMatchObject({
      codiceFiscale: 'RCCCHR95D58A94QJ',
      nome: 'Chiara',
      cognome: 'Ricci',
      abilitato: false,
      ruoli: [],
    });
  });

  it('reports the roles in the profile', async () => {
    const roles = async (key: PersonaKey) =>
      profiloSchema.parse((await apiGet(sandbox.apiBaseUrl, '/v1/profilo', tokenOf(spidTokens, key))).body)
        .ruoli;
    expect(await roles('legale-comune')).toEqual(['legale_rappresentante']);
    expect(await roles('intermediario')).toEqual(['intermediario']);
    expect(await roles('subdelegato')).toEqual(['subdelegato']);
  });
});

describe('SPID level 1', () => {
  it('is refused by the API on every endpoint, even with a delega', async () => {
    const login = await loginHeadless(sandbox, { persona: 'solo-l1', method: 'spid', level: 1 });
    expect(login.idTokenClaims?.acr).toBe('https://www.spid.gov.it/SpidL1');
    for (const path of ['/v1/profilo', '/v1/posizioni', `/v1/posizioni/${posizioneId('comune-borgo')}`]) {
      const answer = await apiGet(sandbox.apiBaseUrl, path, login.accessToken);
      expect(answer.status, path).toBe(403);
      expect(errorCodeOf(answer)).toBe('LIVELLO_INSUFFICIENTE');
      expect(JSON.stringify(answer.body)).toMatch(/SPID di livello 2.*CIE.*34\/2023/);
      expect(answer.headers.get('www-authenticate')).toMatch(/insufficient_user_authentication/);
    }
  });

  it('is refused for a persona who also has level 2, when level 1 was chosen', async () => {
    const login = await loginHeadless(sandbox, { persona: 'delegato-comune', method: 'spid', level: 1 });
    const answer = await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', login.accessToken);
    expect(errorCodeOf(answer)).toBe('LIVELLO_INSUFFICIENTE');
  });
});

describe('authorization matrix', () => {
  const unknownId = '99999999999-00001';
  const cases = admitted.flatMap((persona) =>
    [...POSIZIONI.map((posizione) => posizioneIdOf(posizione)), unknownId].map((id) => {
      const allowed = persona.ricercaAttesa.some((row) => posizioneId(row.posizione) === id);
      return { persona: persona.key, id, allowed };
    }),
  );

  it.each(cases)('$persona on $id → allowed: $allowed', async ({ persona, id, allowed }) => {
    const answer = await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}`, tokenOf(spidTokens, persona));
    if (allowed) {
      expect(answer.status).toBe(200);
      const anagrafica = anagraficaPosizioneSchema.parse(answer.body);
      expect(anagrafica.id).toBe(id);
      const expectedRole = personaByKey(persona).ricercaAttesa.find(
        (row) => posizioneId(row.posizione) === id,
      )?.ruolo;
      expect(anagrafica.ruolo).toBe(expectedRole);
    } else {
      expect(answer.status).toBe(403);
      expect(errorCodeOf(answer)).toBe('POSIZIONE_NON_AUTORIZZATA');
    }
  });

  // Every section and action endpoint, for every persona × posizione: the same rule as above.
  it.each(cases)('$persona on the sections of $id → allowed: $allowed', async ({ persona, id, allowed }) => {
    const bearer = tokenOf(spidTokens, persona);
    for (const sezione of SEZIONI) {
      const answer = await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/${sezione}`, bearer);
      expect(answer.status, sezione).toBe(allowed ? 200 : 403);
      if (allowed) {
        const rows = sezioneRowSchemas[sezione].array().parse(answer.body);
        expect(rows.length, sezione).toBeGreaterThan(0);
      }
    }
    const tracciati = await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/tracciati`, bearer);
    expect(tracciati.status).toBe(allowed ? 200 : 403);
    // An empty body: refused as invalid (400) when the delega allows, before any check (403) otherwise.
    // A valid ListaPosPA of that very posizione: recorded (201) only with a title to it.
    const [cfAzienda = '', prgAzienda = ''] = id.split('-');
    const file = sampleDenuncia(1, '2026-01');
    file.datiMittente.cfMittente = cfAzienda;
    file.azienda.cfAzienda = cfAzienda;
    file.azienda.listaPosPA.prgAzienda = prgAzienda;
    const dma = await apiPost(
      sandbox.apiBaseUrl,
      `/v1/posizioni/${id}/dma`,
      { xml: writeDenuncia(file) },
      bearer,
    );
    expect(dma.status, 'dma').toBe(allowed ? 201 : 403);
    if (!allowed) expect(errorCodeOf(dma)).toBe('POSIZIONE_NON_AUTORIZZATA');
    for (const action of ['contestazioni', 'tracciati', 'dma']) {
      const answer = await apiPost(sandbox.apiBaseUrl, `/v1/posizioni/${id}/${action}`, {}, bearer);
      expect(answer.status, action).toBe(allowed ? 400 : 403);
      if (!allowed) expect(errorCodeOf(answer)).toBe('POSIZIONE_NON_AUTORIZZATA');
    }
  });

  it.each(admitted.map((persona) => persona.key))('%s may read profilo and Ricerca', async (key) => {
    for (const path of ['/v1/profilo', '/v1/posizioni']) {
      expect((await apiGet(sandbox.apiBaseUrl, path, tokenOf(spidTokens, key))).status).toBe(200);
    }
  });

  it('refuses a sub-path of a forbidden posizione before looking the sub-path up', async () => {
    const forbidden = await apiGet(
      sandbox.apiBaseUrl,
      `/v1/posizioni/${posizioneId('asl-pianura')}/versamenti`,
      tokenOf(spidTokens, 'intermediario'),
    );
    expect(forbidden.status).toBe(403);
    const allowedButMissing = await apiGet(
      sandbox.apiBaseUrl,
      `/v1/posizioni/${posizioneId('unione-bassa')}/inesistente`,
      tokenOf(spidTokens, 'intermediario'),
    );
    expect(allowedButMissing.status).toBe(404);
    expect(errorCodeOf(allowedButMissing)).toBe('RISORSA_NON_TROVATA');
  });
});

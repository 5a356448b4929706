/** What the Cassetto API refuses: missing, malformed, expired, mis-addressed, foreign, revoked tokens. */
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FISCAL_NUMBER_CLAIM, SPID_ACR } from '../../shared/domain/spid';
import { apiErrorSchema } from '../../shared/domain/cassettoApi';
import { posizioneId } from '../seed/enti';
import { personaByKey } from '../seed/personae';
import { apiGet, errorCodeOf } from '../testing/apiGet';
import { loginHeadless, logoutHeadless } from '../testing/headlessLogin';
import type { TempSandbox } from '../testing/tempSandbox';
import { startTempSandbox } from '../testing/tempSandbox';
import { forgeAccessToken } from '../testing/tokens';

let sandbox: TempSandbox;
const delegato = personaByKey('delegato-comune').codiceFiscale;

beforeAll(async () => {
  sandbox = await startTempSandbox();
});

afterAll(async () => {
  await sandbox?.dispose();
});

async function expect401(token: string | undefined, code: string, headers: Record<string, string> = {}) {
  const answer = await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', token, headers);
  expect(answer.status).toBe(401);
  expect(errorCodeOf(answer)).toBe(code);
  const body = apiErrorSchema.parse(answer.body);
  expect(body.error.message).toMatch(/token|sessione|accesso/i);
  expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
}

describe('refused tokens', () => {
  it('accepts a well-formed token of the bridge (the baseline of the cases below)', async () => {
    const answer = await apiGet(
      sandbox.apiBaseUrl,
      '/v1/posizioni',
      await forgeAccessToken(sandbox, delegato),
    );
    expect(answer.status).toBe(200);
  });

  it('refuses a missing token', async () => {
    await expect401(undefined, 'TOKEN_MANCANTE');
    await expect401(undefined, 'TOKEN_MANCANTE', { authorization: 'Basic Zm9vOmJhcg==' });
  });

  it('refuses garbage', async () => {
    await expect401('not-a-jwt', 'TOKEN_NON_VALIDO');
  });

  it('refuses an expired token, beyond the clock tolerance', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect401(
      await forgeAccessToken(sandbox, delegato, { claims: { iat: now - 700, exp: now - 60 } }),
      'TOKEN_SCADUTO',
    );
  });

  it('refuses a token for another audience', async () => {
    await expect401(
      await forgeAccessToken(sandbox, delegato, { claims: { aud: 'http://127.0.0.1:1/' } }),
      'TOKEN_NON_VALIDO',
    );
  });

  it('refuses a token from another issuer', async () => {
    await expect401(
      await forgeAccessToken(sandbox, delegato, { claims: { iss: 'http://127.0.0.1:2' } }),
      'TOKEN_NON_VALIDO',
    );
  });

  it('refuses a token signed by another key, even under the bridge key id', async () => {
    await expect401(await forgeAccessToken(sandbox, delegato, { foreignKey: true }), 'TOKEN_NON_VALIDO');
  });

  it('refuses a JWT that is not an access token (e.g. an ID token)', async () => {
    await expect401(await forgeAccessToken(sandbox, delegato, { typ: 'JWT' }), 'TOKEN_NON_VALIDO');
    const login = await loginHeadless(sandbox, { persona: 'delegato-comune', method: 'spid' });
    if (!login.idToken) throw new Error('ID token atteso');
    await expect401(login.idToken, 'TOKEN_NON_VALIDO');
  });

  it('refuses a token without grant id or without a valid fiscal number', async () => {
    await expect401(
      await forgeAccessToken(sandbox, delegato, { claims: { grant_id: undefined } }),
      'TOKEN_NON_VALIDO',
    );
    await expect401(
      await forgeAccessToken(sandbox, delegato, {
        claims: { [FISCAL_NUMBER_CLAIM]: 'TINIT-CLMLRA79S42B034X' },
      }),
      'TOKEN_NON_VALIDO',
    );
  });

  it('refuses, with 403, a token without acr or at level 1', async () => {
    for (const acr of [undefined, SPID_ACR[1], 'urn:altro']) {
      const answer = await apiGet(
        sandbox.apiBaseUrl,
        '/v1/posizioni',
        await forgeAccessToken(sandbox, delegato, { claims: { acr } }),
      );
      expect(answer.status).toBe(403);
      expect(errorCodeOf(answer)).toBe('LIVELLO_INSUFFICIENTE');
    }
  });
});

describe('logout', () => {
  it('refuses the old access token after the refresh token is revoked', async () => {
    const login = await loginHeadless(sandbox, { persona: 'intermediario', method: 'spid', level: 2 });
    if (!login.refreshToken) throw new Error('refresh token atteso');
    const path = `/v1/posizioni/${posizioneId('unione-bassa')}`;
    expect((await apiGet(sandbox.apiBaseUrl, path, login.accessToken)).status).toBe(200);

    await client.tokenRevocation(login.config, login.refreshToken);

    const answer = await apiGet(sandbox.apiBaseUrl, path, login.accessToken);
    expect(answer.status).toBe(401);
    expect(errorCodeOf(answer)).toBe('TOKEN_REVOCATO');
    await expect(client.refreshTokenGrant(login.config, login.refreshToken)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('ends the grant with RP-initiated logout when there is no offline access', async () => {
    const login = await loginHeadless(sandbox, {
      persona: 'legale-comune',
      method: 'cie',
      scope: 'openid profile',
    });
    expect((await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', login.accessToken)).status).toBe(200);
    const landedAt = await logoutHeadless(login, 'http://127.0.0.1:40000/logout');
    expect(landedAt.pathname).toBe('/logout');
    expect(errorCodeOf(await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', login.accessToken))).toBe(
      'TOKEN_REVOCATO',
    );
  });

  it('keeps an offline grant across RP-initiated logout, so the app also revokes its refresh token', async () => {
    const login = await loginHeadless(sandbox, { persona: 'legale-comune', method: 'spid', level: 3 });
    await logoutHeadless(login);
    expect((await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', login.accessToken)).status).toBe(200);
    if (!login.refreshToken) throw new Error('refresh token atteso');
    await client.tokenRevocation(login.config, login.refreshToken);
    expect(errorCodeOf(await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', login.accessToken))).toBe(
      'TOKEN_REVOCATO',
    );
  });
});

describe('plumbing', () => {
  it('answers /health without a token', async () => {
    const answer = await apiGet(sandbox.apiBaseUrl, '/health');
    expect(answer).toMatchObject({ status: 200, body: { stato: 'ok' } });
  });

  it('answers unknown paths and methods in JSON', async () => {
    const token = await forgeAccessToken(sandbox, delegato);
    const missing = await apiGet(sandbox.apiBaseUrl, '/v1/inesistente', token);
    expect(missing.status).toBe(404);
    expect(errorCodeOf(missing)).toBe('RISORSA_NON_TROVATA');
    const post = await fetch(`${sandbox.apiBaseUrl}/v1/posizioni`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect(((await post.json()) as { error: { code: string } }).error.code).toBe('METODO_NON_CONSENTITO');
  });
});

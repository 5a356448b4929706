/** A restart on the same data directory keeps the archive, the keys, the sessions and the revocations. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../index';
import type { Sandbox } from '../index';
import { posizioneId } from '../seed/enti';
import { personaByKey } from '../seed/personae';
import { openStore } from '../store/openStore';
import { apiGet, errorCodeOf } from '../testing/apiGet';
import { discoverBridge, loginHeadless } from '../testing/headlessLogin';

let dataDir: string;
let sandbox: Sandbox;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cassetto-restart-'));
});

afterAll(async () => {
  await sandbox?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function jwks(issuer: string): Promise<unknown> {
  return (await fetch(`${issuer}/jwks`)).json();
}

describe('restart', () => {
  it('keeps data, keys, refresh tokens and revoked grants', async () => {
    sandbox = await startSandbox({ dataDir });
    const firstJwks = await jwks(sandbox.issuer);
    const kept = await loginHeadless(sandbox, { persona: 'comando', method: 'spid', level: 2 });
    const revoked = await loginHeadless(sandbox, { persona: 'delegato-comune', method: 'spid', level: 2 });
    if (!revoked.refreshToken || !kept.refreshToken) throw new Error('refresh token attesi');
    await client.tokenRevocation(revoked.config, revoked.refreshToken);
    const { bridgePort, apiPort } = {
      bridgePort: Number(new URL(sandbox.issuer).port),
      apiPort: Number(new URL(sandbox.apiBaseUrl).port),
    };
    await sandbox.stop();

    // A change made to the archive while the sandbox is down, as a later issue's back office would.
    const opened = openStore(dataDir);
    expect(opened.seeded).toBe(false);
    opened.store.addAbilitazione({
      codiceFiscale: personaByKey('comando').codiceFiscale,
      posizioneId: posizioneId('comune-borgo-nidi'),
      ruolo: 'delegato_comando',
      stato: 'attiva',
      dataInizio: '2025-02-01',
    });
    opened.close();

    // Same ports, so that tokens issued before (issuer and audience name them) stay addressed here.
    sandbox = await startSandbox({ dataDir, bridgePort, apiPort });
    expect(await jwks(sandbox.issuer)).toEqual(firstJwks);

    // The old access token still verifies (same key) and sees the new delega.
    const ricerca = await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', kept.accessToken);
    expect(ricerca.status).toBe(200);
    expect((ricerca.body as Array<{ id: string }>).map((row) => row.id).sort()).toEqual(
      [posizioneId('comune-borgo'), posizioneId('comune-borgo-nidi')].sort(),
    );

    // The revocation was recorded before the restart and still holds.
    expect(errorCodeOf(await apiGet(sandbox.apiBaseUrl, '/v1/posizioni', revoked.accessToken))).toBe(
      'TOKEN_REVOCATO',
    );

    // The bridge remembers the grant: the refresh token from before the restart still works.
    const config = await discoverBridge(sandbox);
    const refreshed = await client.refreshTokenGrant(config, kept.refreshToken);
    expect((await apiGet(sandbox.apiBaseUrl, '/v1/profilo', refreshed.access_token)).status).toBe(200);
  });
});

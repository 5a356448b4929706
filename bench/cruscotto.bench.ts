/**
 * The Cruscotto's load: 50 posizioni seeded in the sandbox (`seedPosizioni`, a year of data
 * each) plus the intermediario's own, read through the app's real gateway 4 at a time, from the
 * first call until every row has its facts. Target (issue 15): under 5 s on this machine. Prints
 * figures for a cold sandbox (sections generated on first read) and warm rounds; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personaByKey } from '../sandbox';
import { loginHeadless, startTempSandbox } from '../sandbox/testing';
import type { AuthService } from '../src-main/services/auth/authService';
import { createCassettoGateway } from '../src-main/services/cassettoApi/cassettoGateway';
import { createCruscottoCache } from '../src-main/services/cruscotto/cruscottoCache';
import { createCruscottoService } from '../src-main/services/cruscotto/cruscottoService';

const POSIZIONI = 50;
const ROUNDS = 3;
const TARGET_MS = 5000;

export async function run(): Promise<void> {
  const sandbox = await startTempSandbox(undefined, { seedPosizioni: { count: POSIZIONI } });
  const dir = mkdtempSync(join(tmpdir(), 'cassetto-bench-cruscotto-'));
  try {
    const { accessToken } = await loginHeadless(sandbox, {
      persona: 'intermediario',
      method: 'spid',
      level: 2,
    });
    let requests = 0;
    const auth = {
      accessToken: async () => ({ token: accessToken, apiBaseUrl: sandbox.apiBaseUrl }),
      logout: async () => undefined,
    } as unknown as AuthService;
    const counting: typeof fetch = (input, init) => {
      requests += 1;
      return fetch(input, init);
    };
    const gateway = createCassettoGateway(auth, counting);
    const codiceFiscale = personaByKey('intermediario').codiceFiscale;
    for (let round = 0; round < ROUNDS; round += 1) {
      requests = 0;
      // A fresh service each round: the load of a new session, the cache file already there.
      const service = createCruscottoService({
        gateway,
        cache: createCruscottoCache(dir, codiceFiscale),
        bozzeNonInviate: async () => [],
      });
      const started = performance.now();
      await service.list();
      await service.idle();
      const ms = performance.now() - started;
      const { righe } = await service.list();
      const failed = righe.filter((row) => row.errore !== null).length;
      console.log(
        `${round === 0 ? 'a freddo' : 'a caldo '}: ${righe.length} posizioni in ${ms.toFixed(0)} ms ` +
          `(${(ms / righe.length).toFixed(1)} ms/posizione, ${requests} richieste, ${failed} in errore); ` +
          `obiettivo < ${TARGET_MS} ms: ${ms < TARGET_MS ? 'sì' : 'NO'}`,
      );
    }
  } finally {
    await sandbox.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

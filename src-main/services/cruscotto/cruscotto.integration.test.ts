import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cruscotto } from '../../../shared/domain/cruscotto/posizioneSnapshot';
import { mesiSenzaDenuncia, ultimaListaPosPA } from '../../../shared/domain/cruscotto/collect';
import { personaByKey, seededPosizioni, type PersonaKey } from '../../../sandbox';
import { shiftMonths } from '../../../sandbox/seed/frame';
import { aYearOf } from '../../../sandbox/seed/seededPosizioni';
import { generateDenunce } from '../../../sandbox/seed/sezioni';
import { loginHeadless, startTempSandbox, type TempSandbox } from '../../../sandbox/testing';
import { serviceDepsFor } from '../../testing/serviceDeps.test-support';
import { signedInAs } from '../../testing/signedInUser.test-support';
import { cruscottoHandlers } from './cruscottoHandlers';

/**
 * The Cruscotto against the real sandbox: real login at its bridge, real Cassetto API with its
 * authorization by delega, the real per-user scope; two users in turn on one computer.
 */

const SEEDED = 3;
let sandbox: TempSandbox;
let dataDir: string;
const tokens = new Map<string, string>();

beforeAll(async () => {
  sandbox = await startTempSandbox(undefined, { seedPosizioni: { count: SEEDED } });
  dataDir = mkdtempSync(join(tmpdir(), 'cruscotto-int-'));
  for (const persona of ['intermediario', 'legale-comune'] as PersonaKey[]) {
    const { accessToken } = await loginHeadless(sandbox, { persona, method: 'spid', level: 2 });
    tokens.set(personaByKey(persona).codiceFiscale, accessToken);
  }
});
afterAll(async () => {
  await sandbox.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The app's Cruscotto calls for whoever `current.user` names, as the app composes them. */
function cruscottoFor(current: { user: string }) {
  const auth = signedInAs(
    () => current.user,
    (codiceFiscale) => ({ token: tokens.get(codiceFiscale) ?? '', apiBaseUrl: sandbox.apiBaseUrl }),
  );
  const handlers = cruscottoHandlers(serviceDepsFor({ dataDir, auth }));
  const list = () => handlers['cruscotto.list']({}, {}, new AbortController().signal) as Promise<Cruscotto>;
  return {
    list,
    refresh: (posizioneId: string) =>
      handlers['cruscotto.refresh']({ posizioneId }, {}, new AbortController().signal),
    async loaded() {
      await expect.poll(async () => (await list()).caricamento, { timeout: 20_000 }).toBeNull();
      return list();
    },
  };
}

const INTERMEDIARIO = personaByKey('intermediario').codiceFiscale;
const LEGALE = personaByKey('legale-comune').codiceFiscale;

describe('Cruscotto on the sandbox', () => {
  it('collects every posizione of the Ricerca with a year of data; a failing refresh stays in its row', async () => {
    const current = { user: INTERMEDIARIO };
    const app = cruscottoFor(current);
    const { righe, errore } = await app.loaded();
    expect(errore).toBeUndefined();
    const seeded = seededPosizioni(SEEDED).map((p) => `${p.codiceFiscaleEnte}-${p.progressivo}`);
    const ids = righe.map((row) => row.posizione.id);
    expect(ids).toEqual(expect.arrayContaining(seeded));
    for (const row of righe) expect(row.errore).toBeNull();

    const first = righe.find((row) => row.posizione.id === seeded[0]);
    expect(first?.posizione.denominazione).toBe('Comune di Prova 001');
    // Its year of data is the twelve months before the sandbox's today (the seed is dated as of
    // it): the last ListaPosPA is that of its seeded denunce, and every month has one.
    const oggi = sandbox.oggiSeed;
    const denunce = aYearOf('dma', generateDenunce(seededPosizioni(1)[0]!, oggi), oggi);
    expect(first?.ultimaListaPosPA).toEqual(ultimaListaPosPA(denunce));
    expect(mesiSenzaDenuncia(denunce, oggi)).toEqual([]);
    expect(first?.mesiSenzaDenuncia).toEqual([]);
    expect(denunce.some((d) => d.mese === shiftMonths(oggi.slice(0, 7), -1))).toBe(true);
    // The seeded note di debito of the sandbox: some still open, within their term.
    expect(first?.noteDebito.some((nota) => nota.stato === 'open')).toBe(true);

    // The INPS unreachable: refreshing one row gives that row its error and keeps its facts.
    sandbox.setApiReachable(false);
    try {
      const failed = await app.refresh(seeded[1] ?? '');
      expect(failed.errore).toMatch(/non è raggiungibile/);
      expect(failed.aggiornatoAl).not.toBeNull();
      const after = await app.list();
      expect(after.righe.find((row) => row.posizione.id === seeded[1])?.errore).toMatch(/raggiungibile/);
      expect(after.righe.find((row) => row.posizione.id === seeded[0])?.errore).toBeNull();
    } finally {
      sandbox.setApiReachable(true);
    }
  });

  it('the legale rappresentante, next on the same computer, sees only the posizioni of his own Ricerca', async () => {
    const current = { user: INTERMEDIARIO };
    const app = cruscottoFor(current);
    const intermediario = await app.loaded();
    expect(intermediario.righe.length).toBeGreaterThan(SEEDED);

    current.user = LEGALE;
    const legale = await app.loaded();
    const ids = legale.righe.map((row) => row.posizione.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of seededPosizioni(SEEDED).map((p) => `${p.codiceFiscaleEnte}-00001`))
      expect(ids).not.toContain(id);
    expect(legale.righe.every((row) => row.posizione.ruolo === 'legale_rappresentante')).toBe(true);
    // The deleghe and quesiti lists answer for him too: no row carries an error.
    expect(legale.righe.map((row) => row.errore)).toEqual(legale.righe.map(() => null));
  });
});

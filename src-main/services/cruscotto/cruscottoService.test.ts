import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract';
import type { PosizioneContributiva } from '../../../shared/domain/cassettoApi';
import type { Cruscotto } from '../../../shared/domain/cruscotto/posizioneSnapshot';
import type { Denuncia } from '../../../shared/domain/sezioni';
import { fakeGateway } from '../cassettoApi/fakeGateway.test-support';
import { serviceDepsFor } from '../../testing/serviceDeps.test-support';
import { signedInAs } from '../../testing/signedInUser.test-support';
import { userDirOf } from '../userScope';
import { createCruscottoCache } from './cruscottoCache';
import { cruscottoHandlers } from './cruscottoHandlers';
import { createCruscottoService } from './cruscottoService';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cruscotto-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const posizione = (n: number, prefix = '8'): PosizioneContributiva => ({
  id: `${prefix}${String(n).padStart(10, '0')}-00001`,
  codiceFiscaleEnte: `${prefix}${String(n).padStart(10, '0')}`,
  progressivo: '00001',
  denominazione: `Comune numero ${n}`,
  sedeInps: 'Direzione provinciale di Parma',
  tipoEnte: 'comune',
  ruolo: 'intermediario',
});

const denuncia = (mese: string): Denuncia => ({
  id: `D-${mese}`,
  mese,
  tipo: 'ordinario',
  dataInvio: `${mese}-20`,
  esito: 'acquisita',
  numeroD0: 10,
  totaleContributi: '100.00',
  errori: [],
});

interface FakeOptions {
  ricerca: () => PosizioneContributiva[];
  /** Throws for a section of a posizione, to stand for an INPS refusal. */
  fail?: (posizioneId: string, sezione: string) => ContractError | undefined;
  delayMs?: number;
}

/** The Cassetto API as the Cruscotto reads it, with what was in flight at each moment. */
function cruscottoGateway(options: FakeOptions) {
  const active = new Map<string, number>();
  const seen = { maxPosizioni: 0 };
  const section = async (id: string, sezione: string) => {
    active.set(id, (active.get(id) ?? 0) + 1);
    seen.maxPosizioni = Math.max(seen.maxPosizioni, active.size);
    try {
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 2));
      const failure = options.fail?.(id, sezione);
      if (failure) throw failure;
    } finally {
      const left = (active.get(id) ?? 1) - 1;
      if (left === 0) active.delete(id);
      else active.set(id, left);
    }
  };
  /** A section of the posizione: read through `section` (concurrency, failures), then its rows. */
  const rowsOf =
    <T>(sezione: string, rows: T[]) =>
    async ({ posizioneId }: { posizioneId: string }) => {
      await section(posizioneId, sezione);
      return rows;
    };
  const gateway = fakeGateway({
    ricerca: () => options.ricerca(),
    delegheList: () => [],
    quesitiList: () => [],
    denunce: rowsOf('dma', [denuncia('2026-10')]),
    noteDebito: rowsOf('note-debito', []),
    noteDebitoEca: rowsOf('note-debito-eca', []),
    pianiAmmortamento: rowsOf('piani-ammortamento', []),
    versamenti: rowsOf('versamenti', []),
  });
  return { gateway, seen };
}

const oggi = () => new Date('2026-11-30T10:00:00Z');

describe('Cruscotto service', () => {
  it('reads at most four posizioni at a time, and uses all four', async () => {
    const posizioni = Array.from({ length: 13 }, (_, i) => posizione(i + 1));
    const { gateway, seen } = cruscottoGateway({ ricerca: () => posizioni, delayMs: 5 });
    const service = createCruscottoService({
      gateway,
      cache: createCruscottoCache(tempDir(), 'RMNFNC75B49H223F'),
      bozzeNonInviate: async () => [],
      now: oggi,
    });
    await service.list();
    await service.idle();
    const { righe } = await service.list();
    expect(righe).toHaveLength(13);
    expect(righe.every((row) => row.aggiornatoAl !== null)).toBe(true);
    expect(seen.maxPosizioni).toBe(4);
  });

  it('shows a failing posizione’s error in its own row, keeping its last facts, the others unharmed', async () => {
    const posizioni = [posizione(1), posizione(2), posizione(3)];
    let refuse = false;
    const failing = posizioni[1]?.id;
    const { gateway } = cruscottoGateway({
      ricerca: () => posizioni,
      fail: (id, sezione) =>
        refuse && id === failing && sezione === 'note-debito'
          ? new ContractError('FORBIDDEN', 'Posizione non autorizzata: la delega è scaduta.')
          : undefined,
    });
    const service = createCruscottoService({
      gateway,
      cache: createCruscottoCache(tempDir(), 'RMNFNC75B49H223F'),
      bozzeNonInviate: async (id) => (id === failing ? ['2026-11'] : []),
      now: oggi,
    });
    await service.list();
    await service.idle();
    refuse = true;
    await service.reload();
    await service.idle();
    const { righe, errore } = await service.list();
    expect(errore).toBeUndefined();
    const [first, second, third] = righe;
    expect(second?.errore).toBe('Posizione non autorizzata: la delega è scaduta.');
    // What was read before stays, so the row still says something useful.
    expect(second?.ultimaListaPosPA?.competenza).toBe('2026-10');
    expect(second?.bozzeNonInviate).toEqual(['2026-11']);
    expect(first?.errore).toBeNull();
    expect(third?.errore).toBeNull();

    // Refreshing that row alone, once the INPS answers again, clears its error.
    refuse = false;
    const refreshed = await service.refresh(failing ?? '');
    expect(refreshed.errore).toBeNull();
    expect((await service.list()).righe[1]?.errore).toBeNull();
  });

  it('refuses to refresh a posizione that is not in the Ricerca', async () => {
    const { gateway } = cruscottoGateway({ ricerca: () => [posizione(1)] });
    const service = createCruscottoService({
      gateway,
      cache: createCruscottoCache(tempDir(), 'RMNFNC75B49H223F'),
      bozzeNonInviate: async () => [],
    });
    await service.list();
    await service.idle();
    await expect(service.refresh('99999999999-00001')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the rows across a restart, with their "aggiornato al"', async () => {
    const dir = tempDir();
    const { gateway } = cruscottoGateway({ ricerca: () => [posizione(1), posizione(2)] });
    const first = createCruscottoService({
      gateway,
      cache: createCruscottoCache(dir, 'RMNFNC75B49H223F'),
      bozzeNonInviate: async () => [],
      now: oggi,
    });
    await first.list();
    await first.idle();
    // A second start, INPS unreachable: the table is there at once, as last read.
    const unreachable = fakeGateway({
      ricerca: () => {
        throw new ContractError('UNAVAILABLE', 'Il servizio INPS non è raggiungibile.');
      },
    });
    const again = createCruscottoService({
      gateway: unreachable,
      cache: createCruscottoCache(dir, 'RMNFNC75B49H223F'),
      bozzeNonInviate: async () => [],
    });
    const shown = await again.list();
    expect(shown.righe.map((row) => row.aggiornatoAl)).toEqual([oggi().toISOString(), oggi().toISOString()]);
    await again.idle();
    expect((await again.list()).errore).toBe('Il servizio INPS non è raggiungibile.');
  });
});

describe('Cruscotto per user', () => {
  const A = 'RMNFNC75B49H223F';
  const B = 'GRCLCU90P30G535G';

  /** The handlers as the app composes them, for whoever `signedIn` names. */
  function appFor(dataDir: string, state: { user: string; delayMs?: number }) {
    const ricercaOf = (cf: string) =>
      cf === A ? [posizione(1, '7'), posizione(2, '7')] : [posizione(3, '6')];
    // The API answers for whoever's token the request carries: the one signed in at that moment.
    const { gateway } = cruscottoGateway({
      ricerca: () => ricercaOf(state.user),
      delayMs: state.delayMs ?? 1,
    });
    const deps = serviceDepsFor({ dataDir, auth: signedInAs(() => state.user), cassetto: gateway });
    const handlers = cruscottoHandlers(deps);
    const list = () => handlers['cruscotto.list']({}, {}, new AbortController().signal) as Promise<Cruscotto>;
    const ids = async () => (await list()).righe.map((row) => row.posizione.id);
    return {
      events: deps.events,
      list,
      ids,
      reload: () => handlers['cruscotto.reload']({}, {}, new AbortController().signal) as Promise<Cruscotto>,
    };
  }

  const settle = async (list: () => Promise<Cruscotto>) => {
    await expect.poll(async () => (await list()).caricamento, { timeout: 5000 }).toBeNull();
  };

  it('tells the screen each posizione read and the end of the load, so the screen need not poll', async () => {
    const app = appFor(tempDir(), { user: A });
    const told: unknown[] = [];
    app.events.subscribe((name, payload) => name === 'cruscotto.changed' && told.push(payload));
    await app.list();
    await expect
      .poll(() => told.at(-1), { timeout: 5000 })
      .toEqual({ completate: 2, totale: 2, inCorso: false });
    expect(told.slice(0, -1)).toEqual([
      { completate: 1, totale: 2, inCorso: true },
      { completate: 2, totale: 2, inCorso: true },
    ]);
    // The end is told after the rows are in place: the list asked then shows them loaded.
    const after = await app.list();
    expect(after.caricamento).toBeNull();
    expect(after.righe.every((row) => row.aggiornatoAl !== null)).toBe(true);
  });

  it('persona B never sees persona A’s rows, on the same computer, before or after a restart', async () => {
    const dataDir = tempDir();
    const state = { user: A };
    const app = appFor(dataDir, state);
    await app.list();
    await settle(app.list);
    expect(await app.ids()).toEqual([posizione(1, '7').id, posizione(2, '7').id]);

    state.user = B;
    // At once, before B's own load has answered: nothing of A.
    expect(await app.ids()).not.toContain(posizione(1, '7').id);
    await settle(app.list);
    expect(await app.ids()).toEqual([posizione(3, '6').id]);

    // After a restart, each finds their own rows from the cache.
    const restarted = appFor(dataDir, { user: B });
    expect(await restarted.ids()).toEqual([posizione(3, '6').id]);
    const restartedA = appFor(dataDir, { user: A });
    expect(await restartedA.ids()).toEqual([posizione(1, '7').id, posizione(2, '7').id]);
  });

  it('a load of A still running when B signs in writes nothing into B’s Cruscotto or A’s cache', async () => {
    const dataDir = tempDir();
    const state = { user: A, delayMs: 30 };
    const app = appFor(dataDir, state);
    const started = await app.list();
    expect(started.caricamento).not.toBeNull();
    state.user = B;
    await settle(app.list);
    expect(await app.ids()).toEqual([posizione(3, '6').id]);
    // A's folder holds no row read with B's session.
    const cacheA = await createCruscottoCache(userDirOf(dataDir, A), A).read();
    expect(cacheA).toEqual([]);
  });
});

/**
 * The Cruscotto of one user: for every posizione of their Ricerca, the facts the table shows
 * (posizioneSnapshot.ts), read from the Cassetto API in the background a few posizioni at a time,
 * kept in the user's folder. A posizione that fails keeps its last facts and its own error.
 *
 * One instance per user (userScope.perUser): `dispose` at logout or switch stops a load under
 * way, whose answers then go nowhere, since the next requests would carry another user's token.
 */
import { ContractError } from '../../../shared/contract';
import type { PosizioneContributiva } from '../../../shared/domain/cassettoApi';
import { collectSnapshot } from '../../../shared/domain/cruscotto/collect';
import {
  emptySnapshot,
  type Cruscotto,
  type PosizioneSnapshot,
  type SnapshotPosizione,
} from '../../../shared/domain/cruscotto/posizioneSnapshot';
import type { Delega } from '../../../shared/domain/delega';
import type { QuesitoSummary } from '../../../shared/domain/quesiti';
import { oggiInItalia } from '../../../shared/domain/sezioni';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import type { CruscottoCache } from './cruscottoCache';
import { forEachBounded } from './boundedPool';

/** Posizioni read at the same time (issue 15): enough to hide latency, few enough for the INPS. */
export const CRUSCOTTO_CONCURRENCY = 4;

export interface CruscottoDeps {
  gateway: CassettoGateway;
  cache: CruscottoCache;
  /** Competenze (AAAA-MM) of the user's local drafts of the posizione not yet sent. */
  bozzeNonInviate: (posizioneId: string) => Promise<string[]>;
  now?: () => Date;
  concurrency?: number;
  log?: (message: string, error?: unknown) => void;
  /** Told each time the background load moves on, so the screen need not poll. */
  onProgress?: (progress: { completate: number; totale: number; inCorso: boolean }) => void;
}

export interface CruscottoService {
  /** The rows as known now, and the load under way; the first call of a session starts one. */
  list(): Promise<Cruscotto>;
  /** Starts a new background load of every posizione (unless one is running) and answers as list. */
  reload(): Promise<Cruscotto>;
  /** Reads one posizione of the Ricerca again, now, and answers its row (with its error, if any). */
  refresh(posizioneId: string): Promise<PosizioneSnapshot>;
  /** Resolves when no load is running (tests and the bench wait on it). */
  idle(): Promise<void>;
  dispose(): void;
}

const messageOf = (error: unknown) =>
  error instanceof ContractError ? error.message : 'Lettura non riuscita per un errore imprevisto.';

const rowOf = (posizione: PosizioneContributiva): SnapshotPosizione => ({
  id: posizione.id,
  codiceFiscaleEnte: posizione.codiceFiscaleEnte,
  denominazione: posizione.denominazione,
  ruolo: posizione.ruolo,
});

/** What concerns every posizione at once: read once per load, not once per posizione. */
interface UserLists {
  deleghe: Delega[];
  quesiti: QuesitoSummary[];
}

export function createCruscottoService(deps: CruscottoDeps): CruscottoService {
  const now = deps.now ?? (() => new Date());
  const concurrency = deps.concurrency ?? CRUSCOTTO_CONCURRENCY;
  const log = deps.log ?? (() => undefined);
  // Background reads: they must not keep an idle session alive.
  const background = { background: true } as const;

  let disposed = false;
  const tell = (completate: number, totale: number, inCorso: boolean) => {
    if (!disposed) deps.onProgress?.({ completate, totale, inCorso });
  };
  /** In Ricerca order; replaced by each Ricerca, so a posizione no longer reachable goes. */
  let righe: PosizioneSnapshot[] | null = null;
  let errore: string | null = null;
  let progress: { completate: number; totale: number } | null = null;
  let running: Promise<void> | null = null;
  let saving: Promise<void> = Promise.resolve();
  let started = false;

  const loaded = (async () => {
    righe ??= await deps.cache.read();
  })();

  const snapshot = (): Cruscotto => ({
    righe: righe ?? [],
    caricamento: progress && { ...progress },
    ...(errore ? { errore } : {}),
  });

  const persist = (): Promise<void> => {
    if (disposed || !righe) return saving;
    saving = deps.cache
      .save(righe)
      .catch((error: unknown) => log('Cruscotto: salvataggio non riuscito', error));
    return saving;
  };

  const put = (row: PosizioneSnapshot) => {
    if (disposed || !righe) return;
    const index = righe.findIndex((r) => r.posizione.id === row.posizione.id);
    if (index >= 0) righe = righe.map((r, i) => (i === index ? row : r));
  };

  const readUserLists = async (): Promise<UserLists> => {
    const [deleghe, quesiti] = await Promise.all([
      deps.gateway.call(endpoints.delegheList, {}, undefined, background),
      deps.gateway.call(endpoints.quesitiList, {}, undefined, background),
    ]);
    return { deleghe, quesiti };
  };

  /** One posizione read now; on failure the previous facts stay, with the error beside them. */
  const collect = async (
    previous: PosizioneSnapshot,
    lists: Promise<UserLists>,
  ): Promise<PosizioneSnapshot> => {
    const id = previous.posizione.id;
    try {
      const [denunce, noteDebito, noteDebitoEca, piani, versamenti, bozze, userLists] = await Promise.all([
        deps.gateway.call(endpoints.denunce, { posizioneId: id }, undefined, background),
        deps.gateway.call(endpoints.noteDebito, { posizioneId: id }, undefined, background),
        deps.gateway.call(endpoints.noteDebitoEca, { posizioneId: id }, undefined, background),
        deps.gateway.call(endpoints.pianiAmmortamento, { posizioneId: id }, undefined, background),
        deps.gateway.call(endpoints.versamenti, { posizioneId: id }, undefined, background),
        deps.bozzeNonInviate(id),
        lists,
      ]);
      const instant = now();
      return collectSnapshot({
        posizione: previous.posizione,
        denunce,
        noteDebito,
        noteDebitoEca,
        piani,
        versamenti,
        bozzeNonInviate: bozze,
        ...userLists,
        oggi: oggiInItalia(instant),
        aggiornatoAl: instant.toISOString(),
      });
    } catch (error) {
      return { ...previous, errore: messageOf(error) };
    }
  };

  const load = async () => {
    await loaded;
    const ricerca = await deps.gateway.call(endpoints.ricerca, {}, undefined, background);
    if (disposed) return;
    const known = new Map((righe ?? []).map((r) => [r.posizione.id, r]));
    righe = ricerca.map((posizione) => {
      const kept = known.get(posizione.id);
      return kept ? { ...kept, posizione: rowOf(posizione) } : emptySnapshot(rowOf(posizione));
    });
    errore = null;
    progress = { completate: 0, totale: righe.length };
    const lists = readUserLists();
    // Waited for by each posizione; a failure here is each row's error, not an unhandled one.
    lists.catch(() => undefined);
    await forEachBounded(righe, concurrency, async (row) => {
      if (disposed) return;
      const collected = await collect(row, lists);
      if (disposed) return;
      put(collected);
      if (progress) {
        progress.completate += 1;
        tell(progress.completate, progress.totale, true);
      }
    });
  };

  const start = () => {
    started = true;
    if (running) return;
    // Shown as loading at once, before the Ricerca has answered.
    progress = { completate: 0, totale: righe?.length ?? 0 };
    running = load()
      .catch((error: unknown) => {
        if (!disposed) errore = messageOf(error);
      })
      .finally(() => {
        const totale = righe?.length ?? 0;
        progress = null;
        running = null;
        void persist();
        tell(totale, totale, false);
      });
  };

  return {
    async list() {
      await loaded;
      if (!started) start();
      return snapshot();
    },
    async reload() {
      await loaded;
      start();
      return snapshot();
    },
    async refresh(posizioneId) {
      await loaded;
      const row = righe?.find((r) => r.posizione.id === posizioneId);
      if (!row)
        throw new ContractError(
          'NOT_FOUND',
          'La posizione non è nel Cruscotto: aggiornare l’elenco e sceglierla di nuovo.',
        );
      const collected = await collect(row, readUserLists());
      put(collected);
      await persist();
      return collected;
    },
    async idle() {
      await loaded;
      while (running) await running;
      await saving;
    },
    dispose() {
      disposed = true;
    },
  };
}

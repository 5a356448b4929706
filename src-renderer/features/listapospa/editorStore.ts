import { create } from 'zustand';
import type { z } from 'zod';
import type { ContractClient } from '../../../shared/contract';
import type { DraftSchema } from '../../../shared/contract/listapospa';
import type { TotaleGestione } from '../../../shared/domain/listapospa/contributions';
import { DraftChecks, composeDenuncia, d0Path } from '../../../shared/domain/listapospa/draftChecks';
import type { D0, Denuncia } from '../../../shared/domain/listapospa/model';
import type { RateOverrides } from '../../../shared/domain/listapospa/rates';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { onScopeReset } from '../../state/scopeReset';

/**
 * The open draft. Workers live in one flat array (the editor writes a single PosPA, which is
 * what INPS wants, 00124I). An edit re-checks only the edited D0 plus the few denuncia-level
 * rules (duplicates of a codice fiscale come from an index kept up to date, not a scan of every
 * worker), and updates running totals, so feedback stays immediate with 50,000 workers
 * (DraftChecks, timed by bench/listapospa.bench.ts); the draft is autosaved shortly after the
 * last edit, with its revision so a late save never overwrites a newer one.
 */

const AUTOSAVE_MS = 600;
const today = () => new Date().toISOString().slice(0, 10);

/** What the draft knows of its submission: a sent draft is read-only. */
export type DraftSent = Pick<z.output<typeof DraftSchema>, 'invio' | 'derivataDa'>;

type SaveState = { kind: 'saved'; at: string } | { kind: 'saving' } | { kind: 'error'; message: string };

interface EditorState {
  posizioneId: string;
  frontespizio: Denuncia | null;
  d0: D0[];
  d0Findings: Finding[][];
  denunciaFindings: Finding[];
  totals: TotaleGestione[];
  selected: number;
  revision: number;
  save: SaveState;
  /** Field to focus after a jump from the errors panel. */
  focusPath: string | null;
  /** Set once sending was asked: edits are ignored and nothing is saved from then on. */
  sent: DraftSent;
  load(posizioneId: string, revision: number, savedAt: string, denuncia: Denuncia, sent?: DraftSent): void;
  setSent(sent: DraftSent): void;
  select(index: number, focusPath?: string | null): void;
  updateD0(index: number, mutate: (d0: D0) => void): void;
  addD0(d0: D0): void;
  /** Rates the user set in "Aliquote": used by the computed hints, "Calcola" and CE011. */
  rateOverrides: RateOverrides;
  setRateOverrides(overrides: RateOverrides): void;
  /** Edits the frontespizio (everything but the D0), re-checks it and autosaves. */
  updateFrontespizio(mutate: (frontespizio: Denuncia) => void): void;
  removeD0(index: number): void;
  flush(client: ContractClient): Promise<void>;
  close(): void;
  /**
   * Forgets everything of the current user and posizione: the draft, its checks, a pending
   * autosave, the rates. Called at logout, at a change of user or of posizione (scopeReset).
   */
  reset(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let checks: DraftChecks | null = null;
let client: ContractClient | null = null;
// Kept across drafts of one user: a draft opened later is checked with the rates already set.
let overrides: RateOverrides = {};
// Bumped by every load and reset: a save answered after them belongs to a draft no longer open.
let generation = 0;
// The save under way, if any: edits made meanwhile wait for it (savePendingEdits).
let inFlight: Promise<unknown> | null = null;

export const setEditorClient = (value: ContractClient) => {
  client = value;
};

function sameOverrides(a: RateOverrides, b: RateOverrides): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

const EMPTY = {
  posizioneId: '',
  frontespizio: null,
  d0: [],
  d0Findings: [],
  denunciaFindings: [],
  totals: [],
  selected: -1,
  revision: 0,
  save: { kind: 'saved', at: '' },
  focusPath: null,
  sent: {},
} satisfies Partial<EditorState>;

export const useEditorStore = create<EditorState>((set, get) => {
  const scheduleSave = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (client) void get().flush(client);
    }, AUTOSAVE_MS);
  };

  return {
    ...EMPTY,
    rateOverrides: overrides,

    setSent(sent) {
      clearTimeout(timer);
      set({ sent });
    },

    setRateOverrides(next) {
      // Opening the editor reads them again, mostly unchanged: spare 50,000 re-checks then.
      if (sameOverrides(overrides, next)) return;
      overrides = next;
      const { frontespizio, d0 } = get();
      if (!frontespizio || !checks) return set({ rateOverrides: next });
      const current = checks;
      current.overrides = next;
      // CE011 compares with the rates: every worker is re-checked (a rare action).
      set({
        rateOverrides: next,
        d0Findings: d0.map((worker, index) => current.checkD0(frontespizio, worker, index)),
      });
    },

    updateFrontespizio(mutate) {
      const { frontespizio, d0 } = get();
      if (!frontespizio || !checks || get().sent.invio) return;
      const current = checks;
      const next = structuredClone(frontespizio);
      mutate(next);
      const tipoChanged = next.azienda.listaPosPA.tipo !== frontespizio.azienda.listaPosPA.tipo;
      set({
        frontespizio: next,
        denunciaFindings: current.denunciaFindings(next, d0),
        // The kind of flusso decides which quadri a D0 may hold (CE008): re-check them all then.
        ...(tipoChanged
          ? { d0Findings: d0.map((worker, index) => current.checkD0(next, worker, index)) }
          : {}),
      });
      scheduleSave();
    },

    load(posizioneId, revision, savedAt, denuncia, sent = {}) {
      const d0 = denuncia.azienda.listaPosPA.posPA.flatMap((pos) => pos.d0);
      const frontespizio = composeDenuncia(denuncia, []);
      const loaded = new DraftChecks(d0, today);
      loaded.overrides = overrides;
      checks = loaded;
      generation += 1;
      set({
        posizioneId,
        frontespizio,
        d0,
        d0Findings: d0.map((worker, index) => loaded.checkD0(frontespizio, worker, index)),
        denunciaFindings: loaded.denunciaFindings(frontespizio, d0),
        totals: loaded.totalsList(),
        selected: d0.length ? 0 : -1,
        revision,
        save: { kind: 'saved', at: savedAt },
        focusPath: null,
        sent,
      });
    },

    select(index, focusPath = null) {
      set({ selected: index, focusPath });
    },

    updateD0(index, mutate) {
      const { frontespizio, d0, d0Findings } = get();
      const current = d0[index];
      if (!frontespizio || !current || !checks || get().sent.invio) return;
      const next = structuredClone(current);
      mutate(next);
      checks.replaced(index, current, next);
      const workers = d0.slice();
      workers[index] = next;
      const findings = d0Findings.slice();
      findings[index] = checks.checkD0(frontespizio, next, index);
      set({
        d0: workers,
        d0Findings: findings,
        // Denuncia-level rules look at the set of codici fiscali: re-run them only when one changed.
        ...(next.cfLavoratore !== current.cfLavoratore
          ? { denunciaFindings: checks.denunciaFindings(frontespizio, workers) }
          : {}),
        totals: checks.totalsList(),
      });
      scheduleSave();
    },

    addD0(worker) {
      const { frontespizio, d0, d0Findings } = get();
      if (!frontespizio || !checks || get().sent.invio) return;
      checks.added(worker);
      const workers = [...d0, worker];
      set({
        d0: workers,
        d0Findings: [...d0Findings, checks.checkD0(frontespizio, worker, d0.length)],
        denunciaFindings: checks.denunciaFindings(frontespizio, workers),
        totals: checks.totalsList(),
        selected: d0.length,
      });
      scheduleSave();
    },

    removeD0(index) {
      const { frontespizio, d0 } = get();
      const removed = d0[index];
      if (!frontespizio || !removed || !checks || get().sent.invio) return;
      const workers = d0.filter((_, i) => i !== index);
      checks.removed(removed, workers);
      const current = checks;
      // Paths of the following workers shift: re-check them (rare action, linear is fine).
      set({
        d0: workers,
        d0Findings: workers.map((worker, i) => current.checkD0(frontespizio, worker, i)),
        denunciaFindings: checks.denunciaFindings(frontespizio, workers),
        totals: checks.totalsList(),
        selected: Math.min(index, workers.length - 1),
      });
      scheduleSave();
    },

    async flush(contractClient) {
      clearTimeout(timer);
      timer = undefined;
      const { frontespizio, d0, revision, posizioneId, save } = get();
      // A sent draft is not saved again (main refuses it too).
      if (!frontespizio || get().sent.invio) return;
      // One save at a time: a second one with the same revision would be refused as stale.
      if (save.kind === 'saving') {
        scheduleSave();
        return;
      }
      set({ save: { kind: 'saving' } });
      const saving = generation;
      const call = contractClient.call('listapospa.drafts.save', {
        posizioneId,
        revision,
        denuncia: composeDenuncia(frontespizio, d0),
      });
      inFlight = call;
      const result = await call;
      if (inFlight === call) inFlight = null;
      if (saving !== generation) return;
      if (result.ok)
        set({ revision: result.value.revision, save: { kind: 'saved', at: result.value.savedAt } });
      else set({ save: { kind: 'error', message: result.error.message } });
    },

    close() {
      clearTimeout(timer);
      checks = null;
      set({ frontespizio: null, d0: [], d0Findings: [], denunciaFindings: [], totals: [], selected: -1 });
    },

    reset() {
      // A pending autosave is dropped, not sent: after a change of user it would be saved as
      // the next user's. The page saves before the user signs out (App).
      clearTimeout(timer);
      timer = undefined;
      checks = null;
      client = null;
      overrides = {};
      inFlight = null;
      generation += 1;
      set({ ...EMPTY, rateOverrides: overrides });
    },
  };
});

/** Sends an autosave still waiting for its timer (before the user signs out or leaves the posizione). */
export async function savePendingEdits(): Promise<void> {
  // A save under way first: the edits made after it go once it has answered.
  if (inFlight) await inFlight.catch(() => undefined);
  if (timer === undefined || !client) return;
  await useEditorStore.getState().flush(client);
}

onScopeReset('posizione', (level) => {
  // Same user, another posizione: the edits waiting are this user's, saved before they go.
  if (level === 'posizione') void savePendingEdits();
  useEditorStore.getState().reset();
});

export { d0Path };

import { create } from 'zustand';
import type { ContractClient } from '../../../shared/contract';
import { CfIndex } from '../../../shared/domain/listapospa/cfIndex';
import { GestioneTotals, type TotaleGestione } from '../../../shared/domain/listapospa/contributions';
import type { D0, Denuncia } from '../../../shared/domain/listapospa/model';
import {
  CF_LAVORATORE_UNICO,
  DENUNCIA_RULES,
  cfDuplicatoMessage,
  validateD0,
  type Finding,
  type RuleContext,
} from '../../../shared/domain/listapospa/rules';

/**
 * The open draft. Workers live in one flat array (the editor writes a single PosPA, which is
 * what INPS wants, 00124I). An edit re-checks only the edited D0 plus the few denuncia-level
 * rules (duplicates of a codice fiscale come from an index kept up to date, not a scan of every
 * worker), and updates running totals, so feedback stays immediate with 50,000 workers; the
 * draft is autosaved shortly after the last edit, with its revision so a late save never
 * overwrites a newer one.
 */

const AUTOSAVE_MS = 600;
const d0Path = (index: number) => `azienda.listaPosPA.posPA[0].d0[${index}]`;
const today = () => new Date().toISOString().slice(0, 10);

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
  load(posizioneId: string, revision: number, savedAt: string, denuncia: Denuncia): void;
  select(index: number, focusPath?: string | null): void;
  updateD0(index: number, mutate: (d0: D0) => void): void;
  addD0(d0: D0): void;
  removeD0(index: number): void;
  flush(client: ContractClient): Promise<void>;
  close(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let runningTotals = new GestioneTotals();
let cfIndex = new CfIndex();
let client: ContractClient | null = null;

export const setEditorClient = (value: ContractClient) => {
  client = value;
};

function context(frontespizio: Denuncia): RuleContext {
  return {
    dataInvio: today(),
    annoMeseDenuncia: frontespizio.azienda.annoMeseDenuncia,
    tipoFlusso: frontespizio.azienda.listaPosPA.tipo,
  };
}

function compose(frontespizio: Denuncia, d0: D0[]): Denuncia {
  return {
    ...frontespizio,
    azienda: { ...frontespizio.azienda, listaPosPA: { ...frontespizio.azienda.listaPosPA, posPA: [{ d0 }] } },
  };
}

function denunciaFindings(frontespizio: Denuncia, d0: D0[]): Finding[] {
  const denuncia = compose(frontespizio, d0);
  const findings: Finding[] = [];
  const ctx = context(frontespizio);
  for (const rule of DENUNCIA_RULES) {
    const emit = (path: string, message: string) =>
      findings.push({ code: rule.code, rule: rule.name, severity: rule.severity, path, message });
    if (rule === CF_LAVORATORE_UNICO) {
      for (const { index, cf } of cfIndex.duplicates())
        emit(`${d0Path(index)}.cfLavoratore`, cfDuplicatoMessage(cf));
    } else rule.check(denuncia, ctx, emit);
  }
  return findings;
}

const periodsOf = (d0: D0) => [...d0.e0, ...d0.v1];

export const useEditorStore = create<EditorState>((set, get) => {
  const scheduleSave = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (client) void get().flush(client);
    }, AUTOSAVE_MS);
  };

  return {
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

    load(posizioneId, revision, savedAt, denuncia) {
      const d0 = denuncia.azienda.listaPosPA.posPA.flatMap((pos) => pos.d0);
      const frontespizio = compose(denuncia, []);
      const ctx = context(frontespizio);
      runningTotals = new GestioneTotals();
      for (const worker of d0) for (const periodo of periodsOf(worker)) runningTotals.add(periodo);
      cfIndex = new CfIndex(d0.map((worker) => worker.cfLavoratore));
      set({
        posizioneId,
        frontespizio,
        d0,
        d0Findings: d0.map((worker, index) => validateD0(worker, ctx, d0Path(index))),
        denunciaFindings: denunciaFindings(frontespizio, d0),
        totals: runningTotals.list(),
        selected: d0.length ? 0 : -1,
        revision,
        save: { kind: 'saved', at: savedAt },
        focusPath: null,
      });
    },

    select(index, focusPath = null) {
      set({ selected: index, focusPath });
    },

    updateD0(index, mutate) {
      const { frontespizio, d0, d0Findings } = get();
      const current = d0[index];
      if (!frontespizio || !current) return;
      const next = structuredClone(current);
      mutate(next);
      for (const periodo of periodsOf(current)) runningTotals.add(periodo, -1);
      for (const periodo of periodsOf(next)) runningTotals.add(periodo);
      const workers = d0.slice();
      workers[index] = next;
      const findings = d0Findings.slice();
      findings[index] = validateD0(next, context(frontespizio), d0Path(index));
      cfIndex.set(index, next.cfLavoratore);
      set({
        d0: workers,
        d0Findings: findings,
        // Denuncia-level rules look at the set of codici fiscali: re-run them only when one changed.
        ...(next.cfLavoratore !== current.cfLavoratore
          ? { denunciaFindings: denunciaFindings(frontespizio, workers) }
          : {}),
        totals: runningTotals.list(),
      });
      scheduleSave();
    },

    addD0(worker) {
      const { frontespizio, d0, d0Findings } = get();
      if (!frontespizio) return;
      for (const periodo of periodsOf(worker)) runningTotals.add(periodo);
      cfIndex.push(worker.cfLavoratore);
      const workers = [...d0, worker];
      set({
        d0: workers,
        d0Findings: [...d0Findings, validateD0(worker, context(frontespizio), d0Path(d0.length))],
        denunciaFindings: denunciaFindings(frontespizio, workers),
        totals: runningTotals.list(),
        selected: d0.length,
      });
      scheduleSave();
    },

    removeD0(index) {
      const { frontespizio, d0 } = get();
      const removed = d0[index];
      if (!frontespizio || !removed) return;
      for (const periodo of periodsOf(removed)) runningTotals.add(periodo, -1);
      const workers = d0.filter((_, i) => i !== index);
      cfIndex.reset(workers.map((worker) => worker.cfLavoratore));
      const ctx = context(frontespizio);
      // Paths of the following workers shift: re-check them (rare action, linear is fine).
      set({
        d0: workers,
        d0Findings: workers.map((worker, i) => validateD0(worker, ctx, d0Path(i))),
        denunciaFindings: denunciaFindings(frontespizio, workers),
        totals: runningTotals.list(),
        selected: Math.min(index, workers.length - 1),
      });
      scheduleSave();
    },

    async flush(contractClient) {
      clearTimeout(timer);
      const { frontespizio, d0, revision, posizioneId, save } = get();
      if (!frontespizio) return;
      // One save at a time: a second one with the same revision would be refused as stale.
      if (save.kind === 'saving') {
        scheduleSave();
        return;
      }
      set({ save: { kind: 'saving' } });
      const result = await contractClient.call('listapospa.drafts.save', {
        posizioneId,
        revision,
        denuncia: compose(frontespizio, d0),
      });
      if (result.ok)
        set({ revision: result.value.revision, save: { kind: 'saved', at: result.value.savedAt } });
      else set({ save: { kind: 'error', message: result.error.message } });
    },

    close() {
      clearTimeout(timer);
      cfIndex = new CfIndex();
      set({ frontespizio: null, d0: [], d0Findings: [], denunciaFindings: [], totals: [], selected: -1 });
    },
  };
});

export { d0Path };

import { createHash } from 'node:crypto';
import type { D0 } from '../../../../shared/domain/listapospa/model';
import { mergeWorkers } from '../../../../shared/domain/listapospa/payroll/merge';
import type { PayrollIssue } from '../../../../shared/domain/listapospa/payroll/build';
import type { PayrollMapping } from '../../../../shared/domain/listapospa/payroll/mapping';
import type { RateOverrides } from '../../../../shared/domain/listapospa/rates';
import { countOf } from '../../../../shared/text/plural';
import { emptyDenuncia } from '../listapospaHandlers';
import { DraftError, type DraftFile, type DraftStore, type DraftSummary } from '../draftStore';
import type { PayrollMappingStore } from './mappingStore';
import { readPayroll, type MappingSource, type PayrollReading } from './payrollImport';

/**
 * "Importa da file paghe": a payroll file previewed (mapping, errors by row and column, what
 * would change in an existing draft) and then made a draft, or merged into the month's draft
 * only when the user confirmed the merge. Nothing is written by the preview; apply writes
 * through the draft store (atomic) and saves the mapping for the ente.
 */

export const MAX_ISSUES_SHOWN = 500;
const MAX_NAMES_SHOWN = 200;

export interface PayrollTarget {
  posizioneId: string;
  annoMese: string;
  cfAzienda: string;
  ragSocAzienda: string;
  prgAzienda: string;
}

export interface PayrollFileInput extends PayrollTarget {
  bytes: Uint8Array;
  fileName: string;
  mapping?: PayrollMapping | undefined;
}

interface WorkerName {
  cf: string;
  nome: string;
}

export interface PayrollChanges {
  /** The month's draft this file would merge into (null: a new draft). */
  existing: { revision: number; numeroD0: number } | null;
  added: WorkerName[];
  replaced: WorkerName[];
  addedCount: number;
  replacedCount: number;
  kept: number;
}

export interface PayrollPreview {
  fileKind: 'csv' | 'xlsx';
  encoding?: string | undefined;
  headers: string[];
  /** The first rows as text, for the mapping screen. */
  samples: string[][];
  mapping: PayrollMapping;
  mappingSource: MappingSource;
  righe: number;
  lavoratori: number;
  issues: PayrollIssue[];
  issueCount: number;
  /** The file cannot become a draft until these are fixed (values not read, missing codes…). */
  readBlocking: number;
  changes: PayrollChanges;
}

export class PayrollConflictError extends Error {
  override name = 'PayrollConflictError';
}
export class PayrollInvalidError extends Error {
  override name = 'PayrollInvalidError';
}

export interface PayrollServiceDeps {
  drafts: DraftStore;
  mappings: PayrollMappingStore;
  overrides: () => Promise<RateOverrides>;
  cfOperatore: () => string;
  today?: () => string;
}

const nameOf = (d0: D0): WorkerName => ({ cf: d0.cfLavoratore, nome: `${d0.cognome} ${d0.nome}`.trim() });

export function createPayrollService(deps: PayrollServiceDeps) {
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));

  // The last reading, so the apply that follows a preview of the same file and mapping does not
  // read it again (the key holds everything the reading depends on).
  let last: { key: string; reading: PayrollReading } | null = null;

  const read = async (input: PayrollFileInput): Promise<PayrollReading> => {
    const saved = await deps.mappings.get(input.cfAzienda);
    const context = {
      dataInvio: today(),
      annoMeseDenuncia: input.annoMese,
      tipoFlusso: 'ordinario' as const,
      overrides: await deps.overrides(),
    };
    const key = createHash('sha256')
      .update(input.bytes)
      .update(JSON.stringify([input.fileName, input.mapping ?? null, saved, context]))
      .digest('hex');
    if (last?.key === key) return last.reading;
    const reading = await readPayroll({
      bytes: input.bytes,
      fileName: input.fileName,
      mapping: input.mapping,
      saved,
      context,
    });
    last = { key, reading };
    return reading;
  };

  const existingDraft = (target: PayrollTarget): Promise<DraftFile | null> =>
    deps.drafts.open(target.posizioneId, target.annoMese).catch((error: unknown) => {
      if (error instanceof DraftError && error.code === 'NON_TROVATA') return null;
      throw error;
    });

  function changesOf(existing: DraftFile | null, workers: readonly D0[]): PayrollChanges {
    if (!existing) {
      return {
        existing: null,
        added: workers.slice(0, MAX_NAMES_SHOWN).map(nameOf),
        replaced: [],
        addedCount: workers.length,
        replacedCount: 0,
        kept: 0,
      };
    }
    const { summary } = mergeWorkers(existing.denuncia, workers);
    const byCf = new Map(workers.map((d0) => [d0.cfLavoratore, d0]));
    const names = (cfs: string[]) => cfs.slice(0, MAX_NAMES_SHOWN).map((cf) => nameOf(byCf.get(cf) as D0));
    return {
      existing: {
        revision: existing.revision,
        numeroD0: existing.denuncia.azienda.listaPosPA.posPA.reduce((sum, pos) => sum + pos.d0.length, 0),
      },
      added: names(summary.added),
      replaced: names(summary.replaced),
      addedCount: summary.added.length,
      replacedCount: summary.replaced.length,
      kept: summary.kept,
    };
  }

  return {
    async preview(input: PayrollFileInput): Promise<PayrollPreview> {
      const reading = await read(input);
      const { table } = reading;
      return {
        fileKind: table.kind,
        encoding: table.encoding,
        headers: table.headers,
        samples: table.rows.slice(0, 3).map((row) => table.headers.map((_, i) => String(row.cells[i] ?? ''))),
        mapping: reading.mapping,
        mappingSource: reading.mappingSource,
        righe: table.rows.length,
        lavoratori: reading.built.workers.length,
        issues: reading.issues.slice(0, MAX_ISSUES_SHOWN),
        issueCount: reading.issues.length,
        readBlocking: reading.readBlocking,
        changes: changesOf(await existingDraft(input), reading.built.workers),
      };
    },

    /**
     * Writes the draft. With a draft of the month already there, only when `merge` is true and the
     * draft is still the revision the preview showed (else the user confirmed something else).
     */
    async apply(
      input: PayrollFileInput & { merge: boolean; expectedRevision?: number | undefined },
    ): Promise<{ draft: DraftSummary; changes: PayrollChanges }> {
      const reading = await read(input);
      if (reading.readBlocking > 0) {
        throw new PayrollInvalidError(
          `Il file ha ${reading.readBlocking === 1 ? 'un errore' : `${reading.readBlocking} errori`} di lettura (vedi l’anteprima): correggi il file o la mappatura, poi riprova. Nessuna bozza è stata scritta.`,
        );
      }
      if (reading.built.workers.length === 0) {
        throw new PayrollInvalidError('Il file non ha righe con lavoratori: nessuna bozza è stata scritta.');
      }
      last = null;
      const existing = await existingDraft(input);
      const changes = changesOf(existing, reading.built.workers);
      if (existing) {
        if (!input.merge || existing.revision !== input.expectedRevision) {
          throw new PayrollConflictError(
            `Esiste già la bozza ${input.annoMese}: conferma l’unione (${countOf(changes.addedCount, 'lavoratore aggiunto', 'lavoratori aggiunti')}, ${countOf(changes.replacedCount, 'sostituito', 'sostituiti')}, ${countOf(changes.kept, 'invariato', 'invariati')}) dopo aver riguardato l’anteprima.`,
          );
        }
        const { denuncia } = mergeWorkers(existing.denuncia, reading.built.workers);
        const saved = await deps.drafts.save(input.posizioneId, denuncia, existing.revision);
        if (saved.revision !== existing.revision + 1) {
          throw new PayrollConflictError(
            `La bozza ${input.annoMese} è stata modificata nel frattempo: rifai l’anteprima e conferma di nuovo.`,
          );
        }
      } else {
        const denuncia = emptyDenuncia({ ...input, cfOperatore: deps.cfOperatore() });
        (denuncia.azienda.listaPosPA.posPA[0] as { d0: D0[] }).d0 = reading.built.workers;
        await deps.drafts.create(input.posizioneId, denuncia);
      }
      await deps.mappings.set(input.cfAzienda, reading.mapping);
      const draft = (await deps.drafts.list(input.posizioneId)).find((d) => d.annoMese === input.annoMese);
      if (!draft) throw new DraftError('NON_TROVATA', 'Bozza importata non trovata.');
      return { draft, changes };
    },
  };
}

export type PayrollService = ReturnType<typeof createPayrollService>;

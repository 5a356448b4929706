/**
 * The Cassetto sections of a posizione, for the renderer: fetched from the API and kept as a
 * local snapshot, read back from it when the API cannot be reached; held here, indexed, while
 * the screen asks for windows of its current view; exports of that view and the fascicolo
 * aziendale, made here so Electron can save them with a dialog later.
 */
import type { z } from 'zod';
import { ContractError, type ExportedFile } from '../../../shared/contract';
import type { AuthService } from '../auth/authService';
import type { SezioneViewSchema, SezioneWindowSchema } from '../../../shared/contract/calls/sezioniCalls';
import { ANAGRAFICA_FIELDS } from '../../../shared/domain/anagraficaFields';
import {
  SEZIONE_DEFINITIONS,
  SEZIONI,
  SezioneIndex,
  totalsOf,
  type Sezione,
  type SezioneFilters,
} from '../../../shared/domain/sezioni';
import { formatData, formatImporto, formatMese } from '../../../shared/text/formatIt';
import { endpoints, sezioneEndpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import { toCsv } from '../export/csv';
import { renderPdf } from '../export/pdfTables';
import { toXlsx } from '../export/xlsx';
import type { SnapshotStore } from './snapshotStore';
import { countOf } from '../../../shared/text/plural';

type View = z.output<typeof SezioneViewSchema>;
type SezioneWindow = z.output<typeof SezioneWindowSchema>;
type Row = Record<string, unknown> & { id: string };

export interface Loaded {
  rows: Row[];
  aggiornatoAl: string;
  offline: boolean;
}

export interface WindowRequest {
  view: View;
  offset: number;
  limit: number;
  refresh?: boolean;
}

export interface SezioniService {
  /** The section from the API (or, unreachable, from the snapshot), kept and indexed for queries. */
  load(posizioneId: string, sezione: Sezione): Promise<Loaded>;
  /** `signal`: the renderer moved on; the section's fetch goes on for the next query. */
  query(
    posizioneId: string,
    sezione: Sezione,
    request: WindowRequest,
    signal?: AbortSignal,
  ): Promise<SezioneWindow>;
  /** `signal` stops the file's building loop (AbortError). */
  export(
    posizioneId: string,
    sezione: Sezione,
    format: 'csv' | 'xlsx' | 'pdf',
    view: View,
    signal?: AbortSignal,
  ): Promise<ExportedFile>;
  fascicolo(posizioneId: string, signal?: AbortSignal): Promise<ExportedFile>;
}

const base64 = (bytes: Uint8Array | string) =>
  (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)).toString('base64');
const stamp = (date: Date) => date.toISOString().slice(0, 10);

function describeFilters(filters: SezioneFilters, stateLabel?: string): string {
  const parts: string[] = [];
  if (filters.periodoDa || filters.periodoA)
    parts.push(
      `periodo ${filters.periodoDa ? formatMese(filters.periodoDa) : '…'} – ${filters.periodoA ? formatMese(filters.periodoA) : '…'}`,
    );
  if (filters.stato) parts.push(`${(stateLabel ?? 'stato').toLowerCase()} «${filters.stato}»`);
  // In words: the PDF's font (Titillium Web) has no "≥" or "≤".
  if (filters.importoMin) parts.push(`importo almeno ${formatImporto(filters.importoMin)}`);
  if (filters.importoMax) parts.push(`importo al massimo ${formatImporto(filters.importoMax)}`);
  if (filters.testo) parts.push(`testo «${filters.testo}»`);
  return parts.length > 0 ? `Filtri: ${parts.join('; ')}` : 'Nessun filtro';
}

/** Sections kept indexed at once (a few posizioni's worth): each holds its rows and their keys. */
const KEPT_SECTIONS = 6;

interface DataSet {
  loaded: Loaded;
  index: SezioneIndex<Row>;
}

/**
 * Runs an index's warm-up one step per turn of the event loop (a step that has more to do
 * runs again on the next turn), so the screen's queries get in between.
 */
function warmInTurns(steps: (() => boolean)[]): void {
  const next = () => {
    const step = steps[0];
    if (!step) return;
    if (!step()) steps.shift();
    setImmediate(next);
  };
  setImmediate(next);
}

export function createSezioniService(
  gateway: CassettoGateway,
  auth: AuthService,
  snapshots: SnapshotStore,
  now: () => Date = () => new Date(),
): SezioniService {
  const owner = () => {
    const status = auth.status();
    if (status.state !== 'signed-in')
      throw new ContractError('UNAUTHENTICATED', 'Accedere con SPID, CIE o CNS.');
    return status.user.codiceFiscale;
  };

  const load = async (posizioneId: string, sezione: Sezione): Promise<Loaded> => {
    const codiceFiscale = owner();
    try {
      const rows = (await gateway.call(sezioneEndpoints[sezione], { posizioneId })) as Row[];
      const aggiornatoAl = now().toISOString();
      // The snapshot is written behind the answer (reads of it wait for the write): a copy that
      // could not be written only means an older copy offline, never a section not shown.
      snapshots.write(codiceFiscale, posizioneId, sezione, { aggiornatoAl, rows }).catch(() => undefined);
      return { rows, aggiornatoAl, offline: false };
    } catch (error) {
      // Only an unreachable service falls back to the copy; a refusal (403, 401) never does.
      if (!(error instanceof ContractError) || error.code !== 'UNAVAILABLE') throw error;
      const snapshot = await snapshots.read(codiceFiscale, posizioneId, sezione);
      if (!snapshot) throw error;
      return { rows: snapshot.rows as Row[], aggiornatoAl: snapshot.aggiornatoAl, offline: true };
    }
  };

  // Keyed by the signed-in user too: what one user fetched is never shown to another.
  const dataSets = new Map<string, Promise<DataSet>>();
  let keptFor: string | undefined;
  const dataSet = (posizioneId: string, sezione: Sezione, refresh: boolean): Promise<DataSet> => {
    const codiceFiscale = owner();
    // Another user signed in: the previous user's rows are dropped, not kept until evicted.
    if (keptFor !== codiceFiscale) dataSets.clear();
    keptFor = codiceFiscale;
    const key = [codiceFiscale, posizioneId, sezione].join('\u0000');
    const kept = dataSets.get(key);
    if (kept && !refresh) {
      dataSets.delete(key);
      dataSets.set(key, kept);
      return kept;
    }
    const loading = load(posizioneId, sezione).then((loaded) => {
      const index = new SezioneIndex(SEZIONE_DEFINITIONS[sezione], loaded.rows);
      warmInTurns(index.warmSteps());
      return { loaded, index };
    });
    dataSets.delete(key);
    dataSets.set(key, loading);
    loading.catch(() => {
      if (dataSets.get(key) === loading) dataSets.delete(key);
    });
    while (dataSets.size > KEPT_SECTIONS) dataSets.delete(dataSets.keys().next().value as string);
    return loading;
  };

  return {
    load,
    async query(posizioneId, sezione, { view, offset, limit, refresh = false }, signal) {
      const { loaded, index } = await dataSet(posizioneId, sezione, refresh);
      // A newer query took its place: the view (filter, sort, totals) is not computed for nobody.
      signal?.throwIfAborted();
      const { indices, totals } = index.view(view);
      const rows: Row[] = [];
      for (const position of indices.subarray(offset, offset + limit)) rows.push(index.rows[position] as Row);
      return {
        rows,
        offset,
        matched: indices.length,
        total: index.size,
        totals,
        states: index.states(),
        aggiornatoAl: loaded.aggiornatoAl,
        offline: loaded.offline,
      };
    },
    async export(posizioneId, sezione, format, view, signal) {
      const definition = SEZIONE_DEFINITIONS[sezione];
      // The rows the screen shows (the same data set, the same view), not a newer fetch.
      const { loaded, index } = await dataSet(posizioneId, sezione, false);
      signal?.throwIfAborted();
      const { indices, totals } = index.view(view);
      const rows = Array.from(indices, (position) => index.rows[position] as Row);
      const name = `${sezione}_${posizioneId}_${stamp(now())}`;
      if (format === 'csv') {
        return {
          fileName: `${name}.csv`,
          mimeType: 'text/csv;charset=utf-8',
          base64: base64(await toCsv(definition.columns, rows, totals, signal)),
          rows: rows.length,
        };
      }
      if (format === 'xlsx') {
        return {
          fileName: `${name}.xlsx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          base64: base64(await toXlsx(definition.title, definition.columns, rows, totals, signal)),
          rows: rows.length,
        };
      }
      const pdf = await renderPdf(
        {
          title: definition.title,
          subtitle: `Posizione ${posizioneId} – dati aggiornati al ${formatData(loaded.aggiornatoAl)} ${loaded.aggiornatoAl.slice(11, 16)} UTC`,
          generatedAt: now(),
          parts: [
            {
              heading: definition.title,
              notes: [
                describeFilters(view.filters, definition.stateLabel),
                countOf(rows.length, 'riga', 'righe'),
              ],
              columns: definition.columns,
              rows,
              totals,
            },
          ],
        },
        signal,
      );
      return { fileName: `${name}.pdf`, mimeType: 'application/pdf', base64: base64(pdf), rows: rows.length };
    },
    async fascicolo(posizioneId, signal) {
      const anagrafica = await gateway.call(endpoints.anagrafica, { posizioneId }, undefined, { signal });
      const sections = await Promise.all(
        SEZIONI.map(async (sezione) => ({ sezione, loaded: await load(posizioneId, sezione) })),
      );
      signal?.throwIfAborted();
      let count = 0;
      const pdf = await renderPdf(
        {
          title: `Fascicolo aziendale – ${anagrafica.denominazione}`,
          subtitle: `Posizione contributiva ${anagrafica.codiceFiscaleEnte} / ${anagrafica.progressivo} – Gestione Dipendenti Pubblici`,
          generatedAt: now(),
          parts: [
            {
              heading: 'Anagrafica della posizione',
              pairs: [
                ['Denominazione', anagrafica.denominazione],
                ...ANAGRAFICA_FIELDS.map(({ label, text }): [string, string] => [label, text(anagrafica)]),
              ],
            },
            ...sections.map(({ sezione, loaded }) => {
              const definition = SEZIONE_DEFINITIONS[sezione];
              count += loaded.rows.length;
              return {
                heading: definition.title,
                notes: [
                  `${countOf(loaded.rows.length, 'riga', 'righe')} – dati aggiornati al ${formatData(loaded.aggiornatoAl)}${loaded.offline ? ' (copia locale: servizio INPS non raggiungibile)' : ''}`,
                ],
                columns: definition.columns,
                rows: loaded.rows,
                totals: totalsOf(definition, loaded.rows),
              };
            }),
          ],
        },
        signal,
      );
      return {
        fileName: `fascicolo_${posizioneId}_${stamp(now())}.pdf`,
        mimeType: 'application/pdf',
        base64: base64(pdf),
        rows: count,
      };
    },
  };
}

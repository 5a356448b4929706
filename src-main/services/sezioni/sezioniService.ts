/**
 * The Cassetto sections of a posizione, for the renderer: fetched from the API and kept as a
 * local snapshot, read back from it when the API cannot be reached; exports of the current view
 * and the fascicolo aziendale, made here so Electron can save them with a dialog later.
 */
import { z } from 'zod';
import { ContractError, type ExportedFile } from '../../../shared/contract';
import type { AuthService } from '../auth/authService';
import type { SezioneLoadedSchema, SezioneViewSchema } from '../../../shared/contract/calls/cassettoCalls';
import {
  anagraficaPosizioneSchema,
  RUOLO_POSIZIONE_LABELS,
  TIPO_ENTE_LABELS,
} from '../../../shared/domain/cassettoApi';
import {
  filterRows,
  formatData,
  formatImporto,
  formatMese,
  SEZIONE_DEFINITIONS,
  SEZIONI,
  sortRows,
  sezioneRowSchemas,
  totalsOf,
  type Sezione,
  type SezioneFilters,
} from '../../../shared/domain/sezioni';
import type { CassettoGateway } from '../cassetto/cassettoGateway';
import { toCsv } from '../export/csv';
import { renderPdf } from '../export/pdfTables';
import { toXlsx } from '../export/xlsx';
import type { SnapshotStore } from './snapshotStore';

type Loaded = z.output<typeof SezioneLoadedSchema>;
type View = z.output<typeof SezioneViewSchema>;
type Row = Record<string, unknown> & { id: string };

export interface SezioniService {
  load(posizioneId: string, sezione: Sezione): Promise<Loaded>;
  export(
    posizioneId: string,
    sezione: Sezione,
    format: 'csv' | 'xlsx' | 'pdf',
    view: View,
  ): Promise<ExportedFile>;
  fascicolo(posizioneId: string): Promise<ExportedFile>;
}

const path = (posizioneId: string, rest = '') => `/v1/posizioni/${encodeURIComponent(posizioneId)}${rest}`;
const base64 = (bytes: Uint8Array | string) =>
  (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)).toString('base64');
const stamp = (date: Date) => date.toISOString().slice(0, 10);

function describeFilters(filters: SezioneFilters): string {
  const parts: string[] = [];
  if (filters.periodoDa || filters.periodoA)
    parts.push(
      `periodo ${filters.periodoDa ? formatMese(filters.periodoDa) : '…'} – ${filters.periodoA ? formatMese(filters.periodoA) : '…'}`,
    );
  if (filters.stato) parts.push(`stato «${filters.stato}»`);
  if (filters.importoMin) parts.push(`importo ≥ ${formatImporto(filters.importoMin)}`);
  if (filters.importoMax) parts.push(`importo ≤ ${formatImporto(filters.importoMax)}`);
  if (filters.testo) parts.push(`testo «${filters.testo}»`);
  return parts.length > 0 ? `Filtri: ${parts.join('; ')}` : 'Nessun filtro';
}

export function createSezioniService(
  gateway: CassettoGateway,
  auth: AuthService,
  snapshots: SnapshotStore,
  now: () => Date = () => new Date(),
): SezioniService {
  const owner = () => {
    const status = auth.status();
    if (status.state !== 'signed-in') throw new ContractError('UNAUTHENTICATED', 'Accedere con SPID o CIE.');
    return status.user.codiceFiscale;
  };

  const load = async (posizioneId: string, sezione: Sezione): Promise<Loaded> => {
    const codiceFiscale = owner();
    try {
      const rows = (await gateway.get(
        path(posizioneId, `/${sezione}`),
        z.array(sezioneRowSchemas[sezione]),
      )) as Row[];
      const aggiornatoAl = now().toISOString();
      await snapshots.write(codiceFiscale, posizioneId, sezione, { aggiornatoAl, rows });
      return { rows, aggiornatoAl, offline: false };
    } catch (error) {
      // Only an unreachable service falls back to the copy; a refusal (403, 401) never does.
      if (!(error instanceof ContractError) || error.code !== 'UNAVAILABLE') throw error;
      const snapshot = await snapshots.read(codiceFiscale, posizioneId, sezione);
      if (!snapshot) throw error;
      return { rows: snapshot.rows as Row[], aggiornatoAl: snapshot.aggiornatoAl, offline: true };
    }
  };

  return {
    load,
    async export(posizioneId, sezione, format, view) {
      const definition = SEZIONE_DEFINITIONS[sezione];
      const loaded = await load(posizioneId, sezione);
      const filtered = filterRows(definition, loaded.rows, view.filters);
      const rows = view.sort ? sortRows(definition, filtered, view.sort) : filtered;
      const totals = totalsOf(definition, rows);
      const name = `${sezione}_${posizioneId}_${stamp(now())}`;
      if (format === 'csv') {
        return {
          fileName: `${name}.csv`,
          mimeType: 'text/csv;charset=utf-8',
          base64: base64(toCsv(definition.columns, rows, totals)),
          rows: rows.length,
        };
      }
      if (format === 'xlsx') {
        return {
          fileName: `${name}.xlsx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          base64: base64(await toXlsx(definition.title, definition.columns, rows, totals)),
          rows: rows.length,
        };
      }
      const pdf = await renderPdf({
        title: definition.title,
        subtitle: `Posizione ${posizioneId} – dati aggiornati al ${formatData(loaded.aggiornatoAl)} ${loaded.aggiornatoAl.slice(11, 16)} UTC`,
        generatedAt: now(),
        parts: [
          {
            heading: definition.title,
            notes: [describeFilters(view.filters), `${rows.length} righe`],
            columns: definition.columns,
            rows,
            totals,
          },
        ],
      });
      return { fileName: `${name}.pdf`, mimeType: 'application/pdf', base64: base64(pdf), rows: rows.length };
    },
    async fascicolo(posizioneId) {
      const anagrafica = await gateway.get(path(posizioneId), anagraficaPosizioneSchema);
      const sections = await Promise.all(
        SEZIONI.map(async (sezione) => ({ sezione, loaded: await load(posizioneId, sezione) })),
      );
      let count = 0;
      const pdf = await renderPdf({
        title: `Fascicolo aziendale – ${anagrafica.denominazione}`,
        subtitle: `Posizione contributiva ${anagrafica.codiceFiscaleEnte} / ${anagrafica.progressivo} – Gestione Dipendenti Pubblici`,
        generatedAt: now(),
        parts: [
          {
            heading: 'Anagrafica della posizione',
            pairs: [
              ['Denominazione', anagrafica.denominazione],
              ['Codice fiscale ente', anagrafica.codiceFiscaleEnte],
              ['Progressivo', anagrafica.progressivo],
              ['Tipo ente', TIPO_ENTE_LABELS[anagrafica.tipoEnte]],
              ['Comparto', anagrafica.comparto],
              ['Codice IPA', anagrafica.codiceIpa],
              ['Sede INPS', anagrafica.sedeInps],
              [
                'Indirizzo',
                `${anagrafica.indirizzo}, ${anagrafica.cap} ${anagrafica.comune} (${anagrafica.provincia})`,
              ],
              ['PEC', anagrafica.pec],
              ['Legale rappresentante', anagrafica.legaleRappresentante],
              ['Gestioni', anagrafica.gestioni.join(', ')],
              ['Data iscrizione', formatData(anagrafica.dataIscrizione)],
              ['Stato', anagrafica.stato],
              ['Titolo di accesso', RUOLO_POSIZIONE_LABELS[anagrafica.ruolo]],
            ],
          },
          ...sections.map(({ sezione, loaded }) => {
            const definition = SEZIONE_DEFINITIONS[sezione];
            count += loaded.rows.length;
            return {
              heading: definition.title,
              notes: [
                `${loaded.rows.length} righe – dati aggiornati al ${formatData(loaded.aggiornatoAl)}${loaded.offline ? ' (copia locale: servizio INPS non raggiungibile)' : ''}`,
              ],
              columns: definition.columns,
              rows: loaded.rows,
              totals: totalsOf(definition, loaded.rows),
            };
          }),
        ],
      });
      return {
        fileName: `fascicolo_${posizioneId}_${stamp(now())}.pdf`,
        mimeType: 'application/pdf',
        base64: base64(pdf),
        rows: count,
      };
    },
  };
}

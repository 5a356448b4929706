/**
 * How each section is shown and exported: one column list per section drives the table on
 * screen, the CSV/XLSX/PDF exports and the fascicolo, so the six sections are data, not code.
 * Labels are the INPS terms; they live here (not in the renderer's catalogue) because the
 * export files produced on the main side carry them too.
 */
import type { Sezione } from './schemas';

export type ColumnKind = 'text' | 'date' | 'month' | 'amount' | 'number';

export interface SezioneColumn {
  key: string;
  label: string;
  kind: ColumnKind;
  /** Summed in the totals row (amounts only). */
  total?: boolean;
  /** Width share in the PDF table. */
  width?: number;
}

export interface SezioneDefinition {
  key: Sezione;
  title: string;
  /** The field the period filter reads (a month or a date). */
  periodKey: string;
  /** The field the state filter reads. */
  stateKey: string;
  /** The state filter's label when that field is not a state (Versamenti filter by channel). */
  stateLabel?: string;
  /** Rows left out of the totals: a note annulled is owed no more (its row stays listed). */
  notCounted?: { key: string; values: readonly string[] };
  /** The field the amount filter reads. */
  amountKey: string;
  columns: readonly SezioneColumn[];
}

export const SEZIONE_DEFINITIONS: Readonly<Record<Sezione, SezioneDefinition>> = {
  versamenti: {
    key: 'versamenti',
    title: 'Versamenti',
    periodKey: 'periodo',
    stateKey: 'canale',
    stateLabel: 'Canale',
    amountKey: 'importo',
    columns: [
      { key: 'dataVersamento', label: 'Data versamento', kind: 'date' },
      { key: 'canale', label: 'Canale', kind: 'text' },
      { key: 'causale', label: 'Codice tributo/causale', kind: 'text' },
      { key: 'gestione', label: 'Gestione', kind: 'text' },
      { key: 'periodo', label: 'Periodo di riferimento', kind: 'month' },
      { key: 'importo', label: 'Importo', kind: 'amount', total: true },
      { key: 'sede', label: 'Sede', kind: 'text', width: 1.5 },
      { key: 'estremi', label: 'Estremi del versamento', kind: 'text', width: 2 },
    ],
  },
  'note-rettifica': {
    key: 'note-rettifica',
    title: 'Note di Rettifica',
    periodKey: 'periodo',
    stateKey: 'stato',
    amountKey: 'importo',
    columns: [
      { key: 'numero', label: 'Numero', kind: 'text', width: 1.5 },
      { key: 'dataEmissione', label: 'Data emissione', kind: 'date' },
      { key: 'periodo', label: 'Periodo', kind: 'month' },
      { key: 'gestione', label: 'Gestione', kind: 'text' },
      { key: 'causalePagamento', label: 'Causale di pagamento', kind: 'text' },
      { key: 'importo', label: 'Importo', kind: 'amount', total: true },
      { key: 'stato', label: 'Stato', kind: 'text' },
      { key: 'dettaglio', label: 'Dettaglio', kind: 'text', width: 2.5 },
    ],
  },
  'piani-ammortamento': {
    key: 'piani-ammortamento',
    title: 'Piani di Ammortamento',
    periodKey: 'periodo',
    stateKey: 'stato',
    amountKey: 'residuo',
    columns: [
      { key: 'numeroPiano', label: 'Piano', kind: 'text' },
      { key: 'tipo', label: 'Tipo', kind: 'text', width: 1.5 },
      { key: 'beneficio', label: 'Beneficio', kind: 'text' },
      { key: 'codiceFiscaleLavoratore', label: 'Lavoratore', kind: 'text', width: 1.5 },
      { key: 'periodo', label: 'Decorrenza', kind: 'month' },
      { key: 'rateTotali', label: 'Rate', kind: 'number' },
      { key: 'ratePagate', label: 'Rate pagate', kind: 'number' },
      { key: 'importoRata', label: 'Importo rata', kind: 'amount' },
      { key: 'prossimaScadenza', label: 'Prossima scadenza', kind: 'date' },
      { key: 'residuo', label: 'Residuo', kind: 'amount', total: true },
      { key: 'stato', label: 'Stato', kind: 'text', width: 1.5 },
    ],
  },
  dma: {
    key: 'dma',
    title: 'DMA / ListaPosPA',
    periodKey: 'mese',
    stateKey: 'esito',
    amountKey: 'totaleContributi',
    columns: [
      { key: 'mese', label: 'Mese', kind: 'month' },
      { key: 'tipo', label: 'Tipo flusso', kind: 'text' },
      { key: 'dataInvio', label: 'Data invio', kind: 'date' },
      { key: 'esito', label: 'Esito', kind: 'text', width: 1.5 },
      { key: 'numeroD0', label: 'Numero D0', kind: 'number' },
      { key: 'numeroErrori', label: 'Errori', kind: 'number' },
      { key: 'totaleContributi', label: 'Totale contributi', kind: 'amount', total: true },
    ],
  },
  'note-debito': {
    key: 'note-debito',
    title: 'Note di Debito',
    periodKey: 'periodo',
    stateKey: 'stato',
    notCounted: { key: 'stato', values: ['annullata'] },
    amountKey: 'importo',
    columns: [
      { key: 'numero', label: 'Numero', kind: 'text', width: 1.5 },
      { key: 'tipo', label: 'Tipo', kind: 'text', width: 2 },
      { key: 'dataEmissione', label: 'Data emissione', kind: 'date' },
      { key: 'scadenza', label: 'Scadenza', kind: 'date' },
      { key: 'periodo', label: 'Periodo', kind: 'month' },
      { key: 'gestione', label: 'Gestione', kind: 'text' },
      { key: 'numeroLavoratori', label: 'Lavoratori', kind: 'number' },
      { key: 'importo', label: 'Importo', kind: 'amount', total: true },
      { key: 'stato', label: 'Stato', kind: 'text' },
    ],
  },
  'note-debito-eca': {
    key: 'note-debito-eca',
    title: 'Note di Debito ECA',
    periodKey: 'periodo',
    stateKey: 'stato',
    amountKey: 'importo',
    columns: [
      { key: 'numero', label: 'Numero', kind: 'text', width: 1.5 },
      { key: 'periodo', label: 'Competenza', kind: 'month' },
      { key: 'gestione', label: 'Gestione', kind: 'text' },
      { key: 'dovuto', label: 'Dovuto', kind: 'amount', total: true },
      { key: 'versato', label: 'Versato', kind: 'amount', total: true },
      { key: 'importo', label: 'Differenza', kind: 'amount', total: true },
      { key: 'scadenza', label: 'Scadenza', kind: 'date' },
      { key: 'dataVersamento', label: 'Data versamento', kind: 'date' },
      { key: 'stato', label: 'Stato', kind: 'text', width: 1.5 },
    ],
  },
};

/** Derived fields some columns show (counts of nested lists). */
export function cellValue(row: Readonly<Record<string, unknown>>, key: string): unknown {
  if (key === 'numeroErrori') return Array.isArray(row.errori) ? row.errori.length : 0;
  if (key === 'numeroLavoratori') return Array.isArray(row.lavoratori) ? row.lavoratori.length : 0;
  return row[key];
}

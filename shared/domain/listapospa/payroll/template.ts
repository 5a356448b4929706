import { formatData, formatImporto } from '../../../text/formatIt';
import type { D0 } from '../model';
import { PAYROLL_FIELD_BY_ID, type PayrollField } from './fields';

/**
 * The documented template (docs/payroll-template.md): these columns, these headers (the fields'
 * Italian labels), ";" between cells, comma decimals, dates gg/mm/aaaa. Also writes workers in
 * it, for the sample file, the tests and the bench.
 */

export const TEMPLATE_FIELD_IDS = [
  'd0.cfLavoratore',
  'd0.cognome',
  'd0.nome',
  'd0.datiSedeLavoro.codiceComune',
  'd0.datiSedeLavoro.cap',
  'e0.giornoInizio',
  'e0.giornoFine',
  'e0.inquadramento.tipoImpiego',
  'e0.inquadramento.tipoServizio',
  'e0.inquadramento.contratto',
  'e0.inquadramento.qualifica',
  'e0.inquadramento.regimeFineServizio',
  'e0.inquadramento.partTimePA.tipoPartTime',
  'e0.inquadramento.partTimePA.percPartTime',
  'e0.codiceCessazione',
  'gestione.codGestione',
  'gestione.tipo',
  'gestione.imponibile',
  'gestione.contributo',
] as const;

export const TEMPLATE_FIELDS: readonly PayrollField[] = TEMPLATE_FIELD_IDS.map(
  (id) => PAYROLL_FIELD_BY_ID.get(id) as PayrollField,
);
export const TEMPLATE_HEADERS: readonly string[] = TEMPLATE_FIELDS.map((field) => field.header);

const percentIt = (stored: string) => {
  const value = Number(stored);
  let decimals = String(value % 1000).padStart(3, '0');
  while (decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  return decimals ? `${Math.trunc(value / 1000)},${decimals}` : String(Math.trunc(value / 1000));
};

function cellOf(field: PayrollField, value: unknown): string {
  if (typeof value !== 'string') return '';
  if (field.kind === 'amount') return formatImporto(value, '');
  if (field.kind === 'date') return formatData(value);
  if (field.kind === 'percent') return percentIt(value);
  return value;
}

const at = (target: unknown, path: readonly string[]) =>
  path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], target);

/** One row per worker per gestione of each E0. */
export function templateRows(workers: readonly D0[]): string[][] {
  const rows: string[][] = [];
  for (const d0 of workers) {
    for (const e0 of d0.e0) {
      for (const gestione of Object.values(e0.gestioni)) {
        if (!gestione || typeof gestione !== 'object' || !('codGestione' in gestione)) continue;
        rows.push(
          TEMPLATE_FIELDS.map((field) =>
            cellOf(field, at(field.level === 'd0' ? d0 : field.level === 'e0' ? e0 : gestione, field.path)),
          ),
        );
      }
    }
  }
  return rows;
}

const quoted = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The template's CSV text (without BOM): header and rows, ";" separated, CRLF as Excel writes. */
export function templateCsv(workers: readonly D0[]): string {
  return (
    [TEMPLATE_HEADERS, ...templateRows(workers)].map((row) => row.map(quoted).join(';')).join('\r\n') + '\r\n'
  );
}

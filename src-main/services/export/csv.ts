/**
 * CSV in the dialect Italian spreadsheets open without an import wizard: `;` between fields,
 * comma decimals, dates gg/mm/aaaa, CRLF, UTF-8 with BOM (Excel reads accents right only then).
 */
import { cellValue, formatCell, type SezioneColumn } from '../../../shared/domain/sezioni';
import { rowsInTurns } from './rowsInTurns';

const BOM = '\uFEFF';

function quote(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Amounts without thousands separators, so spreadsheets read them as numbers. */
function csvCell(column: SezioneColumn, value: unknown): string {
  if (column.kind === 'amount' && value !== null && value !== undefined)
    return String(value).replace('.', ',');
  return formatCell(column.kind, value);
}

export async function toCsv(
  columns: readonly SezioneColumn[],
  rows: readonly Readonly<Record<string, unknown>>[],
  totals?: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<string> {
  const lines = [columns.map((column) => quote(column.label)).join(';')];
  for await (const row of rowsInTurns(rows, signal))
    lines.push(columns.map((column) => quote(csvCell(column, cellValue(row, column.key)))).join(';'));
  if (totals) {
    lines.push(
      columns
        .map((column, index) =>
          column.key in totals ? csvCell(column, totals[column.key]) : index === 0 ? 'Totale' : '',
        )
        .join(';'),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

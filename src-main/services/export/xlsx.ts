/** XLSX of a table: real number cells for amounts (format #.##0,00), real dates, a bold header. */
import ExcelJS from 'exceljs';
import { cellValue, type SezioneColumn } from '../../../shared/domain/sezioni';
import { rowsInTurns } from './rowsInTurns';

const toDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export async function toXlsx(
  title: string,
  columns: readonly SezioneColumn[],
  rows: readonly Readonly<Record<string, unknown>>[],
  totals?: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cassetto Enti';
  const sheet = workbook.addWorksheet(title.slice(0, 31).replace(/[\\/?*[\]:]/g, '-'));
  sheet.columns = columns.map((column) => ({
    header: column.label,
    key: column.key,
    width: Math.max(12, Math.round(14 * (column.width ?? 1))),
    style:
      column.kind === 'amount'
        ? { numFmt: '#,##0.00' }
        : column.kind === 'date'
          ? { numFmt: 'dd/mm/yyyy' }
          : column.kind === 'month'
            ? { numFmt: 'mm/yyyy' }
            : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const cell = (column: SezioneColumn, value: unknown) => {
    if (value === null || value === undefined || value === '') return null;
    // A spreadsheet stores numbers as doubles anyway; the decimal string converts to the nearest one.
    if (column.kind === 'amount') return Number(value);
    if (column.kind === 'date') return toDate(String(value));
    if (column.kind === 'month') return toDate(`${String(value)}-01`);
    return value as string | number;
  };
  for await (const row of rowsInTurns(rows, signal)) {
    sheet.addRow(
      Object.fromEntries(columns.map((column) => [column.key, cell(column, cellValue(row, column.key))])),
    );
  }
  if (totals) {
    const totalRow = sheet.addRow(
      Object.fromEntries(
        columns.map((column, index) => [
          column.key,
          column.key in totals ? cell(column, totals[column.key]) : index === 0 ? 'Totale' : null,
        ]),
      ),
    );
    totalRow.font = { bold: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  signal?.throwIfAborted();
  return new Uint8Array(buffer);
}

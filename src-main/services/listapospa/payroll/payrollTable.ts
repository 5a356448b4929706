import { CsvError, parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { decodeWindows1252 } from '../../../../shared/domain/listapospa/xmlEncoding';
import type { PayrollIssue, PayrollRow } from '../../../../shared/domain/listapospa/payroll/build';
import { MAX_COLUMNS } from '../../../../shared/domain/listapospa/payroll/mapping';
import type { Cell } from '../../../../shared/domain/listapospa/payroll/values';
import { groupThousands } from '../../../../shared/text/groupThousands';

/**
 * A payroll export (CSV or XLSX) → its headers and rows, bounded: the file's size, the number of
 * rows (read up to the limit, then the file is refused with a message, so a million-row file costs
 * a bounded time), and the length of a cell. CSV is read by csv-parse in UTF-8, or in
 * Windows-1252 when the bytes are not valid UTF-8 (what Excel "CSV" writes on Italian Windows);
 * the separator is the header's most frequent of ";", "," and tab. XLSX by exceljs, the first
 * sheet with data: numbers and dates come typed; a formula gives its computed value, never its text.
 */

export const MAX_FILE_BYTES = 30 * 1024 * 1024;
export const MAX_ROWS = 100_000;
export const MAX_CELL_LENGTH = 10_000;

export class PayrollFileError extends Error {
  override name = 'PayrollFileError';
}

export interface PayrollTable {
  kind: 'csv' | 'xlsx';
  /** For a CSV, how it was read. */
  encoding?: 'UTF-8' | 'Windows-1252' | 'UTF-16';
  headers: string[];
  rows: PayrollRow[];
  /** Problems of the file itself (too many rows, a formula without value…), with their row. */
  issues: PayrollIssue[];
}

const n = (value: number) => groupThousands(String(value));
const tooManyRows = (row: number): PayrollIssue => ({
  row,
  column: '',
  field: '',
  severity: 'bloccante',
  message: `Il file ha più di ${n(MAX_ROWS)} righe di dati: lette le prime ${n(MAX_ROWS)}, il resto no. Dividi il file e importalo in più volte.`,
});

const isXlsx = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

export async function readPayrollTable(bytes: Uint8Array, fileName = ''): Promise<PayrollTable> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new PayrollFileError(
      `Il file è di ${n(Math.ceil(bytes.length / 1024 / 1024))} MB: il limite è ${n(MAX_FILE_BYTES / 1024 / 1024)} MB.`,
    );
  }
  if (bytes.length === 0) throw new PayrollFileError('Il file è vuoto.');
  if (isXlsx(bytes)) return readXlsx(bytes);
  if (/\.xlsx?$/i.test(fileName)) {
    throw new PayrollFileError(
      `«${fileName.slice(0, 100)}» non è un file Excel .xlsx leggibile: salvalo come .xlsx o come CSV.`,
    );
  }
  return readCsv(bytes);
}

function decodeCsv(bytes: Uint8Array): { text: string; encoding: NonNullable<PayrollTable['encoding']> } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const header = text.slice(0, end === -1 ? Math.min(text.length, 100_000) : Math.min(end, 100_000));
  const counts = [';', ',', '\t'].map((sep) => ({ sep, count: header.split(sep).length - 1 }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.sep : ';';
}

function readCsv(bytes: Uint8Array): PayrollTable {
  const { text, encoding } = decodeCsv(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: MAX_CELL_LENGTH * 4,
      to: MAX_ROWS + 2,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') {
      throw new PayrollFileError(
        `Riga ${n((error as CsvError & { lines?: number }).lines ?? 0)}: la riga è più lunga di ${n(MAX_CELL_LENGTH * 4)} caratteri; il file non sembra un’esportazione delle paghe.`,
      );
    }
    throw new PayrollFileError(
      `Il file CSV non è leggibile: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  const [header = [], ...data] = records;
  const table = tableOf(
    header,
    data.map((cells, index) => ({ number: index + 2, cells })),
  );
  return { kind: 'csv', encoding, ...table };
}

function tableOf(header: readonly Cell[], data: PayrollRow[], issues: PayrollIssue[] = []) {
  const headers = header.map((cell) => String(cell).trim());
  if (headers.every((h) => h === '')) throw new PayrollFileError('Il file non ha una riga di intestazione.');
  if (headers.length > MAX_COLUMNS) {
    throw new PayrollFileError(`Il file ha ${n(headers.length)} colonne: il limite è ${MAX_COLUMNS}.`);
  }
  for (const [index, h] of headers.entries()) checkLength(h, 1, `colonna ${index + 1}`);
  const rows = data.slice(0, MAX_ROWS);
  for (const row of rows) {
    row.cells.forEach((cell, index) => {
      if (typeof cell === 'string') checkLength(cell, row.number, headers[index] ?? `colonna ${index + 1}`);
    });
  }
  const out = [...issues];
  if (data.length > MAX_ROWS) out.push(tooManyRows((data[MAX_ROWS] as PayrollRow).number));
  return { headers, rows, issues: out };
}

function checkLength(text: string, row: number, column: string) {
  if (text.length > MAX_CELL_LENGTH) {
    throw new PayrollFileError(
      `Riga ${n(row)}, colonna «${column.slice(0, 60)}»: la cella ha ${n(text.length)} caratteri, il limite è ${n(MAX_CELL_LENGTH)}.`,
    );
  }
}

type CellProblem = { problem: string };

function xlsxCell(value: ExcelJS.CellValue): Cell | CellProblem {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'VERO' : 'FALSO';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) {
      return {
        problem:
          'la cella ha una formula senza valore calcolato: apri e salva il file in Excel, o scrivi il valore',
      };
    }
    return typeof result === 'object' && !(result instanceof Date) && 'error' in result
      ? { problem: `la formula dà l’errore ${String(result.error)}` }
      : xlsxCell(result);
  }
  if ('error' in value) return { problem: `la cella contiene l’errore ${String(value.error)}` };
  if ('text' in value) return String(value.text);
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<PayrollTable> {
  // The streaming reader: rows come one at a time and the reading stops at the limit, so a sheet
  // of a million rows costs what the first 100,000 cost.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let header: Cell[] | undefined;
  const data: PayrollRow[] = [];
  const issues: PayrollIssue[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1, MAX_COLUMNS + 2);
        if (values.every((value) => value === null || value === undefined || value === '')) continue;
        const cells: Cell[] = [];
        // A row's values are sparse (empty cells are holes): by index, so no cell moves left.
        for (let index = 0; index < values.length; index += 1) {
          const cell = xlsxCell(values[index]);
          if (typeof cell === 'object') {
            issues.push({
              row: row.number,
              column: String(header?.[index] ?? `colonna ${index + 1}`),
              field: '',
              // The cell is read as empty: a mapped field that needs it says so with its own error.
              severity: 'avviso',
              message: `Riga ${row.number}: ${cell.problem}.`,
            });
            cells.push('');
          } else cells.push(cell);
        }
        if (!header) header = cells;
        else data.push({ number: row.number, cells });
        if (data.length > MAX_ROWS) break;
      }
      // The first sheet with data is the one read.
      if (header) break;
    }
  } catch {
    throw new PayrollFileError('Il file Excel non è leggibile: salvalo di nuovo come .xlsx o come CSV.');
  }
  if (!header) throw new PayrollFileError('Il file Excel non ha fogli con dati.');
  return { kind: 'xlsx', ...tableOf(header, data, issues) };
}

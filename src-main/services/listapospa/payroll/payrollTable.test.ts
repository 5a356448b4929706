import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_LENGTH, MAX_ROWS, readPayrollTable } from './payrollTable';
import { readPayroll } from './payrollImport';

/** Payroll files as payroll systems and Excel write them, and as a hostile sender would. */

const CONTEXT = { dataInvio: '2026-02-10', annoMeseDenuncia: '2026-01', tipoFlusso: 'ordinario' as const };

/** Bytes of a Windows-1252 text (what Excel's "CSV" writes on Italian Windows). */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return Uint8Array.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Paghe');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('payroll table', () => {
  it('reads UTF-8 with and without BOM', async () => {
    const text = 'Cognome;Nome\r\nROSSI;NICOLÒ\r\n';
    for (const bytes of [
      Buffer.from(text),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ]) {
      const table = await readPayrollTable(bytes);
      expect(table).toMatchObject({ kind: 'csv', encoding: 'UTF-8', headers: ['Cognome', 'Nome'] });
      expect(table.rows).toEqual([{ number: 2, cells: ['ROSSI', 'NICOLÒ'] }]);
    }
  });

  it('reads Windows-1252 when the bytes are not UTF-8: accents, apostrophe and euro intact', async () => {
    const table = await readPayrollTable(cp1252('Cognome;Nome;Imponibile\r\nD’AMICO;NICOLÒ;€ 1.000,00\r\n'));
    expect(table.encoding).toBe('Windows-1252');
    expect(table.rows[0]?.cells).toEqual(['D’AMICO', 'NICOLÒ', '€ 1.000,00']);
  });

  it('takes the separator of the header: a comma file with quoted comma decimals', async () => {
    const table = await readPayrollTable(Buffer.from('CF,Imponibile\nX,"1.234,56"\n'));
    expect(table.headers).toEqual(['CF', 'Imponibile']);
    expect(table.rows[0]?.cells).toEqual(['X', '1.234,56']);
  });

  it('refuses a huge cell with its row, in Italian', async () => {
    const bytes = Buffer.from(`A;B\nx;y\nz;${'9'.repeat(MAX_CELL_LENGTH * 5)}\n`);
    await expect(readPayrollTable(bytes)).rejects.toThrow(
      /^Riga 3: la riga è più lunga di 40\.000 caratteri/,
    );
    const cell = Buffer.from(`A;B\nx;${'9'.repeat(MAX_CELL_LENGTH + 1)}\n`);
    await expect(readPayrollTable(cell)).rejects.toThrow('Riga 2, colonna «B»: la cella ha 10.001 caratteri');
  });

  it('reads a million-row file only up to the limit, and says the rest was cut', async () => {
    const bytes = Buffer.from('CF;Cognome\n' + 'AAAAAA80A01H501A;ROSSI\n'.repeat(1_000_000));
    const table = await readPayrollTable(bytes);
    expect(table.rows).toHaveLength(MAX_ROWS);
    expect(table.issues).toEqual([
      expect.objectContaining({
        row: MAX_ROWS + 2,
        severity: 'bloccante',
        message: expect.stringContaining('più di 100.000 righe di dati: lette le prime 100.000'),
      }),
    ]);
  });

  it('reads an XLSX: typed numbers and dates, formulas by their value, never by their text', async () => {
    const bytes = await xlsx([
      ['CF', 'Cognome', 'Inizio', 'Imponibile', 'Note'],
      [
        'AAAAAA80A01H501A',
        'ROSSI',
        new Date(Date.UTC(2026, 0, 1)),
        { formula: 'SUM(1000,1000)', result: 2000 },
        'x',
      ],
      [
        'AAAAAA80A01H501A',
        '=1+1',
        '2026-01-01',
        { formula: 'A1*2' },
        { formula: 'NA()', result: { error: '#N/A' } },
      ],
    ]);
    const table = await readPayrollTable(bytes, 'paghe.xlsx');
    expect(table.kind).toBe('xlsx');
    expect(table.rows[0]?.cells).toEqual(['AAAAAA80A01H501A', 'ROSSI', '2026-01-01', 2000, 'x']);
    // A text that looks like a formula stays text (the mapping refuses it for a name, see payroll.test.ts).
    expect(table.rows[1]?.cells.slice(0, 4)).toEqual(['AAAAAA80A01H501A', '=1+1', '2026-01-01', '']);
    expect(table.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [
        3,
        'Imponibile',
        'Riga 3: la cella ha una formula senza valore calcolato: apri e salva il file in Excel, o scrivi il valore.',
      ],
      [
        3,
        'Note',
        'Riga 3: la cella ha una formula senza valore calcolato: apri e salva il file in Excel, o scrivi il valore.',
      ],
    ]);
  });

  it('keeps each XLSX value under its header when cells in between are empty', async () => {
    const bytes = await xlsx([
      ['CF', 'Part-time', 'Percentuale', 'Imponibile'],
      ['AAAAAA80A01H501A', '', null, '2000,00'],
    ]);
    const table = await readPayrollTable(bytes);
    expect(table.rows[0]?.cells).toEqual(['AAAAAA80A01H501A', '', '', '2000,00']);
  });

  it('refuses a file called .xlsx that is not one, and an empty file', async () => {
    await expect(readPayrollTable(Buffer.from('not a zip'), 'paghe.xlsx')).rejects.toThrow(
      '«paghe.xlsx» non è un file Excel .xlsx leggibile',
    );
    await expect(readPayrollTable(new Uint8Array())).rejects.toThrow('Il file è vuoto.');
  });

  it('a formula-like name in an XLSX is an error of its row and column', async () => {
    const bytes = await xlsx([
      ['Codice fiscale lavoratore', 'Cognome', 'Nome'],
      ['AAAAAA80A01H501A', '=HYPERLINK("http://x";"ROSSI")', 'MARIO'],
    ]);
    const reading = await readPayroll({ bytes, context: CONTEXT });
    expect(reading.readBlocking).toBe(1);
    expect(reading.issues[0]).toMatchObject({ row: 2, column: 'Cognome', field: 'Cognome' });
    expect(reading.issues[0]?.message).toContain('sembra una formula di foglio di calcolo');
  });
});

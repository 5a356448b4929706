import { describe, expect, it } from 'vitest';
import { sampleD0 } from '../sample';
import { buildWorkers, type PayrollRow } from './build';
import { PayrollMappingSchema, proposeMapping, type PayrollMapping } from './mapping';
import { mergeWorkers } from './merge';
import { ruleIssues } from './ruleIssues';
import { TEMPLATE_HEADERS, templateRows } from './template';
import { parseAmountCell, parseDateCell, parsePercentCell } from './values';
import { sampleDenuncia } from '../sample';

const CONTEXT = { dataInvio: '2026-02-10', annoMeseDenuncia: '2026-01', tipoFlusso: 'ordinario' as const };
const rowsOf = (cells: string[][]): PayrollRow[] => cells.map((c, i) => ({ number: i + 2, cells: c }));

/** A payroll system's own layout: other names, other order, dates ISO, amounts with a dot. */
const OTHER_HEADERS = [
  'Matricola',
  'C.F.',
  'Cognome e nome',
  'Cassa',
  'Imp.',
  'Contr.',
  'Cognome',
  'Nome',
  'Impiego',
  'Servizio',
];
const OTHER_MAPPING: PayrollMapping = {
  numberFormat: 'en',
  dateFormat: 'aaaa-mm-gg',
  columns: [
    { header: 'Matricola', field: null },
    { header: 'C.F.', field: 'd0.cfLavoratore' },
    { header: 'Cognome e nome', field: null },
    { header: 'Cassa', field: 'gestione.codGestione' },
    { header: 'Imp.', field: 'gestione.imponibile' },
    { header: 'Contr.', field: 'gestione.contributo' },
    { header: 'Cognome', field: 'd0.cognome' },
    { header: 'Nome', field: 'd0.nome' },
    { header: 'Impiego', field: 'e0.inquadramento.tipoImpiego' },
    { header: 'Servizio', field: 'e0.inquadramento.tipoServizio' },
  ],
};

const buildOther = (rows: string[][], annoMese = '2026-01') =>
  buildWorkers(OTHER_HEADERS, rowsOf(rows), OTHER_MAPPING, annoMese);

describe('payroll values', () => {
  it('reads comma decimals with thousands dots, and dot decimals when the mapping says so', () => {
    expect(parseAmountCell('1.234,56', 'it')).toEqual({ ok: true, value: '1234.56' });
    expect(parseAmountCell('€ 2000,5', 'it')).toEqual({ ok: true, value: '2000.50' });
    expect(parseAmountCell('1,234.56', 'en')).toEqual({ ok: true, value: '1234.56' });
    expect(parseAmountCell(653, 'it')).toEqual({ ok: true, value: '653.00' });
    const wrong = parseAmountCell('1234.56', 'it');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toContain('1.234,56');
    expect(parseAmountCell('12,345', 'it').ok).toBe(false);
  });

  it('reads dates in the chosen format and ISO, refusing impossible days', () => {
    expect(parseDateCell('31/01/2026', 'gg/mm/aaaa')).toEqual({ ok: true, value: '2026-01-31' });
    expect(parseDateCell('2026-01-31', 'gg/mm/aaaa')).toEqual({ ok: true, value: '2026-01-31' });
    expect(parseDateCell('31.1.2026', 'gg.mm.aaaa')).toEqual({ ok: true, value: '2026-01-31' });
    expect(parseDateCell('31/02/2026', 'gg/mm/aaaa').ok).toBe(false);
    expect(parsePercentCell('66,67', 'it')).toEqual({ ok: true, value: '66670' });
    expect(parsePercentCell(50, 'it')).toEqual({ ok: true, value: '50000' });
  });
});

describe('payroll mapping', () => {
  it('maps the template headers by themselves, whatever their case and accents', () => {
    const headers = TEMPLATE_HEADERS.map((h, i) => (i % 2 ? h.toUpperCase() : h.normalize('NFD')));
    const mapping = proposeMapping(headers);
    expect(mapping.columns.every((column) => column.field !== null)).toBe(true);
    expect(mapping.columns[0]).toEqual({ header: headers[0], field: 'd0.cfLavoratore' });
    expect(PayrollMappingSchema.safeParse(mapping).success).toBe(true);
  });

  it('proposes a saved mapping again by header, and ignores what it does not know', () => {
    const proposed = proposeMapping(['Imp.', 'C.F.', 'Altro'], OTHER_MAPPING);
    expect(proposed.columns).toEqual([
      { header: 'Imp.', field: 'gestione.imponibile' },
      { header: 'C.F.', field: 'd0.cfLavoratore' },
      { header: 'Altro', field: null },
    ]);
    expect(proposed.numberFormat).toBe('en');
  });

  it('refuses two columns on one field, naming both', () => {
    const result = PayrollMappingSchema.safeParse({
      ...OTHER_MAPPING,
      columns: [
        { header: 'A', field: 'd0.cognome' },
        { header: 'B', field: 'd0.cognome' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('«A» e «B»');
  });
});

describe('payroll rows → workers', () => {
  it('gives back the workers the template was written from: one D0 per worker, one gestione per row', () => {
    const workers = [sampleD0(1), sampleD0(2)];
    const built = buildWorkers(
      TEMPLATE_HEADERS,
      rowsOf(templateRows(workers)),
      proposeMapping(TEMPLATE_HEADERS),
      '2026-01',
    );
    expect(built.issues).toEqual([]);
    expect(built.workers).toEqual(workers);
    expect(ruleIssues(built, TEMPLATE_HEADERS, proposeMapping(TEMPLATE_HEADERS), CONTEXT)).toEqual([]);
  });

  it('reads another layout through its mapping; a period without days is the month', () => {
    const cf = sampleD0(3).cfLavoratore;
    const built = buildOther(
      [
        ['77', cf, 'X', '2', '2,000.00', '653.00', 'VERDI', 'ANNA', '1', '4'],
        ['77', cf, 'X', '9', '2000', '7', 'VERDI', 'ANNA', '1', '4'],
      ],
      '2026-02',
    );
    expect(built.issues).toEqual([]);
    expect(built.workers).toHaveLength(1);
    expect(built.workers[0]?.e0[0]).toMatchObject({
      giornoInizio: '2026-02-01',
      giornoFine: '2026-02-28',
      gestioni: {
        pensionistica: { codGestione: '2', imponibile: '2000.00', contributo: '653.00' },
        credito: { codGestione: '9', imponibile: '2000.00', contributo: '7.00' },
      },
    });
  });

  it('says each bad value with its row, column and field, and makes no worker of that row', () => {
    const cf = sampleD0(4).cfLavoratore;
    const built = buildOther([
      ['1', cf, '', '2', '2.000,00', '653.00', 'BIANCHI', 'LUCA', '1', '4'],
      ['1', cf, '', '12', '10.00', '1.00', 'BIANCHI', 'LUCA', '1', '4'],
      ['1', cf, '', '9', '10.00', '1.00', 'NERI', 'LUCA', '1', '4'],
      ['1', '', '', '9', '10.00', '1.00', 'X', 'Y', '1', '4'],
      ['1', sampleD0(5).cfLavoratore, '', '9', '10.00', '', '=HYPERLINK("http://x")', 'Y', '1', '4'],
      ['', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(built.issues.map(({ row, column, field }) => ({ row, column, field }))).toEqual([
      { row: 2, column: 'Imp.', field: 'Imponibile' },
      { row: 3, column: 'Cassa', field: 'Codice gestione' },
      { row: 4, column: 'Cognome', field: 'Cognome' },
      { row: 5, column: 'C.F.', field: 'Codice fiscale lavoratore' },
      { row: 6, column: 'Cognome', field: 'Cognome' },
    ]);
    expect(built.issues[0]?.message).toContain('«2.000,00» non è un importo come 1,234.56');
    expect(built.issues[1]?.message).toContain('Codice gestione «12» sconosciuto');
    expect(built.issues[2]?.message).toContain('«NERI» diverso da «BIANCHI» della riga 3');
    expect(built.issues[4]?.message).toContain('sembra una formula');
    expect(built.workers.map((w) => w.cfLavoratore)).toEqual([cf]);
  });

  it('refuses a second row for the same gestione of the same period, naming the first', () => {
    const cf = sampleD0(6).cfLavoratore;
    const row = ['1', cf, '', '2', '10.00', '1.00', 'A', 'B', '1', '4'];
    const built = buildOther([row, [...row.slice(0, 3), '3', ...row.slice(4)]]);
    expect(built.issues[0]).toMatchObject({ row: 3, column: 'Cassa' });
    expect(built.issues[0]?.message).toContain('già la gestione pensionistica in questo periodo (riga 2)');
  });

  it('tells the congruity rules’ findings with their INPS code, row and column', () => {
    const worker = sampleD0(7);
    const tfr = worker.e0[0]?.gestioni.previdenziale;
    if (tfr) Object.assign(tfr, { tipo: 'TFR', imponibile: '100.00', contributo: '150.00' });
    const mapping = proposeMapping(TEMPLATE_HEADERS);
    const built = buildWorkers(TEMPLATE_HEADERS, rowsOf(templateRows([worker])), mapping, '2026-01');
    const found = ruleIssues(built, TEMPLATE_HEADERS, mapping, CONTEXT).find((i) => i.code === '00089I');
    // Row 3 is the worker's gestione 6 (after the header and the pensionistica row).
    expect(found).toMatchObject({ row: 3, column: 'Contributo', field: 'Contributo', severity: 'bloccante' });
  });
});

describe('payroll merge into a draft', () => {
  it('replaces the workers the file has, adds the new ones, keeps the others as typed', () => {
    const draft = sampleDenuncia(3);
    const typed = draft.azienda.listaPosPA.posPA[0]?.d0[2];
    const replacement = { ...sampleD0(1), cognome: 'NUOVO' };
    const { denuncia, summary } = mergeWorkers(draft, [replacement, sampleD0(50)]);
    expect(summary).toEqual({
      added: [sampleD0(50).cfLavoratore],
      replaced: [sampleD0(1).cfLavoratore],
      kept: 2,
    });
    const d0 = denuncia.azienda.listaPosPA.posPA[0]?.d0 ?? [];
    expect(d0.map((w) => w.cognome)).toEqual(['COGNOME0', 'NUOVO', 'COGNOME2', 'COGNOME50']);
    expect(d0[2]).toBe(typed);
    // The draft it came from is not changed.
    expect(draft.azienda.listaPosPA.posPA[0]?.d0[1]?.cognome).toBe('COGNOME1');
  });
});

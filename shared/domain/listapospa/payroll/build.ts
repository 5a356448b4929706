import type { D0, E0, Gestioni } from '../model';
import {
  PAYROLL_FIELD_BY_ID,
  EXTRAS_OF,
  gestioneSlotOf,
  type GestioneSlot,
  type PayrollField,
} from './fields';
import type { PayrollMapping } from './mapping';
import {
  parseAmountCell,
  parseCodeCell,
  parseDateCell,
  parsePercentCell,
  parseTextCell,
  type Cell,
  type Parsed,
} from './values';

/**
 * Rows of a payroll file → the D0 of a draft. One row is one worker in one gestione of one
 * period: rows with the same codice fiscale make one D0, rows of that D0 with the same days make
 * one E0, and each row fills the gestione its Codice gestione names. A period without days is
 * the whole month of the denuncia. Every value that cannot be read is an issue with the row
 * (as a spreadsheet numbers it: the header is row 1), the column and the field.
 */

export interface PayrollRow {
  /** Row number as the user sees it in the file (header = 1). */
  number: number;
  cells: readonly Cell[];
}

export interface PayrollIssue {
  row: number;
  /** Header of the column, '' when the issue is the row's or the file's. */
  column: string;
  /** The field's Italian name, '' when none. */
  field: string;
  message: string;
  severity: 'bloccante' | 'avviso';
  /** The INPS (or CE…) code of the congruity rule, for issues found by the rules. */
  code?: string;
}

/** Where each part of a worker came from: D0 index → rows, for the rules' findings. */
export interface WorkerOrigin {
  row: number;
  e0: { row: number; gestioni: Partial<Record<GestioneSlot, number>> }[];
}

export interface BuiltWorkers {
  workers: D0[];
  origins: WorkerOrigin[];
  issues: PayrollIssue[];
}

type Values = Map<PayrollField, string>;

const lastDay = (annoMese: string) => {
  const [year = 2000, month = 1] = annoMese.split('-').map(Number);
  return `${annoMese}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
};

function parseValue(field: PayrollField, cell: Cell, mapping: PayrollMapping): Parsed<string> {
  switch (field.kind) {
    case 'amount':
      return parseAmountCell(cell, mapping.numberFormat);
    case 'date':
      return parseDateCell(cell, mapping.dateFormat);
    case 'percent':
      return parsePercentCell(cell, mapping.numberFormat);
    case 'code':
      return parseCodeCell(cell);
    default:
      return parseTextCell(cell);
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: string) {
  let at = target;
  for (const key of path.slice(0, -1)) {
    at = (at[key] ??= {}) as Record<string, unknown>;
  }
  at[path.at(-1) as string] = value;
}

function getPath(target: unknown, path: readonly string[]): unknown {
  let at = target;
  for (const key of path) at = (at as Record<string, unknown> | undefined)?.[key];
  return at;
}

export function buildWorkers(
  headers: readonly string[],
  rows: Iterable<PayrollRow>,
  mapping: PayrollMapping,
  annoMese: string,
): BuiltWorkers {
  const mapped = mapping.columns.flatMap((column, index) => {
    const field = column.field ? PAYROLL_FIELD_BY_ID.get(column.field) : undefined;
    return field ? [{ index, field, header: headers[index] ?? column.header }] : [];
  });
  const columnOf = new Map(mapped.map((m) => [m.field, m.header]));
  const issues: PayrollIssue[] = [];
  const workers: D0[] = [];
  const origins: WorkerOrigin[] = [];
  const byCf = new Map<string, number>();
  /** Which row gave each field of a worker or period its value (only the first writes it). */
  const setRows = new Map<object, Map<string, number>>();

  for (const row of rows) {
    const issue = (field: PayrollField | undefined, message: string) =>
      issues.push({
        row: row.number,
        column: field ? (columnOf.get(field) ?? '') : '',
        field: field?.header ?? '',
        message,
        severity: 'bloccante',
      });
    const values: Values = new Map();
    let bad = false;
    for (const { index, field } of mapped) {
      const cell = row.cells[index];
      if (cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
      const parsed = parseValue(field, cell, mapping);
      if (parsed.ok) values.set(field, parsed.value);
      else {
        issue(field, `${field.header}: ${parsed.message}.`);
        bad = true;
      }
    }
    if (values.size === 0 && !bad) continue;
    const get = (id: string) => values.get(PAYROLL_FIELD_BY_ID.get(id) as PayrollField);
    const cf = get('d0.cfLavoratore');
    if (!cf) {
      if (!bad) issue(PAYROLL_FIELD_BY_ID.get('d0.cfLavoratore'), 'Manca il codice fiscale del lavoratore.');
      continue;
    }
    if (bad) continue;

    // The worker, and the fields a later row must not contradict.
    let workerIndex = byCf.get(cf);
    if (workerIndex === undefined) {
      workerIndex = workers.length;
      byCf.set(cf, workerIndex);
      workers.push({ cfLavoratore: cf, cognome: '', nome: '', e0: [], e1: [], f1: [], v1: [] });
      origins.push({ row: row.number, e0: [] });
    }
    const worker = workers[workerIndex] as D0;
    const origin = origins[workerIndex] as WorkerOrigin;
    const giornoInizio = get('e0.giornoInizio') ?? `${annoMese}-01`;
    const giornoFine = get('e0.giornoFine') ?? lastDay(annoMese);
    let e0Index = worker.e0.findIndex(
      (e0) => e0.giornoInizio === giornoInizio && e0.giornoFine === giornoFine,
    );
    if (e0Index === -1) {
      e0Index = worker.e0.length;
      worker.e0.push({
        giornoInizio,
        giornoFine,
        inquadramento: { tipoImpiego: '', tipoServizio: '' },
        gestioni: {},
      });
      origin.e0.push({ row: row.number, gestioni: {} });
    }
    const e0 = worker.e0[e0Index] as E0;
    const e0Origin = origin.e0[e0Index] as WorkerOrigin['e0'][number];

    let contradicted = false;
    for (const [field, value] of values) {
      if (field.level === 'gestione') continue;
      const target = field.level === 'd0' ? worker : e0;
      const current = getPath(target, field.path);
      if (current === value) continue;
      // Set by an earlier row of the same worker (or period): a different value is a contradiction.
      const setBy = setRows.get(target)?.get(field.id);
      if (setBy !== undefined) {
        issue(
          field,
          `${field.header} «${value}» diverso da «${String(current)}» della riga ${setBy} per lo stesso lavoratore${field.level === 'e0' ? ' e periodo' : ''}.`,
        );
        contradicted = true;
        continue;
      }
      setPath(target as unknown as Record<string, unknown>, field.path, value);
      let rowsOfTarget = setRows.get(target);
      if (!rowsOfTarget) setRows.set(target, (rowsOfTarget = new Map()));
      rowsOfTarget.set(field.id, row.number);
    }
    if (contradicted) continue;

    const gestioneValues: [PayrollField, string][] = [];
    for (const entry of values) if (entry[0].level === 'gestione') gestioneValues.push(entry);
    if (gestioneValues.length === 0) continue;
    const codField = PAYROLL_FIELD_BY_ID.get('gestione.codGestione') as PayrollField;
    const codGestione = values.get(codField);
    if (!codGestione) {
      issue(
        codField,
        'Manca il codice gestione: dice a quale gestione vanno imponibile e contributo della riga.',
      );
      continue;
    }
    const slot = gestioneSlotOf(codGestione);
    if (!slot) {
      issue(
        codField,
        `Codice gestione «${codGestione}» sconosciuto: 1–5 pensionistica, 6–7 previdenziale, 8 ENPDEP, 9 credito, 11 ENAM.`,
      );
      continue;
    }
    const already = e0Origin.gestioni[slot];
    if (already !== undefined) {
      issue(codField, `Il lavoratore ha già la gestione ${slot} in questo periodo (riga ${already}).`);
      continue;
    }
    const gestione: Record<string, string> = { codGestione };
    let misplaced = false;
    for (const [field, value] of gestioneValues) {
      const key = field.path[0] as string;
      if (key === 'codGestione') continue;
      if (!EXTRAS_OF[slot].has(key)) {
        issue(field, `${field.header}: non è un dato della gestione ${slot} (codice ${codGestione}).`);
        misplaced = true;
      } else gestione[key] = value;
    }
    if (misplaced) continue;
    for (const key of ['imponibile', 'contributo'] as const) {
      if (gestione[key] === undefined) {
        issue(
          PAYROLL_FIELD_BY_ID.get(`gestione.${key}`),
          `Manca ${key === 'imponibile' ? 'l’imponibile' : 'il contributo'} della gestione ${slot}.`,
        );
        misplaced = true;
      }
    }
    if (misplaced) continue;
    if (slot === 'previdenziale') {
      const tipo =
        gestione.tipo ?? (['1', '2'].includes(e0.inquadramento.regimeFineServizio ?? '') ? 'TFR' : 'TFS');
      if (tipo !== 'TFS' && tipo !== 'TFR') {
        issue(PAYROLL_FIELD_BY_ID.get('gestione.tipo'), `«${tipo}»: scrivi TFS oppure TFR.`);
        continue;
      }
      gestione.tipo = tipo;
    }
    (e0.gestioni as Record<keyof Gestioni, unknown>)[slot] = gestione;
    e0Origin.gestioni[slot] = row.number;
  }
  return { workers, origins, issues };
}

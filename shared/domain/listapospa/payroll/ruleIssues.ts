import { d0Path } from '../draftChecks';
import { validateD0, type RuleContext } from '../rules';
import { PAYROLL_FIELDS, type GestioneSlot, type PayrollField } from './fields';
import type { BuiltWorkers, PayrollIssue, WorkerOrigin } from './build';
import type { PayrollMapping } from './mapping';

/**
 * The congruity rules the editor runs (rules.ts, with their INPS codes), on the workers read
 * from a payroll file, told back in the file's terms: the row the value came from, its column and
 * field. What the file has no column for is said with the row of the worker or period.
 */

const byLevelPath = new Map(PAYROLL_FIELDS.map((field) => [`${field.level}:${field.path.join('.')}`, field]));

function placeOf(origin: WorkerOrigin, tail: string): { row: number; field: PayrollField | undefined } {
  // tail: "", ".cfLavoratore", ".e0[0].inquadramento.tipoImpiego", ".e0[0].gestioni.previdenziale.imponibile"
  if (!tail.startsWith('.e0[')) {
    return { row: origin.row, field: byLevelPath.get(`d0:${tail.slice(1)}`) };
  }
  const close = tail.indexOf(']');
  const e0 = origin.e0[Number(tail.slice(4, close))];
  const rest = tail.slice(close + 2);
  if (!e0) return { row: origin.row, field: undefined };
  if (rest.startsWith('gestioni.')) {
    const [, slot = '', key = ''] = rest.split('.');
    const row = e0.gestioni[slot as GestioneSlot] ?? e0.row;
    return { row, field: byLevelPath.get(`gestione:${key}`) };
  }
  return { row: e0.row, field: byLevelPath.get(`e0:${rest}`) };
}

export function ruleIssues(
  built: BuiltWorkers,
  headers: readonly string[],
  mapping: PayrollMapping,
  context: RuleContext,
): PayrollIssue[] {
  const columnOf = new Map<string, string>();
  mapping.columns.forEach((column, index) => {
    if (column.field) columnOf.set(column.field, headers[index] ?? column.header);
  });
  const issues: PayrollIssue[] = [];
  built.workers.forEach((worker, index) => {
    const path = d0Path(index);
    const origin = built.origins[index] as WorkerOrigin;
    for (const finding of validateD0(worker, context, path)) {
      const { row, field } = placeOf(origin, finding.path.slice(path.length));
      issues.push({
        row,
        column: field ? (columnOf.get(field.id) ?? '') : '',
        field: field?.header ?? '',
        message: finding.message,
        severity: finding.severity,
        code: finding.code,
      });
    }
  });
  return issues;
}

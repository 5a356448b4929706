import type { RuleContext } from '../../../../shared/domain/listapospa/rules';
import {
  buildWorkers,
  type BuiltWorkers,
  type PayrollIssue,
} from '../../../../shared/domain/listapospa/payroll/build';
import {
  mappingFits,
  proposeMapping,
  type PayrollMapping,
} from '../../../../shared/domain/listapospa/payroll/mapping';
import { ruleIssues } from '../../../../shared/domain/listapospa/payroll/ruleIssues';
import { readPayrollTable, type PayrollTable } from './payrollTable';

/**
 * One reading of a payroll file, the same for the app's preview and apply, the CLI and the bench:
 * the table, the mapping used (the one given, else the one saved for the ente when it fits the
 * headers, else the template's by header), the workers, and every issue with row and column —
 * the file's, the values' and the congruity rules' (with their INPS codes).
 */

export type MappingSource = 'richiesta' | 'salvata' | 'modello';

export interface PayrollReading {
  table: PayrollTable;
  mapping: PayrollMapping;
  mappingSource: MappingSource;
  built: BuiltWorkers;
  issues: PayrollIssue[];
  /** Issues that stop the file becoming a draft: the file's and the values' (not the rules'). */
  readBlocking: number;
}

export async function readPayroll(input: {
  bytes: Uint8Array;
  fileName?: string;
  mapping?: PayrollMapping | undefined;
  saved?: PayrollMapping | null;
  context: RuleContext;
}): Promise<PayrollReading> {
  const table = await readPayrollTable(input.bytes, input.fileName);
  // A mapping made for other headers (another file) still gives its choices, by header name.
  const given = input.mapping;
  const { mapping, mappingSource } =
    given && mappingFits(given, table.headers)
      ? { mapping: given, mappingSource: 'richiesta' as const }
      : !given && input.saved && mappingFits(input.saved, table.headers)
        ? { mapping: input.saved, mappingSource: 'salvata' as const }
        : { mapping: proposeMapping(table.headers, given ?? input.saved), mappingSource: 'modello' as const };
  const built = buildWorkers(table.headers, table.rows, mapping, input.context.annoMeseDenuncia);
  const readIssues = [...table.issues, ...built.issues];
  const issues = [...readIssues, ...ruleIssues(built, table.headers, mapping, input.context)].sort(
    (a, b) => a.row - b.row,
  );
  return {
    table,
    mapping,
    mappingSource,
    built,
    issues,
    readBlocking: readIssues.filter((issue) => issue.severity === 'bloccante').length,
  };
}

import { templateCsv } from './shared/domain/listapospa/payroll/template';
import { sampleD0 } from './shared/domain/listapospa/sample';
import { readPayrollTable } from './src-main/services/listapospa/payroll/payrollTable';
import { buildWorkers } from './shared/domain/listapospa/payroll/build';
import { ruleIssues } from './shared/domain/listapospa/payroll/ruleIssues';
import { proposeMapping } from './shared/domain/listapospa/payroll/mapping';
const bytes = Buffer.from(templateCsv(Array.from({ length: 3334 }, (_, i) => sampleD0(i))));
for (let k = 0; k < 2; k++) {
let t = performance.now();
const table = await readPayrollTable(bytes);
console.log('table', performance.now() - t); t = performance.now();
const m = proposeMapping(table.headers);
const built = buildWorkers(table.headers, table.rows, m, '2026-01');
console.log('build', performance.now() - t); t = performance.now();
ruleIssues(built, table.headers, m, { dataInvio: '2026-02-10', annoMeseDenuncia: '2026-01', tipoFlusso: 'ordinario' });
console.log('rules', performance.now() - t);
}

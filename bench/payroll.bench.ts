/**
 * A payroll file of 10,000 rows (3,334 workers × 3 gestioni) to a draft, through the same service
 * as the app's "Importa da file paghe": the preview (read, map, congruity rules) and the apply
 * (read again, write the draft atomically). Goal (issue #16): under 3 s. CSV in the template, and
 * the same rows as XLSX. Prints figures, asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TEMPLATE_HEADERS, templateCsv, templateRows } from '../shared/domain/listapospa/payroll/template';
import { sampleD0 } from '../shared/domain/listapospa/sample';
import {
  SAMPLE_PAYROLL_TARGET,
  payrollServiceIn,
} from '../src-main/services/listapospa/payroll/payrollService.test-support';

const WORKERS = 3_334;
const GOAL_MS = 3_000;

async function xlsxOf(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Paghe');
  sheet.addRow([...TEMPLATE_HEADERS]);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function run(): Promise<void> {
  const workers = Array.from({ length: WORKERS }, (_, i) => sampleD0(i));
  const rows = templateRows(workers);
  const files = {
    csv: Buffer.from(templateCsv(workers)),
    xlsx: await xlsxOf(rows),
  };
  for (const [kind, bytes] of Object.entries(files)) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-payroll-'));
    try {
      const { service } = payrollServiceIn(dir);
      const input = { ...SAMPLE_PAYROLL_TARGET, bytes, fileName: `paghe.${kind}` };
      const start = performance.now();
      const preview = await service.preview(input);
      const previewed = performance.now();
      const { draft } = await service.apply({ ...input, merge: false });
      const done = performance.now();
      const total = done - start;
      console.log(
        `${kind.toUpperCase()} ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${rows.length} righe → ${draft.numeroD0} D0 ` +
          `(${preview.issueCount} segnalazioni): anteprima ${(previewed - start).toFixed(0)} ms, ` +
          `bozza ${(done - previewed).toFixed(0)} ms, totale ${total.toFixed(0)} ms ` +
          `(obiettivo < ${GOAL_MS} ms: ${total < GOAL_MS ? 'raggiunto' : 'NON raggiunto'})`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

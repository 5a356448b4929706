import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PayrollMappingSchema, type PayrollMapping } from '../../shared/domain/listapospa/payroll/mapping';
import type { PayrollIssue } from '../../shared/domain/listapospa/payroll/build';
import type { D0 } from '../../shared/domain/listapospa/model';
import { countOf } from '../../shared/text/plural';
import { writeFileAtomic } from '../adapters/node/atomicWrite';
import { emptyDenuncia } from '../services/listapospa/listapospaHandlers';
import { readPayroll } from '../services/listapospa/payroll/payrollImport';
import { PayrollFileError } from '../services/listapospa/payroll/payrollTable';
import { validateDraft } from '../services/listapospa/validation';
import { loadXsd } from '../services/listapospa/xsdValidator';
import { CliError, checkOutputPath, readInputFile, writing } from './cliErrors';

/**
 * `npm run cli -- listapospa from-csv FILE.csv --mapping MAP.json OUT.xml`: a payroll file (CSV
 * or XLSX, as the app's "Importa da file paghe" reads it) → a ListaPosPA XML, written only when
 * it passes the same validation as the app's export. Every problem is printed with its row and
 * column. MAP.json is a mapping as the app saves it, with the frontespizio the file lacks:
 * `{ "columns": [...], "numberFormat": "it", "dateFormat": "gg/mm/aaaa", "frontespizio": {...} }`
 * (without "columns", the template's headers map by themselves); options override the frontespizio.
 */

const USAGE =
  'Uso: npm run cli -- listapospa from-csv FILE.csv --mapping MAP.json OUT.xml [--mese AAAA-MM] [--cf-ente CF]' +
  ' [--prg NNNNN] [--ragione-sociale TESTO] [--firmatario CF] [--xsd FILE.xsd] [--data-invio AAAA-MM-GG]';

const FrontespizioSchema = z
  .object({
    annoMese: z.string().max(7).optional(),
    cfAzienda: z.string().max(16).optional(),
    ragSocAzienda: z.string().max(200).optional(),
    prgAzienda: z.string().max(5).optional(),
    cfRappresentanteFirmatario: z.string().max(16).optional(),
  })
  .strict();
const MappingFileSchema = z
  .object({
    columns: PayrollMappingSchema.shape.columns.optional(),
    numberFormat: PayrollMappingSchema.shape.numberFormat.optional(),
    dateFormat: PayrollMappingSchema.shape.dateFormat.optional(),
    frontespizio: FrontespizioSchema.optional(),
  })
  .strict();

async function readMappingFile(path: string) {
  let json: unknown;
  try {
    json = JSON.parse((await readInputFile(path, 'La mappatura')).toString('utf8'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`La mappatura «${path}» non è un file JSON valido.`);
  }
  const parsed = MappingFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(
      `La mappatura «${path}» non è valida: ${issue?.path.join('.') || '-'}: ${issue?.message ?? ''}`,
    );
  }
  const { columns, numberFormat = 'it', dateFormat = 'gg/mm/aaaa', frontespizio = {} } = parsed.data;
  let mapping: PayrollMapping | undefined;
  if (columns) {
    const checked = PayrollMappingSchema.safeParse({ columns, numberFormat, dateFormat });
    if (!checked.success) {
      throw new CliError(`La mappatura «${path}» non è valida: ${checked.error.issues[0]?.message ?? ''}`);
    }
    mapping = checked.data;
  }
  return { mapping, numberFormat, dateFormat, frontespizio };
}

export const issueLine = (issue: PayrollIssue) =>
  [
    `riga ${issue.row}`,
    issue.column ? `colonna «${issue.column}»` : '-',
    issue.field || '-',
    issue.code ?? 'lettura',
    issue.severity,
    issue.message,
  ].join('\t');

const OPTIONS = {
  mapping: { type: 'string' },
  mese: { type: 'string' },
  'cf-ente': { type: 'string' },
  prg: { type: 'string' },
  'ragione-sociale': { type: 'string' },
  firmatario: { type: 'string' },
  xsd: { type: 'string' },
  'data-invio': { type: 'string' },
  'data-dir': { type: 'string' },
} as const;

/** The command line, or undefined when an option is unknown or lacks its value. */
function commandLine(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch {
    return undefined;
  }
}

export async function fromCsvCli(args: string[]): Promise<number> {
  const parsed = commandLine(args);
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  const [file, out, extra] = positionals;
  if (!file || !out || extra) {
    console.error(USAGE);
    return 2;
  }
  await checkOutputPath(out);
  const fromFile = values.mapping ? await readMappingFile(values.mapping) : undefined;
  const f = fromFile?.frontespizio ?? {};
  const annoMese = values.mese ?? f.annoMese;
  const cfAzienda = values['cf-ente'] ?? f.cfAzienda;
  const prgAzienda = values.prg ?? f.prgAzienda;
  const ragSocAzienda = values['ragione-sociale'] ?? f.ragSocAzienda;
  const firmatario = values.firmatario ?? f.cfRappresentanteFirmatario;
  if (!annoMese || !/^\d{4}-(0[1-9]|1[0-2])$/.test(annoMese)) {
    throw new CliError(
      'Indica il mese della denuncia: --mese AAAA-MM, o "annoMese" nel frontespizio della mappatura.',
      2,
    );
  }
  if (!cfAzienda || !prgAzienda || !ragSocAzienda || !firmatario) {
    throw new CliError(
      'Mancano dati del frontespizio: --cf-ente, --prg, --ragione-sociale e --firmatario (o "frontespizio" nella mappatura).',
      2,
    );
  }
  const dataInvio = values['data-invio'] ?? new Date().toISOString().slice(0, 10);
  const bytes = await readInputFile(file);
  const reading = await readPayroll({
    bytes,
    fileName: file,
    mapping: fromFile?.mapping,
    saved:
      fromFile && !fromFile.mapping
        ? { columns: [], numberFormat: fromFile.numberFormat, dateFormat: fromFile.dateFormat }
        : null,
    context: { dataInvio, annoMeseDenuncia: annoMese, tipoFlusso: 'ordinario' },
  }).catch((error: unknown) => {
    if (error instanceof PayrollFileError) throw new CliError(`«${file}»: ${error.message}`);
    throw error;
  });
  for (const issue of reading.issues) console.log(issueLine(issue));
  const lavoratori = countOf(reading.built.workers.length, 'lavoratore', 'lavoratori');
  const righe = countOf(reading.table.rows.length, 'riga', 'righe');
  if (reading.readBlocking > 0 || reading.built.workers.length === 0) {
    console.error(
      `Nessun file scritto: ${righe} lette, ${countOf(reading.readBlocking, 'errore di lettura', 'errori di lettura')}${reading.built.workers.length === 0 ? ', nessun lavoratore' : ''}.`,
    );
    return 1;
  }
  const denuncia = emptyDenuncia({ annoMese, cfAzienda, prgAzienda, ragSocAzienda, cfOperatore: firmatario });
  (denuncia.azienda.listaPosPA.posPA[0] as { d0: D0[] }).d0 = reading.built.workers;
  const report = await validateDraft(denuncia, {
    xsd: await loadXsd(values.xsd),
    dataInvio,
    overrides: {},
  });
  // The D0's findings were printed with their rows; the frontespizio's and the XSD's are said here.
  const printed = new Set(reading.issues.map((issue) => `${issue.code ?? ''}|${issue.message}`));
  for (const finding of report.findings) {
    if (!printed.has(`${finding.code}|${finding.message}`)) {
      console.log(
        ['-', finding.path || '-', '-', finding.code, finding.severity, finding.message].join('\t'),
      );
    }
  }
  if (report.blocking) {
    console.error(`Nessun file scritto: la denuncia di ${lavoratori} ha errori bloccanti (${righe} lette).`);
    return 1;
  }
  await writing(out, () => writeFileAtomic(out, report.xml, 0o644));
  console.error(`Scritto ${out}: ${lavoratori} da ${righe}, verificata con ${report.xsdLabel}.`);
  return 0;
}

import { z } from 'zod';
import { PayrollMappingSchema } from '../../domain/listapospa/payroll/mapping';
import { defineCall } from '../define';
import { annoMeseSchema, posizioneIdSchema } from '../ids';
import { DraftSummarySchema } from '../listapospa';

/** ListaPosPA from a payroll file (CSV or XLSX): preview with the mapping, then a draft; mappings per ente. */

const MAX_FILE_BYTES = 30 * 1024 * 1024;
const cfEnte = z
  .string()
  .max(16)
  .regex(/^[A-Z0-9]*$/, 'Codice fiscale dell’ente non valido.');

const PayrollFileInputSchema = z
  .object({
    posizioneId: posizioneIdSchema,
    annoMese: annoMeseSchema,
    cfAzienda: cfEnte,
    ragSocAzienda: z.string().max(200),
    prgAzienda: z.string().max(5),
    fileName: z.string().max(255),
    /** The file's bytes: main finds the encoding (UTF-8, else Windows-1252) and the format. */
    contenutoBase64: z.string().max(Math.ceil(MAX_FILE_BYTES / 3) * 4),
    /** Absent: the saved mapping of the ente, or the template's. */
    mapping: PayrollMappingSchema.optional(),
  })
  .strict();

const IssueSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  field: z.string(),
  message: z.string(),
  severity: z.enum(['bloccante', 'avviso']),
  code: z.string().optional(),
});
const WorkerNameSchema = z.object({ cf: z.string(), nome: z.string() });
const ChangesSchema = z.object({
  existing: z.object({ revision: z.number().int(), numeroD0: z.number().int() }).nullable(),
  added: z.array(WorkerNameSchema),
  replaced: z.array(WorkerNameSchema),
  addedCount: z.number().int(),
  replacedCount: z.number().int(),
  kept: z.number().int(),
});

export const payrollCalls = {
  /** Reads the file and says what it would become: nothing is written. */
  'listapospa.payroll.preview': defineCall({
    input: PayrollFileInputSchema,
    output: z.object({
      fileKind: z.enum(['csv', 'xlsx']),
      encoding: z.string().optional(),
      headers: z.array(z.string()),
      samples: z.array(z.array(z.string())),
      mapping: PayrollMappingSchema,
      mappingSource: z.enum(['richiesta', 'salvata', 'modello']),
      righe: z.number().int(),
      lavoratori: z.number().int(),
      issues: z.array(IssueSchema),
      issueCount: z.number().int(),
      readBlocking: z.number().int(),
      changes: ChangesSchema,
    }),
    errors: ['INVALID_INPUT', 'UNAUTHENTICATED'],
  }),
  /**
   * The file becomes the month's draft; into an existing one only with `merge` and the revision
   * the preview showed (CONFLICT otherwise, saying what would change). Saves the mapping for the ente.
   */
  'listapospa.payroll.apply': defineCall({
    input: PayrollFileInputSchema.extend({
      merge: z.boolean(),
      expectedRevision: z.number().int().nonnegative().optional(),
    }).strict(),
    output: z.object({ draft: DraftSummarySchema, changes: ChangesSchema }),
    errors: ['INVALID_INPUT', 'CONFLICT', 'UNAUTHENTICATED'],
  }),
  'listapospa.payroll.mappings.get': defineCall({
    input: z.object({ cfAzienda: cfEnte }).strict(),
    output: z.object({ mapping: PayrollMappingSchema.nullable() }),
    errors: ['INVALID_INPUT', 'UNAUTHENTICATED'],
  }),
  'listapospa.payroll.mappings.set': defineCall({
    input: z.object({ cfAzienda: cfEnte, mapping: PayrollMappingSchema }).strict(),
    output: z.object({}),
    errors: ['INVALID_INPUT', 'UNAUTHENTICATED'],
  }),
} as const;

import { z } from 'zod';
import { defineCall, NoInput } from '../define';
import { posizioneIdSchema } from '../ids';
import { AUDIT_OPERATIONS } from '../../domain/audit/operations';
import { ExportedFileSchema } from './sezioniCalls';

/**
 * The audit log (registro delle operazioni): what the signed-in user did, hash-chained on this
 * computer. Only the user's own log is ever read: the calls take no user.
 */
export const AuditEntrySchema = z.object({
  /** 1 for the first entry, one more for each. */
  n: z.number().int().positive(),
  at: z.string(),
  /** Who: the codice fiscale of the signed-in user. */
  cf: z.string(),
  op: z.enum(AUDIT_OPERATIONS.codes),
  posizioneId: z.string().optional(),
  /** 'ok', or the error code the operation ended with. */
  outcome: z.string(),
  /** What it was about, briefly: the month, the delega's number, the file's name, the level… */
  detail: z.string().optional(),
  /** SHA-256 of the file imported, exported or sent. */
  sha256: z.string().optional(),
  /** SHA-256 of the previous entry as written (64 zeros for the first). */
  prev: z.string(),
});
export type AuditEntry = z.output<typeof AuditEntrySchema>;

const dateSchema = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Data non valida (AAAA-MM-GG).');

export const AuditFilterSchema = z
  .object({
    op: z.enum(AUDIT_OPERATIONS.codes).optional(),
    posizioneId: posizioneIdSchema.optional(),
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    outcome: z.enum(['ok', 'errore']).optional(),
  })
  .strict();
export type AuditFilter = z.input<typeof AuditFilterSchema>;

export const AuditVerificationSchema = z.object({
  intact: z.boolean(),
  entries: z.number().int(),
  /** Where the chain breaks: the entry's number, its time when readable, and what is wrong. */
  breaks: z.array(z.object({ n: z.number().int(), at: z.string().optional(), problem: z.string() })),
  /** Tolerated, and told: a write interrupted by a crash, left behind unfinished. */
  notes: z.array(z.string()),
});

export const auditCalls = {
  /** The user's entries matching the filter, newest first (at most `limit`), and the chain's state. */
  'audit.list': defineCall({
    input: z.object({ filter: AuditFilterSchema, limit: z.number().int().min(1).max(5000) }).strict(),
    output: z.object({
      entries: z.array(AuditEntrySchema),
      total: z.number().int(),
      /** Every posizione the whole log names, for the filter. */
      posizioni: z.array(z.string()),
      verification: AuditVerificationSchema,
    }),
    errors: ['UNAUTHENTICATED', 'INVALID_INPUT'],
  }),
  /** The filtered entries as CSV (Italian dialect), for files.save. */
  'audit.export': defineCall({
    input: z.object({ filter: AuditFilterSchema }).strict(),
    output: ExportedFileSchema,
    errors: ['UNAUTHENTICATED', 'INVALID_INPUT'],
  }),
  'audit.verify': defineCall({
    input: NoInput,
    output: AuditVerificationSchema,
    errors: ['UNAUTHENTICATED'],
  }),
} as const;

import { z } from 'zod';
import {
  contestazioneInputSchema,
  contestazioneSchema,
  ricevutaTracciatoSchema,
  SEZIONI,
  tracciatoInputSchema,
} from '../../domain/sezioni';
import { API_ERRORS, defineCall } from '../define';
import { notaIdSchema, periodoSchema, posizioneIdSchema } from '../ids';

const posizioneId = posizioneIdSchema;

export const SezioneViewSchema = z.object({
  filters: z
    .object({
      periodoDa: periodoSchema.optional(),
      periodoA: periodoSchema.optional(),
      stato: z.string().max(60).optional(),
      importoMin: z
        .string()
        .max(20)
        .regex(/^-?\d+\.\d{2}$/)
        .optional(),
      importoMax: z
        .string()
        .max(20)
        .regex(/^-?\d+\.\d{2}$/)
        .optional(),
      testo: z.string().max(200).optional(),
    })
    .strict(),
  sort: z.object({ key: z.string().max(60), desc: z.boolean() }).nullable(),
});

/**
 * A window of a section's current view: the rows stay on the main side (fetched, checked against
 * their section's schema once, indexed), and the screen asks only for the rows it shows, so
 * 100,000 versamenti never cross to the renderer. `refresh` fetches the section from the API
 * again (opening the section, "Aggiorna"); otherwise the rows already fetched are used.
 */
export const SezioneQueryInputSchema = z
  .object({
    posizioneId,
    sezione: z.enum(SEZIONI),
    view: SezioneViewSchema,
    offset: z.number().int().min(0),
    limit: z.number().int().min(0).max(500),
    refresh: z.boolean().optional(),
  })
  .strict();

export const SezioneWindowSchema = z.object({
  rows: z.array(z.looseObject({ id: z.string() })),
  /** Position of rows[0] in the view. */
  offset: z.number().int(),
  /** Rows of the view (after the filters) and of the whole section. */
  matched: z.number().int(),
  total: z.number().int(),
  /** Sums of the total columns over the whole view, as decimal strings. */
  totals: z.record(z.string(), z.string()),
  /** The values the state filter offers. */
  states: z.array(z.string()),
  aggiornatoAl: z.string(),
  /** True when the API was unreachable and the rows come from the local snapshot. */
  offline: z.boolean(),
});

/** A file made on the main side, carried to the renderer as bytes (base64) to save. */
export const ExportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  rows: z.number().int(),
});
export type ExportedFile = z.output<typeof ExportedFileSchema>;

/** The Cassetto sections of a posizione: consultation, exports, fascicolo and the management actions. */
export const sezioniCalls = {
  'sezione.query': defineCall({
    input: SezioneQueryInputSchema,
    output: SezioneWindowSchema,
    errors: API_ERRORS,
  }),
  'sezione.export': defineCall({
    input: z
      .object({
        posizioneId,
        sezione: z.enum(SEZIONI),
        format: z.enum(['csv', 'xlsx', 'pdf']),
        view: SezioneViewSchema,
      })
      .strict(),
    output: ExportedFileSchema,
    errors: API_ERRORS,
  }),
  'fascicolo.print': defineCall({
    input: z.object({ posizioneId }).strict(),
    output: ExportedFileSchema,
    errors: API_ERRORS,
  }),
  'noteDebito.contest': defineCall({
    input: contestazioneInputSchema.extend({ posizioneId, notaId: notaIdSchema }).strict(),
    output: contestazioneSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_INPUT', 'CONFLICT', 'UNAVAILABLE'],
  }),
  /** One nota di debito as a PDF: its data and its workers, as INPS lists them. */
  'noteDebito.pdf': defineCall({
    input: z.object({ posizioneId, notaId: notaIdSchema }).strict(),
    output: ExportedFileSchema,
    errors: API_ERRORS,
  }),
  'tracciati.list': defineCall({
    input: z.object({ posizioneId }).strict(),
    output: z.array(ricevutaTracciatoSchema),
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'UNAVAILABLE'],
  }),
  /** The receipt of a tracciato sent, as a PDF: protocol, date, SHA-256, file name. */
  'tracciati.ricevutaPdf': defineCall({
    input: z.object({ posizioneId, protocollo: z.string().min(1).max(60) }).strict(),
    output: ExportedFileSchema,
    errors: API_ERRORS,
  }),
  'tracciati.send': defineCall({
    input: tracciatoInputSchema.extend({ posizioneId }).strict(),
    output: ricevutaTracciatoSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'INVALID_INPUT', 'UNAVAILABLE'],
  }),
} as const;

import { z } from 'zod';
import {
  contestazioneInputSchema,
  contestazioneSchema,
  ricevutaTracciatoSchema,
  SEZIONI,
  tracciatoInputSchema,
} from '../../domain/sezioni';
import { defineCall } from '../define';

const posizioneId = z.string().min(1).max(40);

export const SezioneLoadedSchema = z.object({
  /** Each row checked against its section's schema on arrival from the API (main side). */
  rows: z.array(z.looseObject({ id: z.string() })),
  aggiornatoAl: z.string(),
  /** True when the API was unreachable and the rows come from the local snapshot. */
  offline: z.boolean(),
});

export const SezioneViewSchema = z.object({
  filters: z
    .object({
      periodoDa: z
        .string()
        .regex(/^\d{4}-\d{2}$/)
        .optional(),
      periodoA: z
        .string()
        .regex(/^\d{4}-\d{2}$/)
        .optional(),
      stato: z.string().max(60).optional(),
      importoMin: z
        .string()
        .regex(/^-?\d+\.\d{2}$/)
        .optional(),
      importoMax: z
        .string()
        .regex(/^-?\d+\.\d{2}$/)
        .optional(),
      testo: z.string().max(200).optional(),
    })
    .strict(),
  sort: z.object({ key: z.string().max(60), desc: z.boolean() }).nullable(),
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
export const cassettoCalls = {
  'sezione.load': defineCall({
    input: z.object({ posizioneId, sezione: z.enum(SEZIONI) }).strict(),
    output: SezioneLoadedSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'UNAVAILABLE'],
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
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'UNAVAILABLE'],
  }),
  'fascicolo.print': defineCall({
    input: z.object({ posizioneId }).strict(),
    output: ExportedFileSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'UNAVAILABLE'],
  }),
  'noteDebito.contesta': defineCall({
    input: contestazioneInputSchema.extend({ posizioneId }).strict(),
    output: contestazioneSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_INPUT', 'CONFLICT', 'UNAVAILABLE'],
  }),
  'tracciati.list': defineCall({
    input: z.object({ posizioneId }).strict(),
    output: z.array(ricevutaTracciatoSchema),
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'UNAVAILABLE'],
  }),
  'tracciati.invia': defineCall({
    input: tracciatoInputSchema.extend({ posizioneId }).strict(),
    output: ricevutaTracciatoSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'INVALID_INPUT', 'UNAVAILABLE'],
  }),
} as const;

import { z } from 'zod';
import { defineCall } from '../define';
import { DraftKeySchema } from '../listapospa';
import { ExportedFileSchema } from './sezioniCalls';

const amount = z.string();
const worker = z.object({ cf: z.string(), nominativo: z.string(), index: z.number().int().optional() });

export const MonthReviewSchema = z.object({
  workersBefore: z.number().int(),
  workersNow: z.number().int(),
  added: z.array(worker),
  ceased: z.array(worker),
  changed: z.array(
    worker.extend({
      changes: z.array(
        z.object({
          field: z.enum(['imponibile', 'cassa', 'gestioni', 'qualifica', 'partTime']),
          before: z.string(),
          after: z.string(),
          percent: z.string().optional(),
        }),
      ),
    }),
  ),
  totals: z.array(
    z.object({
      codGestione: z.string(),
      imponibilePrima: amount,
      imponibileOra: amount,
      contributoPrima: amount,
      contributoOra: amount,
    }),
  ),
});

/** What the draft is compared with: the last denuncia INPS received, else the previous draft. */
export const ReviewBasisSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('inviata'),
    annoMese: z.string(),
    protocollo: z.string(),
    dataInvio: z.string(),
  }),
  z.object({ kind: z.literal('bozza'), annoMese: z.string() }),
]);

export const listapospaReviewCalls = {
  /** The month-over-month review shown before sending; `review` null when there is nothing to compare with. */
  'listapospa.review': defineCall({
    input: DraftKeySchema.strict(),
    output: z.object({
      basis: ReviewBasisSchema.nullable(),
      review: MonthReviewSchema.nullable(),
      sogliaPercent: z.number().int(),
      /** Why the last denuncia sent could not be used (INPS unreachable…), in Italian. */
      notice: z.string().optional(),
    }),
    errors: ['NOT_FOUND', 'UNAUTHENTICATED'],
  }),
  /** The same review as a PDF, to print. */
  'listapospa.reviewPdf': defineCall({
    input: DraftKeySchema.strict(),
    output: ExportedFileSchema,
    errors: ['NOT_FOUND', 'UNAUTHENTICATED'],
  }),
} as const;

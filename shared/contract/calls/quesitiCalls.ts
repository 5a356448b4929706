import { z } from 'zod';
import { API_ERRORS, NoInput, defineCall } from '../define';
import {
  allegatiZipSchema,
  allegatoSchema,
  appuntamentoSchema,
  feedbackSchema,
  MAX_ALLEGATI,
  quesitoDetailSchema,
  quesitoSummarySchema,
  slotSchema,
  testoQuesitoSchema,
} from '../../domain/quesiti';
import {
  codiceSchema,
  idempotencyKeySchema,
  posizioneIdSchema,
  quesitoIdSchema,
  slotIdSchema,
  stagedIdSchema,
} from '../ids';

const quesitoRef = z.object({ posizioneId: posizioneIdSchema, quesitoId: quesitoIdSchema }).strict();

/** An attachment handed to main before sending: the allegato, under the id main keeps it by. */
export const StagedAllegatoSchema = allegatoSchema.extend({ stagedId: z.string() });
export type StagedAllegato = z.infer<typeof StagedAllegatoSchema>;

export const OutboxEntrySchema = z.object({
  idempotencyKey: z.string(),
  posizioneId: z.string(),
  oggettoLabel: z.string(),
  createdAt: z.string(),
  lastError: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export const SendQuesitoResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sent'), quesito: quesitoDetailSchema }),
  z.object({ kind: z.literal('queued'), entry: OutboxEntrySchema }),
]);
export type SendQuesitoResult = z.infer<typeof SendQuesitoResultSchema>;

/** Comunicazione bidirezionale (circ. 34/2023 §3.1), its Agenda and Instant Feedback. */
export const quesitiCalls = {
  'quesiti.stage': defineCall({
    input: z
      .object({
        nome: z.string().min(1).max(1000),
        // base64 of at most the office's limit; main checks the decoded size again.
        contenutoBase64: z.string().max(6 * 1024 * 1024),
      })
      .strict(),
    output: StagedAllegatoSchema,
    errors: ['INVALID_INPUT'],
  }),
  'quesiti.unstage': defineCall({
    input: z.object({ stagedId: stagedIdSchema }).strict(),
    output: z.object({ removed: z.boolean() }),
    errors: [],
  }),
  'quesiti.send': defineCall({
    input: z
      .object({
        posizioneId: posizioneIdSchema,
        classe: codiceSchema,
        oggetto: codiceSchema,
        testo: testoQuesitoSchema,
        allegati: z.array(stagedIdSchema).max(MAX_ALLEGATI),
      })
      .strict(),
    output: SendQuesitoResultSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'INVALID_INPUT', 'NOT_FOUND', 'UNAVAILABLE'],
  }),
  'quesiti.list': defineCall({
    input: NoInput,
    output: z.object({
      quesiti: z.array(quesitoSummarySchema),
      outbox: z.array(OutboxEntrySchema),
      /** false when the INPS service could not be reached: the list is then empty, the outbox is not. */
      raggiungibile: z.boolean(),
    }),
    errors: ['UNAUTHENTICATED', 'UNAVAILABLE'],
  }),
  /** Drops from the outbox an entry the INPS refused (its record and its ZIP). */
  'quesiti.discardOutbox': defineCall({
    input: z.object({ idempotencyKey: idempotencyKeySchema }).strict(),
    output: z.object({ discarded: z.literal(true) }),
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  'quesiti.detail': defineCall({
    input: quesitoRef,
    output: quesitoDetailSchema,
    errors: API_ERRORS,
  }),
  /** The ZIP sent with a quesito, as INPS keeps it (NOT_FOUND when it had no attachments). */
  'quesiti.allegati': defineCall({
    input: quesitoRef,
    output: allegatiZipSchema,
    errors: API_ERRORS,
  }),
  'agenda.slots': defineCall({
    input: quesitoRef,
    output: z.array(slotSchema),
    errors: API_ERRORS,
  }),
  'agenda.book': defineCall({
    input: quesitoRef.extend({ slotId: slotIdSchema }).strict(),
    output: appuntamentoSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE'],
  }),
  'agenda.cancel': defineCall({
    input: quesitoRef,
    output: z.object({ annullato: z.boolean() }),
    errors: API_ERRORS,
  }),
  'feedback.send': defineCall({
    input: feedbackSchema.strict(),
    output: z.object({ registrato: z.boolean() }),
    errors: ['UNAUTHENTICATED', 'INVALID_INPUT', 'UNAVAILABLE'],
  }),
} as const;

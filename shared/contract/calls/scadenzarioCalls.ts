import { z } from 'zod';
import { NoInput, defineCall } from '../define';
import { posizioneIdSchema } from '../ids';
import { SCADENZA_KINDS, scadenzaSchema } from '../../domain/scadenze/scadenza';
import { ExportedFileSchema } from './sezioniCalls';

/** A deadline's id as scadenze/fromSnapshot.ts makes it: kind, posizione and INPS ids. */
export const scadenzaIdSchema = z
  .string()
  .min(1, 'Scadenza non valida.')
  .max(240, 'Scadenza non valida.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:+-]*$/, 'Scadenza non valida.');

/** A deadline on screen: the rule's answer, whether the user marked it done, days left. */
export const voceScadenzarioSchema = scadenzaSchema.extend({
  fatta: z.boolean(),
  /** Days from today (Italy) to the deadline; negative when past. */
  traGiorni: z.number().int(),
});
export type VoceScadenzario = z.output<typeof voceScadenzarioSchema>;

export const scadenzarioSchema = z.object({
  voci: z.array(voceScadenzarioSchema),
  /** Today in Italy (ISO day), from which traGiorni counts. */
  oggi: z.string(),
  preavvisoGiorni: z.number().int(),
  /** The oldest "aggiornato al" of the posizioni read, null when none is read yet. */
  aggiornatoAl: z.string().nullable(),
  caricamento: z.object({ completate: z.number().int(), totale: z.number().int() }).nullable(),
  /** Posizioni whose facts could not be read: their deadlines may be missing. */
  errori: z.array(z.object({ posizioneId: z.string(), denominazione: z.string(), errore: z.string() })),
});
export type Scadenzario = z.output<typeof scadenzarioSchema>;

/** Which deadlines go into the .ics: those the screen's filters show. */
export const icsFilterSchema = z
  .object({
    posizioneId: posizioneIdSchema.optional(),
    kinds: z.array(z.enum(SCADENZA_KINDS)).max(SCADENZA_KINDS.length).optional(),
    includiFatte: z.boolean().optional(),
  })
  .strict();

/** The Scadenzario (issue 15): deadlines computed from the Cruscotto's facts and the rules. */
export const scadenzarioCalls = {
  'scadenzario.list': defineCall({
    input: NoInput,
    output: scadenzarioSchema,
    errors: ['UNAUTHENTICATED'],
  }),
  /** Marks a deadline done (or not), on this computer, for the signed-in user only. */
  'scadenzario.markDone': defineCall({
    input: z.object({ id: scadenzaIdSchema, fatta: z.boolean() }).strict(),
    output: z.object({ id: z.string(), fatta: z.boolean() }),
    errors: ['INVALID_INPUT', 'UNAUTHENTICATED'],
  }),
  /**
   * The deadlines due within the preavviso, not done, not yet reminded today: main sends a
   * desktop notification for each (where the host has them) and answers them for the in-app notice.
   */
  'scadenzario.remind': defineCall({
    input: NoInput,
    output: z.object({ promemoria: z.array(voceScadenzarioSchema) }),
    errors: ['UNAUTHENTICATED'],
  }),
  /** The .ics file (RFC 5545) of the deadlines: delivered through files.save, never returned to a link. */
  'scadenzario.exportIcs': defineCall({
    input: icsFilterSchema,
    output: ExportedFileSchema,
    errors: ['INVALID_INPUT', 'UNAUTHENTICATED', 'INTERNAL'],
  }),
} as const;

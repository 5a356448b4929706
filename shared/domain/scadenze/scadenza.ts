/** A deadline of the Scadenzario, as the contract carries it: each with its source and data. */
import { z } from 'zod';
import { dataSchema } from '../wireFormats';

export const SCADENZA_KINDS = ['listapospa', 'f24ep', 'contestazione', 'delega', 'agenda', 'rata'] as const;
export type ScadenzaKind = (typeof SCADENZA_KINDS)[number];

/** Where a rule comes from: the text it rests on (summarised where not quoted) and a link. */
export const fonteSchema = z.object({
  riferimento: z.string(),
  testo: z.string(),
  url: z.string(),
});
export type Fonte = z.infer<typeof fonteSchema>;

export const scadenzaSchema = z.object({
  /** Stable across refreshes (kind, posizione, what it is about): the "fatto" marks use it. */
  id: z.string(),
  kind: z.enum(SCADENZA_KINDS),
  posizioneId: z.string(),
  denominazione: z.string(),
  /** The day it falls due, after any shift to a working day. */
  data: dataSchema,
  /** The day the rule gives before the shift (equal to `data` when nothing moved it). */
  dataOriginale: dataSchema,
  /** Why it moved ('domenica', 'sabato', a holiday's name), or null. */
  spostataPer: z.string().nullable(),
  titolo: z.string(),
  /** The data it was computed from, in words. */
  dati: z.string(),
  fonte: fonteSchema,
  /** The rule for moving it to the next working day, when the rule has one. */
  fonteSpostamento: fonteSchema.nullable(),
});
export type Scadenza = z.infer<typeof scadenzaSchema>;

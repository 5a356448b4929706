import { z } from 'zod';
import { defineCall } from '../define';
import { FILE_PICK_KINDS } from '../filePicks';
import { sezioniCalls } from './sezioniCalls';
import { delegheCalls } from './delegheCalls';
import { listapospaCalls } from './listapospaCalls';
import { quesitiCalls } from './quesitiCalls';
import { scadenzarioCalls } from './scadenzarioCalls';
import { auditCalls } from './auditCalls';
import { listapospaReviewCalls } from './listapospaReviewCalls';

/**
 * Files reach the user through the host, never through renderer download links (which the
 * Electron host cancels): the renderer names the call that makes the file and its input, main
 * makes the bytes and hands them to the host. The bytes never cross the contract.
 */
const source = <N extends string, C extends Record<N, { input: z.ZodType }>>(calls: C, call: N) =>
  z.object({ call: z.literal(call), input: calls[call].input as C[N]['input'] }).strict();

/** Only PDFs are printed: the delega to sign, the fascicolo, the receipts. */
const PRINTABLE = [
  source(delegheCalls, 'deleghe.pdf'),
  source(sezioniCalls, 'fascicolo.print'),
  source(sezioniCalls, 'tracciati.ricevutaPdf'),
  source(listapospaCalls, 'listapospa.ricevutaPdf'),
  source(listapospaReviewCalls, 'listapospa.reviewPdf'),
] as const;

export const PrintSourceSchema = z.discriminatedUnion('call', PRINTABLE);

export const FileSourceSchema = z.discriminatedUnion('call', [
  ...PRINTABLE,
  source(sezioniCalls, 'sezione.export'),
  source(sezioniCalls, 'noteDebito.pdf'),
  source(listapospaCalls, 'listapospa.export'),
  source(quesitiCalls, 'quesiti.allegati'),
  source(scadenzarioCalls, 'scadenzario.exportIcs'),
  source(auditCalls, 'audit.export'),
]);
export type FileSource = z.input<typeof FileSourceSchema>;

/**
 * What the host did with the file. The web host answers a one-time address the renderer opens
 * (`download` saves it, `open` shows it in a new tab for printing); the Electron host answers
 * what the system dialog and viewer did.
 */
export const FileOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('download'),
    fileName: z.string(),
    url: z.string(),
    rows: z.number().int().optional(),
  }),
  z.object({ outcome: z.literal('open'), fileName: z.string(), url: z.string() }),
  /** Written where the user chose; `savedId` names it for 'Apri' and 'Mostra nella cartella'. */
  z.object({
    outcome: z.literal('saved'),
    fileName: z.string(),
    savedId: z.string(),
    rows: z.number().int().optional(),
  }),
  z.object({ outcome: z.literal('opened'), fileName: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  /** The source refused to make the file (a ListaPosPA with blocking errors). */
  z.object({ outcome: z.literal('refused'), blocking: z.number().int() }),
]);
export type FileOutcome = z.output<typeof FileOutcomeSchema>;

/** A file the user chose: its bytes as main read them, and (desktop only) where it is. */
export const PickOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('picked'),
    name: z.string(),
    size: z.number().int(),
    base64: z.string(),
    path: z.string(),
  }),
  z.object({ outcome: z.literal('cancelled') }),
  /** The web host has no file dialog of its own: the page's `<input type=file>` is the picker. */
  z.object({ outcome: z.literal('browser') }),
]);
export type PickOutcome = z.output<typeof PickOutcomeSchema>;

export const SETTINGS_FILE_FIELDS = ['extraCaCertFile', 'officialXsdPath'] as const;
export const MAX_SETTINGS_FILE_BYTES = 20 * 1024 * 1024;

const savedId = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Identificativo del file non valido.');

export const fileCalls = {
  'files.save': defineCall({
    input: z.object({ source: FileSourceSchema }).strict(),
    output: FileOutcomeSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_INPUT', 'UNAVAILABLE', 'INTERNAL'],
  }),
  'files.print': defineCall({
    input: z.object({ source: PrintSourceSchema }).strict(),
    output: FileOutcomeSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_INPUT', 'UNAVAILABLE', 'INTERNAL'],
  }),
  /** After a save in the desktop app: open the file, or show it in its folder. */
  'files.reveal': defineCall({
    input: z.object({ savedId, action: z.enum(['open', 'folder']) }).strict(),
    output: z.object({}),
    errors: ['NOT_FOUND', 'UNAVAILABLE'],
  }),
  'files.pick': defineCall({
    input: z.object({ kind: z.enum(FILE_PICK_KINDS) }).strict(),
    output: PickOutcomeSchema,
    errors: ['INVALID_INPUT', 'UNAVAILABLE'],
  }),
  /**
   * The browser gives a chosen file's bytes, never its path: main keeps a copy in the app's data
   * folder for Settings (CA certificate, official XSD) and answers its path.
   */
  'files.keepForSettings': defineCall({
    input: z
      .object({
        field: z.enum(SETTINGS_FILE_FIELDS),
        name: z.string().min(1).max(200),
        base64: z.string().max(Math.ceil(MAX_SETTINGS_FILE_BYTES / 3) * 4, 'Il file supera i 20 MB.'),
      })
      .strict(),
    output: z.object({ path: z.string() }),
    errors: ['INVALID_INPUT'],
  }),
} as const;

import { z } from 'zod';
import { NoInput, defineCall } from '../define';
import {
  codiceFiscalePersonaSchema,
  delegaRequestSchema,
  delegaSchema,
  otpActivationSchema,
  subAbilitazioneSchema,
} from '../../domain/delega';
import { abilitazioneIdSchema, numeroDelegaSchema, posizioneIdSchema } from '../ids';

const numero = numeroDelegaSchema;

export const ATTACHMENT_KINDS = ['delega_firmata', 'documento_identita'] as const;
/** The web host takes bodies up to 1 MB; base64 adds a third. */
export const MAX_ATTACHMENT_BYTES = 700 * 1024;

export const DelegaPdfSchema = z.object({
  fileName: z.string(),
  /** The PDF bytes in base64: the renderer offers them as a download. */
  base64: z.string(),
});

export const AttachmentSchema = z.object({
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: z.string(),
  size: z.number().int(),
  savedAt: z.string(),
});

/** A delega as the archive shows it: the INPS record plus what is kept only on this computer. */
export const ArchivedDelegaSchema = delegaSchema.extend({
  attachments: z.array(AttachmentSchema),
  /** Days to the end of the delega when within the reminder window, else null. */
  scadenzaTraGiorni: z.number().int().nullable(),
});
export type ArchivedDelega = z.output<typeof ArchivedDelegaSchema>;

/** A request as submitted from this computer (its number and the request), kept to reprint it offline. */
export const SavedDelegaRequestSchema = delegaSchema
  .pick({ numeroRichiesta: true, request: true })
  .extend({ savedAt: z.string() });
export type SavedDelegaRequest = z.output<typeof SavedDelegaRequestSchema>;

/** Deleghe (circ. 34/2023 §2): the intermediario's requests and the abilitazioni one grants. */
export const delegheCalls = {
  /** Works offline: the PDF is built on this computer from the request. */
  'deleghe.pdf': defineCall({
    input: z.object({ request: delegaRequestSchema }),
    output: DelegaPdfSchema,
    errors: ['INVALID_INPUT'],
  }),
  /** Works offline: the requests saved on this computer, for when the archive is unreachable. */
  'deleghe.saved': defineCall({
    input: NoInput,
    output: z.array(SavedDelegaRequestSchema),
    errors: [],
  }),
  'deleghe.list': defineCall({
    input: NoInput,
    output: z.array(ArchivedDelegaSchema),
    errors: ['UNAUTHENTICATED', 'UNAVAILABLE'],
  }),
  'deleghe.submit': defineCall({
    input: z.object({ request: delegaRequestSchema }),
    output: ArchivedDelegaSchema,
    errors: ['INVALID_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'UNAVAILABLE'],
  }),
  'deleghe.activate': defineCall({
    input: otpActivationSchema.extend({ numero }),
    output: ArchivedDelegaSchema,
    errors: ['INVALID_INPUT', 'UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE'],
  }),
  'deleghe.resendOtp': defineCall({
    input: z.object({ numero }),
    output: ArchivedDelegaSchema,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE'],
  }),
  'deleghe.revoke': defineCall({
    input: z.object({ numero }),
    output: ArchivedDelegaSchema,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND', 'UNAVAILABLE'],
  }),
  /** Scans kept under the app's data folder, never sent to INPS. */
  'deleghe.attach': defineCall({
    input: z.object({
      numero,
      kind: z.enum(ATTACHMENT_KINDS),
      fileName: z.string().min(1).max(200),
      base64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, 'Il file supera i 700 kB.'),
    }),
    output: z.array(AttachmentSchema),
    /** Only for a delega the user's INPS archive lists: asked to the INPS, so not offline. */
    errors: ['INVALID_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'UNAVAILABLE'],
  }),
  'abilitazioni.list': defineCall({
    input: NoInput,
    output: z.array(subAbilitazioneSchema),
    errors: ['UNAUTHENTICATED', 'UNAVAILABLE'],
  }),
  'abilitazioni.grant': defineCall({
    input: z.object({
      codiceFiscale: codiceFiscalePersonaSchema,
      posizioneId: posizioneIdSchema,
      ruolo: z.enum(['subdelegato', 'delegato', 'delegato_comando']),
    }),
    output: subAbilitazioneSchema,
    errors: ['INVALID_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'UNAVAILABLE'],
  }),
  'abilitazioni.revoke': defineCall({
    input: z.object({ id: abilitazioneIdSchema }),
    output: z.object({ revocata: z.number().int() }),
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'UNAVAILABLE'],
  }),
} as const;

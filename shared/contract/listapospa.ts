import { z } from 'zod';
import { findingSchema } from '../domain/listapospa/rules';
import { DenunciaFormatSchema } from '../domain/listapospa/tracciato';
import { denunciaSchema as denunciaTrasmessaSchema } from '../domain/sezioni/schemas';
import { annoMeseSchema, posizioneIdSchema } from './ids';

/**
 * Zod schemas of the ListaPosPA model for the contract: the renderer is not trusted, so a draft
 * crossing to main is checked here. The denuncia's schema comes from the description of the
 * tracciato (shared/domain/listapospa/tracciato.ts), the same that makes the XSD and is checked
 * against model.ts's types: a field of the model cannot be missing here, and silently dropped
 * on autosave. Values are strings as in the model; the congruity rules, not the contract, judge
 * whether they make sense.
 */
export const DenunciaSchema = DenunciaFormatSchema;

export const FindingSchema = findingSchema;

/** The submission of a draft: once asked, the draft is read-only. */
export const InvioSummarySchema = z.object({
  stato: z.enum(['in corso', 'inviata']),
  protocollo: z.string().optional(),
  esito: denunciaTrasmessaSchema.shape.esito.optional(),
  dataInvio: z.string().optional(),
});

export const DraftSchema = z.object({
  posizioneId: z.string(),
  annoMese: z.string(),
  savedAt: z.string(),
  revision: z.number().int(),
  denuncia: DenunciaSchema,
  invio: InvioSummarySchema.optional(),
  /** The sent draft this one was copied from. */
  derivataDa: z.object({ protocollo: z.string(), dataInvio: z.string(), esito: z.string() }).optional(),
});

/** A draft as the list shows it: key, version and invio; of the denuncia, its count of D0 and its kind. */
export const DraftSummarySchema = DraftSchema.pick({
  posizioneId: true,
  annoMese: true,
  savedAt: true,
  revision: true,
  invio: true,
}).extend({
  numeroD0: z.number().int(),
  tipo: denunciaTrasmessaSchema.shape.tipo,
});

export const DraftKeySchema = z.object({
  posizioneId: posizioneIdSchema,
  annoMese: annoMeseSchema,
});

export const ValidationReportSchema = z.object({
  findings: z.array(FindingSchema),
  blocking: z.boolean(),
  xsdLabel: z.string(),
  numeroD0: z.number().int(),
});

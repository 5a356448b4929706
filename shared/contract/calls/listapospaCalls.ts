import { z } from 'zod';
import { denunciaSchema } from '../../domain/sezioni';
import { defineCall } from '../define';
import { ExportedFileSchema } from './sezioniCalls';
import {
  DenunciaSchema,
  DraftKeySchema,
  DraftSchema,
  DraftSummarySchema,
  FindingSchema,
  ValidationReportSchema,
} from '../listapospa';

/** ListaPosPA (ex DMA): drafts, validation, import/export of the XML, submission. */
export const listapospaCalls = {
  'listapospa.drafts.list': defineCall({
    input: z.object({ posizioneId: DraftKeySchema.shape.posizioneId }),
    output: z.array(DraftSummarySchema),
    errors: ['INVALID_INPUT'],
  }),
  'listapospa.drafts.create': defineCall({
    input: DraftKeySchema.extend({
      /** Empty denuncia with the ente's data, or a copy of the previous month's draft. */
      from: z.enum(['vuota', 'mesePrecedente']),
      cfAzienda: z.string().max(16),
      ragSocAzienda: z.string().max(200),
      prgAzienda: z.string().max(5),
    }),
    output: DraftSchema,
    errors: ['INVALID_INPUT', 'CONFLICT', 'NOT_FOUND'],
  }),
  'listapospa.drafts.open': defineCall({ input: DraftKeySchema, output: DraftSchema, errors: ['NOT_FOUND'] }),
  'listapospa.drafts.save': defineCall({
    input: z.object({
      posizioneId: DraftKeySchema.shape.posizioneId,
      revision: z.number().int(),
      denuncia: DenunciaSchema,
    }),
    output: DraftSchema.pick({ revision: true, savedAt: true }),
    /** CONFLICT: the draft was sent, it no longer changes. */
    errors: ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT'],
  }),
  /**
   * A new editable draft of the same month from a sent one: a copy ("Nuova bozza da questa") or
   * a variazione. The sent one is kept aside.
   */
  'listapospa.drafts.derive': defineCall({
    input: DraftKeySchema.extend({ tipo: z.enum(['ordinario', 'variazione']) }),
    output: DraftSchema,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
  }),
  'listapospa.drafts.remove': defineCall({
    input: DraftKeySchema,
    output: z.object({}),
    errors: ['NOT_FOUND'],
  }),
  'listapospa.drafts.undoRemove': defineCall({
    input: DraftKeySchema,
    output: DraftSummarySchema,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  'listapospa.validate': defineCall({
    input: DraftKeySchema,
    output: ValidationReportSchema,
    errors: ['NOT_FOUND', 'UNAVAILABLE'],
  }),
  'listapospa.export': defineCall({
    input: DraftKeySchema,
    output: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        fileName: z.string(),
        xml: z.string(),
        report: ValidationReportSchema,
      }),
      z.object({ ok: z.literal(false), report: ValidationReportSchema }),
    ]),
    errors: ['NOT_FOUND', 'UNAVAILABLE'],
  }),
  /**
   * Sends the draft to INPS (POST /v1/posizioni/{id}/dma). Refused here, as the export is, while
   * blocking errors remain; otherwise the denuncia as INPS recorded it, with its esito.
   */
  'listapospa.submit': defineCall({
    input: DraftKeySchema.extend({
      /** Picked when the user confirms: a double click or a retry sends once. */
      idempotencyKey: z.string().max(36).uuid(),
      /**
       * The protocol of the ordinario already acquired for the month, which the user agreed to
       * replace: without it, sending a second ordinario is refused with CONFLICT.
       */
      sostituisce: z.string().max(100).optional(),
    }),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), denuncia: denunciaSchema, report: ValidationReportSchema }),
      z.object({ ok: z.literal(false), report: ValidationReportSchema }),
    ]),
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'UNAVAILABLE'],
  }),
  /** The ordinario INPS already acquired for the month (DMA section), if any: asked before sending. */
  'listapospa.ordinarioAcquisito': defineCall({
    input: DraftKeySchema,
    output: z.object({ denuncia: denunciaSchema.nullable() }),
    errors: ['FORBIDDEN', 'UNAUTHENTICATED', 'UNAVAILABLE'],
  }),
  /** The receipt of a sent draft as a PDF: protocol, date, SHA-256 and name of the file sent. */
  'listapospa.ricevutaPdf': defineCall({
    input: DraftKeySchema,
    output: ExportedFileSchema,
    errors: ['NOT_FOUND'],
  }),
  /**
   * A draft for `annoMese` from the last ListaPosPA INPS received for the posizione: its workers
   * and quadri carried to the month (periods moved, variazioni left out), as an ordinario.
   */
  'listapospa.drafts.fromUltimaInviata': defineCall({
    input: DraftKeySchema.extend({ overwrite: z.boolean() }).strict(),
    output: z.object({
      draft: DraftSummarySchema,
      issues: z.array(FindingSchema),
      posPACount: z.number().int().nonnegative(),
      /** The denuncia it was made from, as INPS lists it. */
      inviata: denunciaSchema,
    }),
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'UNAVAILABLE'],
  }),
  'listapospa.import': defineCall({
    input: z.object({
      posizioneId: DraftKeySchema.shape.posizioneId,
      /**
       * The file's bytes as chosen, in base64: decoded on the main side by the encoding the file
       * declares (ISO-8859-1, windows-1252, UTF-16…), which `File.text()` ignores.
       */
      contenutoBase64: z.string().max(Math.ceil((200 * 1024 * 1024) / 3) * 4),
      /** Replace an existing draft of the same month. */
      overwrite: z.boolean(),
    }),
    output: z.object({
      draft: DraftSummarySchema,
      issues: z.array(FindingSchema),
      /** How many <PosPA> the file had: more than 1 means their D0 were merged into one (00124I). */
      posPACount: z.number().int().nonnegative(),
    }),
    /** INVALID_INPUT also for a file of another ente or progressivo: both are named. */
    errors: ['INVALID_INPUT', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'UNAVAILABLE'],
  }),
} as const;

/**
 * The rows of the six consultation sections of the Gestione Dipendenti Pubblici (circ. INPS
 * 34/2023 §3), as the Cassetto API (sandbox/openapi.yaml) sends them. Amounts travel as decimal
 * strings ("1234.56"), never as JSON numbers, so no float ever touches money.
 */
import { z } from 'zod';
import '../../zod/italian';
import { isBase64 } from '../base64';
import { dataSchema as data, importoSchema, meseSchema as mese } from '../wireFormats';

export const SEZIONI = [
  'versamenti',
  'note-rettifica',
  'piani-ammortamento',
  'dma',
  'note-debito',
  'note-debito-eca',
] as const;
export type Sezione = (typeof SEZIONI)[number];

export const versamentoSchema = z.object({
  id: z.string(),
  dataVersamento: data,
  canale: z.enum(['F24 EP', 'F24', "Banca d'Italia"]),
  causale: z.string(),
  gestione: z.string(),
  periodo: mese,
  importo: importoSchema,
  sede: z.string(),
  estremi: z.string(),
});
export type Versamento = z.infer<typeof versamentoSchema>;

export const notaDiRettificaSchema = z.object({
  id: z.string(),
  numero: z.string(),
  dataEmissione: data,
  periodo: mese,
  gestione: z.string(),
  causalePagamento: z.string(),
  importo: importoSchema,
  stato: z.enum(['da pagare', 'pagata', 'sistemata con V1']),
  dettaglio: z.string(),
});
export type NotaDiRettifica = z.infer<typeof notaDiRettificaSchema>;

export const rataSchema = z.object({
  numero: z.number().int().positive(),
  scadenza: data,
  importo: importoSchema,
  stato: z.enum(['pagata', 'da pagare', 'scaduta', 'scartata']),
});
export type Rata = z.infer<typeof rataSchema>;

export const pianoAmmortamentoSchema = z.object({
  id: z.string(),
  numeroPiano: z.string(),
  tipo: z.string(),
  beneficio: z.enum(['pensione', 'TFS']),
  codiceFiscaleLavoratore: z.string(),
  periodo: mese,
  rateTotali: z.number().int(),
  ratePagate: z.number().int(),
  importoRata: importoSchema,
  prossimaScadenza: data.nullable(),
  residuo: importoSchema,
  stato: z.enum(['ESTINTO', 'IN CORSO REGOLARE', 'IN CORSO NON REGOLARE']),
  rate: z.array(rataSchema),
});
export type PianoAmmortamento = z.infer<typeof pianoAmmortamentoSchema>;

export const erroreDenunciaSchema = z.object({
  codice: z.string(),
  messaggio: z.string(),
  codiceFiscaleLavoratore: z.string(),
  quadro: z.string(),
});
export type ErroreDenuncia = z.infer<typeof erroreDenunciaSchema>;

/**
 * One denuncia of the DMA (ListaPosPA) as transmitted. The shape is deliberately flat: the
 * ListaPosPA submission writes the same rows (sandbox table `denunce`).
 */
export const denunciaSchema = z.object({
  id: z.string(),
  mese,
  tipo: z.enum(['ordinario', 'variazione']),
  dataInvio: data,
  esito: z.enum(['acquisita', 'acquisita con errori', 'scartata', 'annullata', 'sostituita']),
  numeroD0: z.number().int().nonnegative(),
  totaleContributi: importoSchema,
  errori: z.array(erroreDenunciaSchema),
});
export type Denuncia = z.infer<typeof denunciaSchema>;

export const lavoratoreNotaSchema = z.object({
  codiceFiscale: z.string(),
  importo: importoSchema,
  dettaglio: z.string(),
  contestazioni: z.number().int().nonnegative(),
});

export const notaDiDebitoSchema = z.object({
  id: z.string(),
  numero: z.string(),
  tipo: z.enum(['sistemazione contributiva', 'regolarizzazione contributiva']),
  dataEmissione: data,
  scadenza: data,
  periodo: mese,
  gestione: z.string(),
  importo: importoSchema,
  stato: z.enum(['notificata', 'pagata', 'contestata', 'annullata']),
  lavoratori: z.array(lavoratoreNotaSchema),
  /** Whether the INPS accepts a contestazione of it today: a regolarizzazione within its term. */
  contestabile: z.boolean(),
});
export type NotaDiDebito = z.infer<typeof notaDiDebitoSchema>;

export const notaDiDebitoEcaSchema = z.object({
  id: z.string(),
  numero: z.string(),
  periodo: mese,
  gestione: z.string(),
  dovuto: importoSchema,
  versato: importoSchema,
  importo: importoSchema,
  scadenza: data,
  dataVersamento: data.nullable(),
  stato: z.enum(['avviso bonario', 'pagata', 'pagata in ritardo', 'a recupero']),
});
export type NotaDiDebitoEca = z.infer<typeof notaDiDebitoEcaSchema>;

export const sezioneRowSchemas = {
  versamenti: versamentoSchema,
  'note-rettifica': notaDiRettificaSchema,
  'piani-ammortamento': pianoAmmortamentoSchema,
  dma: denunciaSchema,
  'note-debito': notaDiDebitoSchema,
  'note-debito-eca': notaDiDebitoEcaSchema,
} as const;

export const contestazioneInputSchema = z.object({
  notaId: z.string().min(1),
  codiceFiscaleLavoratore: z
    .string()
    .max(16)
    .regex(/^[A-Z0-9]{16}$/),
  contributoProposto: importoSchema.max(20),
  motivazione: z.string().trim().min(10).max(2000),
  allegati: z
    .array(
      z.object({
        nome: z.string().min(1).max(200),
        contenutoBase64: z
          .string()
          .max(4_200_000)
          .refine(isBase64, 'il contenuto dell’allegato non è in base64 valido'),
      }),
    )
    .max(3),
});
export type ContestazioneInput = z.infer<typeof contestazioneInputSchema>;

export const contestazioneSchema = z.object({
  id: z.string(),
  notaId: z.string(),
  codiceFiscaleLavoratore: z.string(),
  contributoProposto: importoSchema,
  motivazione: z.string(),
  allegati: z.array(z.string()),
  dataContestazione: z.string(),
  statoNota: notaDiDebitoSchema.shape.stato,
  /** How many more the INPS accepts for this worker of this nota (two in all, msg 1779/2019). */
  contestazioniRimaste: z.number().int().nonnegative(),
});
export type Contestazione = z.infer<typeof contestazioneSchema>;

export const tracciatoInputSchema = z.object({
  nomeFile: z.string().min(1).max(200),
  // Strictly base64: anything else would be decoded leniently into other (or no) bytes.
  contenutoBase64: z
    .string()
    .min(1, 'il file è vuoto')
    .max(7_000_000)
    .refine(isBase64, 'il contenuto del file non è in base64 valido'),
});
export type TracciatoInput = z.infer<typeof tracciatoInputSchema>;

export const ricevutaTracciatoSchema = z.object({
  protocollo: z.string(),
  dataRicezione: z.string(),
  nomeFile: z.string(),
  dimensione: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  righe: z.number().int(),
  esito: z.enum(['acquisito', 'scartato']),
  motivo: z.string().nullable(),
});
export type RicevutaTracciato = z.infer<typeof ricevutaTracciatoSchema>;

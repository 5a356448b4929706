/**
 * The wire shapes of the Cassetto API (see sandbox/openapi.yaml), as schemas so that the app
 * checks what it receives and the sandbox is typed by the same source.
 */
import { z } from 'zod';
import '../zod/italian';
import { closedList, type CodeOf } from './codeLabels';
import { dataSchema } from './wireFormats';

/** How the user reaches a posizione contributiva (circ. INPS 34/2023 §2). */
export const RUOLI_POSIZIONE = closedList({
  legale_rappresentante: 'Legale rappresentante',
  delegato: 'Dipendente delegato',
  delegato_comando: 'Delegato in comando da altra amministrazione',
  intermediario: 'Intermediario (L. 12/1979)',
  subdelegato: "Subdelegato dell'intermediario",
});
export type RuoloPosizione = CodeOf<typeof RUOLI_POSIZIONE>;

export const TIPI_ENTE = closedList({
  comune: 'Comune',
  unione_comuni: 'Unione di comuni',
  azienda_sanitaria: 'Azienda sanitaria',
  amministrazione_statale: 'Amministrazione dello Stato',
  istituzione_scolastica: 'Istituzione scolastica',
});
export type TipoEnte = CodeOf<typeof TIPI_ENTE>;

const codiceFiscaleEnte = z.string().regex(/^[0-9]{11}$/);
const codiceFiscalePersona = z.string().regex(/^[A-Z0-9]{16}$/);

export const livelloSchema = z.enum(['SpidL1', 'SpidL2', 'SpidL3', 'CNS']);

export const profiloSchema = z.object({
  codiceFiscale: codiceFiscalePersona,
  nome: z.string(),
  cognome: z.string(),
  email: z.string(),
  ruoli: z.array(z.enum(RUOLI_POSIZIONE.codes)),
  livello: livelloSchema,
  /** Holds an INPS profile for these services (operatore d'azienda or intermediario). */
  abilitato: z.boolean(),
});
export type Profilo = z.infer<typeof profiloSchema>;

/** One row of the Ricerca. */
export const posizioneSchema = z.object({
  id: z.string().min(1),
  codiceFiscaleEnte,
  progressivo: z.string().regex(/^[0-9]{5}$/),
  denominazione: z.string(),
  sedeInps: z.string(),
  tipoEnte: z.enum(TIPI_ENTE.codes),
  ruolo: z.enum(RUOLI_POSIZIONE.codes),
});
export type PosizioneContributiva = z.infer<typeof posizioneSchema>;

export const ricercaSchema = z.array(posizioneSchema);

export const anagraficaPosizioneSchema = posizioneSchema.extend({
  comparto: z.string(),
  codiceIpa: z.string(),
  indirizzo: z.string(),
  cap: z.string(),
  comune: z.string(),
  provincia: z.string(),
  pec: z.string(),
  legaleRappresentante: z.string(),
  /** Casse pensionistiche and other gestioni the posizione pays into (CPDEL, CTPS, CPI, TFS…). */
  gestioni: z.array(z.string()),
  dataIscrizione: dataSchema,
  stato: z.enum(['attiva', 'cessata', 'sospesa']),
});
export type AnagraficaPosizione = z.infer<typeof anagraficaPosizioneSchema>;

export const API_ERROR_CODES = [
  'TOKEN_MANCANTE',
  'TOKEN_NON_VALIDO',
  'TOKEN_SCADUTO',
  'TOKEN_REVOCATO',
  'LIVELLO_INSUFFICIENTE',
  'POSIZIONE_NON_AUTORIZZATA',
  'RISORSA_NON_TROVATA',
  'METODO_NON_CONSENTITO',
  'RICHIESTA_NON_VALIDA',
  'OPERAZIONE_NON_CONSENTITA',
  'ERRORE_INTERNO',
  // Deleghe (issue #6)
  'POSIZIONE_INESISTENTE',
  'DELEGA_GIA_PRESENTE',
  'OTP_ERRATO',
  'OTP_SCADUTO',
  'OTP_GIA_UTILIZZATO',
  'RICHIESTA_BLOCCATA',
  'TROPPI_INVII_OTP',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  error: z.object({
    // A string rather than the enum: a newer server may add codes.
    code: z.string(),
    message: z.string(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

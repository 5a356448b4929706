/**
 * A quesito of the Comunicazione bidirezionale (circ. INPS 34/2023 §3.1) as the Cassetto API
 * carries it: protocol, states, operator comments, final esito, attachments, appointment.
 */
import { z } from 'zod';
import '../../zod/italian';
import { closedList, type CodeOf } from '../codeLabels';

export const STATI_QUESITO = closedList({
  aperta: 'Aperta',
  in_carico: 'In carico',
  chiusa: 'Chiusa',
});
export type StatoQuesito = CodeOf<typeof STATI_QUESITO>;

export const ESITI_QUESITO = closedList({
  accolta: 'Accolta',
  non_accolta: 'Non accolta',
});
export type EsitoQuesito = CodeOf<typeof ESITI_QUESITO>;

/** Which step follows which: a closed quesito stays closed. */
export function canMove(from: StatoQuesito, to: StatoQuesito): boolean {
  return (from === 'aperta' && to === 'in_carico') || (from !== 'chiusa' && to === 'chiusa');
}

export const eventoQuesitoSchema = z.object({
  data: z.string(),
  tipo: z.enum(['protocollazione', 'presa_in_carico', 'commento', 'chiusura']),
  stato: z.enum(STATI_QUESITO.codes),
  autore: z.string(),
  testo: z.string(),
});
export type EventoQuesito = z.infer<typeof eventoQuesitoSchema>;

export const slotSchema = z.object({
  id: z.string(),
  inizio: z.string(),
  fine: z.string(),
  sede: z.string(),
});
export type Slot = z.infer<typeof slotSchema>;

/** A slot booked: its time and office, under an id of its own, and how it takes place. */
export const appuntamentoSchema = slotSchema.extend({ modalita: z.string() });
export type Appuntamento = z.infer<typeof appuntamentoSchema>;

export const quesitoSummarySchema = z.object({
  id: z.string(),
  protocollo: z.string(),
  posizioneId: z.string(),
  denominazione: z.string(),
  classe: z.string(),
  oggetto: z.string(),
  oggettoLabel: z.string(),
  stato: z.enum(STATI_QUESITO.codes),
  esito: z.enum(ESITI_QUESITO.codes).nullable(),
  sede: z.string(),
  dataApertura: z.string(),
  dataAggiornamento: z.string(),
  /** The office's answer time in working days: after it, an appointment may be booked. */
  sogliaGiorni: z.number().int().positive(),
  appuntamento: appuntamentoSchema.nullable(),
});
export type QuesitoSummary = z.infer<typeof quesitoSummarySchema>;

/** A file attached to a quesito: its name and its size in bytes. */
export const allegatoSchema = z.object({ nome: z.string(), dimensione: z.number().int().nonnegative() });
export type Allegato = z.infer<typeof allegatoSchema>;

export const quesitoDetailSchema = quesitoSummarySchema.extend({
  testo: z.string(),
  allegati: z.array(allegatoSchema),
  eventi: z.array(eventoQuesitoSchema),
});
export type QuesitoDetail = z.infer<typeof quesitoDetailSchema>;

/** The longest text of a quesito the service takes, in characters. */
export const TESTO_QUESITO_MAX = 4000;
/** A quesito's text: what the form lets one type, the app sends and the INPS side takes. */
export const testoQuesitoSchema = z.string().trim().min(1).max(TESTO_QUESITO_MAX);

/** The body of POST /v1/posizioni/{id}/quesiti. */
export const nuovoQuesitoSchema = z.object({
  idempotencyKey: z.string().min(8).max(80),
  classe: z.string().min(1),
  oggetto: z.string().min(1),
  testo: testoQuesitoSchema,
  /** One ZIP of at most three files, base64, or null. */
  allegatiZip: z.string().nullable(),
});
export type NuovoQuesito = z.infer<typeof nuovoQuesitoSchema>;

/**
 * The ZIP sent with a quesito, given back. Its files were each within the office's limit when
 * sent, so 16 MB of ZIP (base64 below) is a generous ceiling that still refuses anything absurd.
 */
export const MAX_ALLEGATI_ZIP_BYTES = 16 * 1024 * 1024;
export const allegatiZipSchema = z.object({
  nomeFile: z.string().min(1).max(200),
  contenutoBase64: z.string().max(Math.ceil(MAX_ALLEGATI_ZIP_BYTES / 3) * 4),
});
export type AllegatiZip = z.infer<typeof allegatiZipSchema>;

/** The longest comment of a feedback, in characters. */
export const COMMENTO_FEEDBACK_MAX = 1000;

export const feedbackSchema = z.object({
  servizio: z.string().min(1).max(80),
  voto: z.number().int().min(1).max(5),
  commento: z.string().max(COMMENTO_FEEDBACK_MAX),
});
export type Feedback = z.infer<typeof feedbackSchema>;

import { z } from 'zod';

/**
 * The formats of the ids that cross the contract, in one place (issue 13, point 12). Each is a
 * bounded length and a pattern of single character classes, linear in the input: a megabyte
 * sent as an id stops here with a field error, never reaches a service or the INPS API.
 */

/** An id the INPS side made and we only hand back (quesito, slot, nota, stored request). */
const OPAQUE_ID = /^[A-Za-z0-9][A-Za-z0-9._:+-]*$/;
const opaqueId = (max: number, message: string) =>
  z.string().min(1, message).max(max, message).regex(OPAQUE_ID, message);

/** A posizione contributiva: codice fiscale of the ente and progressivo (e.g. 80012345678-00001). */
export const posizioneIdSchema = z
  .string()
  .min(1, 'Scelga la posizione.')
  .max(64, 'Identificativo della posizione non valido.')
  .regex(/^[A-Za-z0-9_-]+$/, 'Identificativo della posizione non valido.');

export const quesitoIdSchema = opaqueId(100, 'Identificativo del quesito non valido.');
/** A slot of the Agenda: the sandbox uses its start time (ISO), INPS may use anything opaque. */
export const slotIdSchema = opaqueId(100, 'Identificativo dell’appuntamento non valido.');
export const notaIdSchema = opaqueId(100, 'Identificativo della nota di debito non valido.');

/** An attachment staged in main (a UUID made there). */
export const stagedIdSchema = z
  .string()
  .max(64, 'Allegato non valido.')
  .regex(/^[A-Za-z0-9-]+$/, 'Allegato non valido.');
/** An outbox entry's key (a UUID made in main). */
export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(100, 'Chiave della richiesta non valida.')
  .regex(/^[A-Za-z0-9_-]+$/, 'Chiave della richiesta non valida.');

/** The INPS number of a delega request: DLG-AAAA-NNNNNN. */
export const numeroDelegaSchema = z
  .string()
  .max(20, 'Numero di richiesta non valido.')
  .regex(/^DLG-\d{4}-\d{6}$/, 'Numero di richiesta non valido.');

/** A sub-abilitazione as INPS numbers it. */
export const abilitazioneIdSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** The month of a ListaPosPA: AAAA-MM. */
export const annoMeseSchema = z
  .string()
  .max(7, 'Mese non valido (AAAA-MM)')
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Mese non valido (AAAA-MM)');

/** A month in a filter (AAAA-MM, not checked against the calendar: the filter only compares). */
export const periodoSchema = z
  .string()
  .max(7)
  .regex(/^\d{4}-\d{2}$/);

/** A code of the quesiti taxonomy (classe, oggetto) or of a Cassetto service. */
export const codiceSchema = z.string().min(1).max(40);

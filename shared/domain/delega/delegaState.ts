/** What the sandbox and the app say about a delega once it exists. */
import { z } from 'zod';
import '../../zod/italian';
import { closedList, type CodeOf } from '../codeLabels';
import { delegaRequestSchema } from './delegaRequest';

export const STATI_DELEGA = closedList({
  richiesta: 'Richiesta (in attesa di OTP)',
  bloccata: 'Richiesta bloccata (troppi tentativi)',
  attiva: 'Attiva',
  revocata: 'Revocata',
  scaduta: 'Scaduta',
});
export type StatoDelega = CodeOf<typeof STATI_DELEGA>;

export const delegaSchema = z.object({
  numeroRichiesta: z.string(),
  posizioneId: z.string(),
  stato: z.enum(STATI_DELEGA.codes),
  request: delegaRequestSchema,
  dataRichiesta: z.string(),
  dataAttivazione: z.string().nullable(),
  dataRevoca: z.string().nullable(),
  dataFine: z.string(),
  conservareFino: z.string(),
  tentativiRimasti: z.number().int(),
  /** New OTPs the INPS still sends for this request in the current hour (when it says). */
  reinviiOtpRimasti: z.number().int().optional(),
  /** When none is left: the time (ISO) from which the next can be asked for, else null. */
  prossimoReinvioOtp: z.string().nullable().optional(),
});
export type Delega = z.infer<typeof delegaSchema>;

export const otpActivationSchema = z.object({
  otp: z
    .string()
    .max(20, "L'OTP è un codice di 8 cifre ricevuto via PEC dall'ente.")
    .trim()
    .regex(/^[0-9]{8}$/, "L'OTP è un codice di 8 cifre ricevuto via PEC dall'ente."),
  dichiarazioneFirma: z.literal(true, {
    message: 'Devi dichiarare, sotto la tua responsabilità, che il delegante ha firmato la delega.',
  }),
});

export const subAbilitazioneSchema = z.object({
  id: z.number().int(),
  codiceFiscale: z.string(),
  posizioneId: z.string(),
  nome: z.string(),
  cognome: z.string(),
  ruolo: z.enum(['subdelegato', 'delegato', 'delegato_comando']),
  dataInizio: z.string(),
});
export type SubAbilitazione = z.infer<typeof subAbilitazioneSchema>;

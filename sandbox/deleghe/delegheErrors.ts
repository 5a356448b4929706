/** The refusals of Gestione Deleghe, each with its status and an Italian message. */
import { ApiError } from '../api/errors';

export const invalidRequest = (message: string) => new ApiError(400, 'RICHIESTA_NON_VALIDA', message);
export const notAllowed = (message: string) => new ApiError(403, 'OPERAZIONE_NON_CONSENTITA', message);
export const delegaNotFound = () =>
  new ApiError(404, 'RISORSA_NON_TROVATA', 'Richiesta di delega non trovata tra le tue.');
export const posizioneMissing = () =>
  new ApiError(
    422,
    'POSIZIONE_INESISTENTE',
    "Nessuna posizione contributiva con questo codice fiscale dell'ente e questo progressivo.",
  );
export const alreadyPresent = () =>
  new ApiError(
    409,
    'DELEGA_GIA_PRESENTE',
    'Esiste già una delega attiva o in attesa di OTP per questa posizione: revocala o completala prima.',
  );
export const otpWrong = (remaining: number) =>
  new ApiError(
    422,
    'OTP_ERRATO',
    `OTP errato: ${remaining === 1 ? 'resta 1 tentativo' : `restano ${remaining} tentativi`}, poi la richiesta sarà bloccata.`,
  );
export const otpExpired = () =>
  new ApiError(410, 'OTP_SCADUTO', "L'OTP è scaduto: chiedine uno nuovo, verrà inviato alla PEC dell'ente.");
export const otpUsed = () =>
  new ApiError(409, 'OTP_GIA_UTILIZZATO', "L'OTP è già stato utilizzato: la delega è già stata attivata.");
export const requestBlocked = () =>
  new ApiError(
    423,
    'RICHIESTA_BLOCCATA',
    'Richiesta bloccata per troppi tentativi con OTP errato: un nuovo OTP non la sblocca, presenta una nuova richiesta di delega.',
  );
/** 429 with Retry-After: the INPS sends a new OTP at most a few times an hour. */
export const tooManyResends = (max: number, next: Date, now: Date) =>
  new ApiError(
    429,
    'TROPPI_INVII_OTP',
    `Hai già chiesto ${max} nuovi OTP nell'ultima ora per questa richiesta: il prossimo potrai chiederlo dalle ${new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' }).format(next)} (ora italiana).`,
    { 'Retry-After': String(Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000))) },
  );

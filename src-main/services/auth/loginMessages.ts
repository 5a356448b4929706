/** What the login tells the user when a bridge or the computer does not play along. */

const SETTINGS_PORTS = 'Impostazioni › Accesso › Porte per il ritorno dall’accesso';

export const BROWSER_NOT_OPENED =
  'Non è stato possibile aprire il browser. Copi l’indirizzo qui sotto con “Copia indirizzo” e lo apra in un browser di questo computer.';

export function redirectRefusedMessage(redirectUri: string, status: number): string {
  return (
    `Il bridge di accesso (SPID, CIE, CNS) ha rifiutato la richiesta di accesso (HTTP ${status}). ` +
    `Di solito accade perché l’indirizzo di ritorno ${redirectUri} non è registrato presso il bridge con questa porta: ` +
    `indichi in ${SETTINGS_PORTS} la porta registrata presso il bridge.`
  );
}

export function noAnswerMessage(minutes: number): string {
  return (
    `Nessuna risposta dal bridge SPID/CIE entro ${minutes} minuti: l’accesso è stato interrotto. ` +
    `Se la pagina del bridge ha mostrato un errore sull’indirizzo di ritorno (redirect_uri), indichi in ` +
    `${SETTINGS_PORTS} la porta registrata presso il bridge; altrimenti riprovi.`
  );
}

export function portsBusyMessage(ports: readonly number[]): string {
  return (
    `Le porte ${ports.join(', ')} per il ritorno dall’accesso sono tutte occupate da altri programmi. ` +
    `Chiuda il programma che le usa oppure ne indichi altre in ${SETTINGS_PORTS}.`
  );
}

export const ACR_MANCANTE_MESSAGE =
  'Il bridge di accesso (SPID, CIE, CNS) non ha comunicato il livello di autenticazione (claim “acr”), che l’INPS richiede di verificare: ' +
  'l’accesso non può proseguire. Il bridge deve inviare i valori acr di SPID/CIE ' +
  '(https://www.spid.gov.it/SpidL2 o SpidL3): lo segnali al gestore del bridge.';

export const NO_ACR_SUPPORTED_WARNING =
  'Il bridge di accesso (SPID, CIE, CNS) non dichiara i livelli di autenticazione che supporta (acr_values_supported): ' +
  'se non invia il claim “acr” con i valori SPID/CIE, ogni accesso sarà rifiutato.';

export const SESSION_MAY_REMAIN =
  'Il bridge di accesso (SPID, CIE, CNS) non ha accettato la revoca dei token: la sessione presso il bridge potrebbe essere ancora aperta. ' +
  'Chiuda la sessione sulla pagina di uscita del bridge (“Chiudi la sessione sul bridge”).';

/**
 * Each deadline rule, one function each: the date the rule gives and, where the rule says so, the
 * shift to the next working day. Pure; dates are ISO days.
 */
import { addWorkingDays } from '../quesiti/agenda';
import { oggiInItalia, termineContestazione } from '../sezioni/contestazione';
import { lastDayOf, nextMonth, nextWorkingDay, nonWorkingReason } from './calendar';

export interface DueDate {
  data: string;
  dataOriginale: string;
  spostataPer: string | null;
}

/** Moved to the next working day when it falls on a Saturday, Sunday or public holiday. */
export function shifted(dataOriginale: string): DueDate {
  const data = nextWorkingDay(dataOriginale);
  return {
    data,
    dataOriginale,
    spostataPer: data === dataOriginale ? null : nonWorkingReason(dataOriginale),
  };
}

const unshifted = (data: string): DueDate => ({ data, dataOriginale: data, spostataPer: null });

/** ListaPosPA of competenza `mese` (yyyy-mm): the last day of the month after, shifted. */
export const scadenzaListaPosPA = (mese: string): DueDate => shifted(lastDayOf(nextMonth(mese)));

/** F24 EP for the contributions of `mese` (yyyy-mm): the 16th of the month after, shifted. */
export const scadenzaF24EP = (mese: string): DueDate => shifted(`${nextMonth(mese)}-16`);

/** Contestazione of a nota di debito: 90 calendar days from the notifica, not moved (see docs). */
export const scadenzaContestazione = (dataNotifica: string): DueDate =>
  unshifted(termineContestazione(dataNotifica));

/** A delega ends on its last valid day: an expiry, not an adempimento, so not moved. */
export const scadenzaDelega = (dataFine: string): DueDate => unshifted(dataFine.slice(0, 10));

/**
 * The day the Agenda opens for a quesito with no answer: `soglia` working days after it was
 * opened, counted as the Agenda itself counts them (bookingState), in Italy's calendar day.
 */
export const scadenzaAgenda = (dataApertura: string, soglia: number): DueDate =>
  unshifted(oggiInItalia(addWorkingDays(new Date(dataApertura), soglia)));

/** A rata of a piano di ammortamento: its own date, shifted as a payment of contributions. */
export const scadenzaRata = (scadenza: string): DueDate => shifted(scadenza);

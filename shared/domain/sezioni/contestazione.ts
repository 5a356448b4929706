/**
 * The term to contest a regolarizzazione contributiva: 90 days from its notifica (INPS msg
 * 1779/2019, as reported by professional sites). The Cassetto shows no separate notifica date for note di
 * debito, so the date of emissione is read as the notifica [INFER].
 */

export const GIORNI_CONTESTAZIONE = 90;

/** The last day (ISO) on which a nota notified on `dataNotifica` (ISO) can still be contested. */
export function termineContestazione(dataNotifica: string): string {
  const date = new Date(`${dataNotifica}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + GIORNI_CONTESTAZIONE);
  return date.toISOString().slice(0, 10);
}

/** True while `oggi` (ISO) is not past the term; the last day still counts. */
export function entroTermineContestazione(dataNotifica: string, oggi: string): boolean {
  return oggi <= termineContestazione(dataNotifica);
}

const ITALIAN_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome' });

/**
 * The calendar day (ISO) in Italy at `instant`, where the INPS counts its terms: at 23:30 in
 * Rome it is already tomorrow there while UTC still says today (22:30 or 21:30 UTC).
 */
export function oggiInItalia(instant: Date): string {
  return ITALIAN_DAY.format(instant);
}

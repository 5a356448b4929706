/**
 * When the Agenda appuntamenti opens for a quesito (circ. 34/2023 §3.1): no answer came within
 * the office's threshold (working days; regional agreements say 5–7, default 5), or the answer
 * was "non accolta".
 */
import type { QuesitoSummary } from './quesito';

export const DEFAULT_SOGLIA_GIORNI_LAVORATIVI = 5;

/** The date `days` working days (Monday–Friday) after `from`; holidays are not counted out. */
export function addWorkingDays(from: Date, days: number): Date {
  const result = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return result;
}

export type BookingState = { allowed: true; reason: 'non_accolta' | 'soglia_superata' } | { allowed: false };

export function bookingState(
  quesito: Pick<QuesitoSummary, 'stato' | 'esito' | 'dataApertura' | 'sogliaGiorni'>,
  now: Date,
): BookingState {
  if (quesito.stato === 'chiusa') {
    return quesito.esito === 'non_accolta' ? { allowed: true, reason: 'non_accolta' } : { allowed: false };
  }
  const deadline = addWorkingDays(new Date(quesito.dataApertura), quesito.sogliaGiorni);
  return now.getTime() >= deadline.getTime()
    ? { allowed: true, reason: 'soglia_superata' }
    : { allowed: false };
}

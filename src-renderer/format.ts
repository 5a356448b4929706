/**
 * Dates are ISO in code and Italian on screen (docs/architecture.md §5): days gg/mm/aaaa, months mm/aaaa.
 * The parsers are strict (what they accept is exactly what they print, give or take a leading
 * zero), bounded in length, and say in Italian what to write when the text is not a date.
 */

export type Parsed = { ok: true; iso: string } | { ok: false; message: string };

export const DATE_HINT = 'gg/mm/aaaa';
export const MONTH_HINT = 'mm/aaaa';

/**
 * "2026-10-05" (or a timestamp) → "05/10/2026", "2026-10" → "10/2026"; anything else is shown as
 * it is. The one Italian formatting of the app (shared/text/formatIt.ts), under the renderer's names.
 */
export { formatData as formatDate, formatMese as formatMonth } from '../shared/text/formatIt';

const romeTime = (seconds: boolean) =>
  new Intl.DateTimeFormat('it-IT', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  });
const TO_MINUTE = romeTime(false);
const TO_SECOND = romeTime(true);

/**
 * An instant as "30/11/2026, 11:05" (or "…, 11:05:42"), Italian time whatever the computer's
 * zone: the deadlines and the INPS's offices run on that clock.
 */
export const formatDateTime = (iso: string, withSeconds = false): string =>
  (withSeconds ? TO_SECOND : TO_MINUTE).format(new Date(iso));

const pad = (value: string) => value.padStart(2, '0');

/** "5/10/2026" or "05/10/2026" → "2026-10-05", a day that exists in the calendar. */
export function parseDate(text: string, what = 'Data'): Parsed {
  const wrong = {
    ok: false,
    message: `${what}: scrivere ${DATE_HINT}, ad esempio 05/10/2026.`,
  } as const;
  const trimmed = text.trim();
  if (trimmed.length > 10) return wrong;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (!match) return wrong;
  const iso = `${match[3]}-${pad(match[2] as string)}-${pad(match[1] as string)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    return { ok: false, message: `${what}: il ${trimmed} non esiste nel calendario.` };
  }
  return { ok: true, iso };
}

/** "10/2026" or "1/2026" → "2026-10" / "2026-01". */
export function parseMonth(text: string, what = 'Mese'): Parsed {
  const wrong = {
    ok: false,
    message: `${what}: scrivere ${MONTH_HINT}, ad esempio 10/2026.`,
  } as const;
  const trimmed = text.trim();
  if (trimmed.length > 7) return wrong;
  const match = /^(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (!match) return wrong;
  const month = Number(match[1]);
  if (month < 1 || month > 12) return wrong;
  return { ok: true, iso: `${match[2]}-${pad(match[1] as string)}` };
}

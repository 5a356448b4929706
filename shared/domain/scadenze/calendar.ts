/**
 * Calendar arithmetic on ISO dates (yyyy-mm-dd), in UTC so that no time zone moves a day, and the
 * Italian working-day shift. The public holidays come from date-holidays (pure JS, kept up to
 * date: it already has 4 October, national holiday again from 2026), one year at a time.
 */
import Holidays from 'date-holidays';

const parse = (iso: string) => new Date(`${iso}T00:00:00Z`);
const format = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const date = parse(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
}

/** The month after `mese` (yyyy-mm), as yyyy-mm. */
export function nextMonth(mese: string): string {
  const [year = 0, month = 1] = mese.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** The last day of `mese` (yyyy-mm): 29 in a leap February. */
export function lastDayOf(mese: string): string {
  const [year = 0, month = 1] = mese.split('-').map(Number);
  return format(new Date(Date.UTC(year, month, 0)));
}

const italy = new Holidays('IT', { types: ['public'] });
const holidaysByYear = new Map<number, ReadonlyMap<string, string>>();

/** The national public holidays of a year: ISO date → name (Easter Monday included). */
export function italianHolidays(year: number): ReadonlyMap<string, string> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    // `date` is the local calendar day ("2026-04-06 00:00:00"), whatever this computer's zone.
    holidays = new Map(
      italy
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name] as const),
    );
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** Why a day is not a working day ('sabato', 'domenica' or the holiday's name), or null. */
export function nonWorkingReason(iso: string): string | null {
  const weekday = parse(iso).getUTCDay();
  if (weekday === 6) return 'sabato';
  if (weekday === 0) return 'domenica';
  return italianHolidays(Number(iso.slice(0, 4))).get(iso) ?? null;
}

/**
 * The first working day on or after `iso`. Bounded: no run of non-working days is longer than a
 * few days (the longest is Christmas to a following weekend).
 */
export function nextWorkingDay(iso: string): string {
  let day = iso;
  for (let step = 0; step < 14 && nonWorkingReason(day) !== null; step += 1) day = addDays(day, 1);
  return day;
}

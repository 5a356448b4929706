/** Dates of a delega: ISO yyyy-mm-dd strings, computed in UTC so no time zone shifts a day. */

function parse(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds months keeping the day, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const date = parse(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return format(date);
}

/** The last day the delega is valid: start + duration − 1 day. */
export function dataFineDelega(dataInizio: string, durataMesi: number): string {
  const end = parse(addMonths(dataInizio, durataMesi));
  end.setUTCDate(end.getUTCDate() - 1);
  return format(end);
}

/** The signed paper must be kept for the whole duration and five more years. */
export function conservareFino(dataFine: string): string {
  return addMonths(dataFine, 60);
}

/** Whole days from `today` to `iso` (negative when past). */
export function daysUntil(iso: string, today: string): number {
  return Math.round((parse(iso).getTime() - parse(today).getTime()) / 86_400_000);
}

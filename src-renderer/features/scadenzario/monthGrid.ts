/** The weeks of a month as the Italian calendar shows them: Monday first, days outside blank. */
export function monthGrid(mese: string): Array<Array<string | null>> {
  const [year = 0, month = 1] = mese.split('-').map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: 0 Sunday … 6 Saturday; Monday first means Sunday is the seventh column.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: Array<string | null> = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day += 1) cells.push(`${mese}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month `delta` months from `mese` (yyyy-mm). */
export function shiftMonth(mese: string, delta: number): string {
  const [year = 0, month = 1] = mese.split('-').map(Number);
  const index = year * 12 + (month - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const MONTH_NAMES = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];

/** "2026-02" → "febbraio 2026". */
export const monthName = (mese: string) =>
  `${MONTH_NAMES[Number(mese.slice(5, 7)) - 1] ?? ''} ${mese.slice(0, 4)}`;

export const WEEKDAYS = ['Lun', 'Mar', 'Mer', 'Gio', 'Ven', 'Sab', 'Dom'] as const;
export const WEEKDAY_NAMES = [
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'sabato',
  'domenica',
] as const;

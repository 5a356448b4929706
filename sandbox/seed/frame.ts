/**
 * When the seeded sections fall. Every row is drawn in one fixed frame, the months of 2021–2025
 * (so the PRNG gives the same rows on any day), then moved by whole months so that the frame
 * ends with the month before the sandbox's today: on any real date the last denuncia is of the
 * month just ended (due by the end of this one) and nothing seeded lies in the future.
 */
export const SEED_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
/**
 * The generators' default today: the day after the frame, with which the rows keep their
 * 2021–2025 months (pure unit tests). The sandbox passes its own today (`oggiSeed`).
 */
export const SEED_TODAY = '2026-01-01';

const pad = (n: number) => String(n).padStart(2, '0');
const indexOf = (mese: string) => Number(mese.slice(0, 4)) * 12 + Number(mese.slice(5, 7)) - 1;
const meseOf = (index: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;

/** The frame's months (AAAA-MM), oldest first. */
export const frameMonths = (): string[] =>
  SEED_YEARS.flatMap((year) => Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`));

const LAST_FRAME_MONTH = `${SEED_YEARS.at(-1) ?? 2025}-12`;

/** How many months the frame moves for `oggi` (ISO day): 0 for any day of January 2026. */
export const shiftFor = (oggi: string): number => indexOf(oggi) - 1 - indexOf(LAST_FRAME_MONTH);

/** A month (AAAA-MM) or a day (AAAA-MM-GG) moved by `months`; a day past the month's end becomes its last. */
export function shiftMonths(iso: string, months: number): string {
  const mese = meseOf(indexOf(iso) + months);
  if (iso.length === 7) return mese;
  const last = new Date(Date.UTC(Number(mese.slice(0, 4)), Number(mese.slice(5, 7)), 0)).getUTCDate();
  return `${mese}-${pad(Math.min(Number(iso.slice(8, 10)), last))}`;
}

/** The day before `oggi`: the latest a seeded event (a payment, a denuncia sent) can be dated. */
export const dayBefore = (oggi: string): string =>
  new Date(Date.parse(`${oggi}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** `iso`, or `latest` when `iso` is after it. */
export const notAfter = (iso: string, latest: string): string => (iso > latest ? latest : iso);

/**
 * A month with no seeded denuncia, for tests that send one: the month of `oggi` (the seed ends
 * with the month before it) or `after` months later.
 */
export const unseededMonth = (oggi: string, after = 0): string => shiftMonths(oggi.slice(0, 7), after);

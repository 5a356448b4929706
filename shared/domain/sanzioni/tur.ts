/**
 * The "tasso ufficiale di riferimento" (TUR) by date. Since 1999 the TUR of the Banca d'Italia
 * is replaced by the rate of the ECB's main refinancing operations (D.Lgs. 213/1998 art. 2;
 * Banca d'Italia, "Tasso ufficiale di riferimento"), which is what INPS applies for the
 * sanzioni civili of art. 116 c. 8 L. 388/2000. Each row holds from its date until the next.
 * Source: ECB, key interest rates, "main refinancing operations – fixed rate", dates of effect.
 */
export interface TurRate {
  /** First day the rate applies, ISO. */
  from: string;
  /** Percentage points, as a decimal string. */
  rate: string;
}

export const TUR_TABLE: readonly TurRate[] = [
  { from: '2016-03-16', rate: '0.00' },
  { from: '2022-07-27', rate: '0.50' },
  { from: '2022-09-14', rate: '1.25' },
  { from: '2022-11-02', rate: '2.00' },
  { from: '2022-12-21', rate: '2.50' },
  { from: '2023-02-08', rate: '3.00' },
  { from: '2023-03-22', rate: '3.50' },
  { from: '2023-05-10', rate: '3.75' },
  { from: '2023-06-21', rate: '4.00' },
  { from: '2023-08-02', rate: '4.25' },
  { from: '2023-09-20', rate: '4.50' },
  { from: '2024-06-12', rate: '4.25' },
  { from: '2024-09-18', rate: '3.65' },
  { from: '2024-10-23', rate: '3.40' },
  { from: '2024-12-18', rate: '3.15' },
  { from: '2025-02-05', rate: '2.90' },
  { from: '2025-03-12', rate: '2.65' },
  { from: '2025-04-23', rate: '2.40' },
  { from: '2025-06-11', rate: '2.15' },
];

export function turAt(isoDate: string, table: readonly TurRate[] = TUR_TABLE): TurRate {
  let found: TurRate | undefined;
  for (const row of table) if (row.from <= isoDate) found = row;
  if (!found) throw new Error(`Nessun TUR noto al ${isoDate}: la tabella inizia il ${table[0]?.from ?? '?'}`);
  return found;
}

import { describe, expect, it } from 'vitest';
import { monthGrid, monthName, shiftMonth } from './monthGrid';

describe('monthGrid', () => {
  it('starts on Monday: February 2028 (leap) begins on a Tuesday and has 29 days', () => {
    const weeks = monthGrid('2028-02');
    expect(weeks[0]).toEqual([
      null,
      '2028-02-01',
      '2028-02-02',
      '2028-02-03',
      '2028-02-04',
      '2028-02-05',
      '2028-02-06',
    ]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(29);
    expect(weeks.at(-1)?.[1]).toBe('2028-02-29');
  });
  it('puts a month starting on Sunday in the last column (November 2026)', () => {
    expect(monthGrid('2026-11')[0]?.[6]).toBe('2026-11-01');
  });
  it('moves across the year and names the month in Italian', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthName('2026-04')).toBe('aprile 2026');
  });
});

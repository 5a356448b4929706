import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, parseDate, parseMonth } from './format';

describe('Italian dates and months', () => {
  it('shows ISO dates and months the Italian way', () => {
    expect(formatDate('2026-10-05')).toBe('05/10/2026');
    expect(formatMonth('2026-10')).toBe('10/2026');
  });

  it('reads gg/mm/aaaa strictly, with the calendar', () => {
    expect(parseDate('05/10/2026')).toEqual({ ok: true, iso: '2026-10-05' });
    expect(parseDate(' 5/1/2026 ')).toEqual({ ok: true, iso: '2026-01-05' });
    expect(parseDate('2026-10-05')).toEqual({
      ok: false,
      message: 'Data: scrivere gg/mm/aaaa, ad esempio 05/10/2026.',
    });
    expect(parseDate('30/02/2026', 'Data di inizio')).toEqual({
      ok: false,
      message: 'Data di inizio: il 30/02/2026 non esiste nel calendario.',
    });
    expect(parseDate('1'.repeat(10_000)).ok).toBe(false);
  });

  it('reads mm/aaaa strictly', () => {
    expect(parseMonth('10/2026')).toEqual({ ok: true, iso: '2026-10' });
    expect(parseMonth('1/2026')).toEqual({ ok: true, iso: '2026-01' });
    expect(parseMonth('2026-10')).toEqual({
      ok: false,
      message: 'Mese: scrivere mm/aaaa, ad esempio 10/2026.',
    });
    expect(parseMonth('13/2026').ok).toBe(false);
  });
});

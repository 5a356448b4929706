import { describe, expect, it } from 'vitest';
import { itAnswers } from '../shared/itAnswers.test-support';
import { formatDate, formatDateTime, formatMonth, parseDate, parseMonth } from './format';

describe('Italian dates and months', () => {
  it('shows ISO dates and months the Italian way', () => {
    expect(formatDate('2026-10-05')).toBe('05/10/2026');
    expect(formatMonth('2026-10')).toBe('10/2026');
  });

  itAnswers('reads the day %j strictly: %j', parseDate, {
    '05/10/2026': { ok: true, iso: '2026-10-05' },
    ' 5/1/2026 ': { ok: true, iso: '2026-01-05' },
    '2026-10-05': { ok: false, message: 'Data: scrivere gg/mm/aaaa, ad esempio 05/10/2026.' },
  });

  it('reads gg/mm/aaaa with the calendar, bounded', () => {
    expect(parseDate('30/02/2026', 'Data di inizio')).toEqual({
      ok: false,
      message: 'Data di inizio: il 30/02/2026 non esiste nel calendario.',
    });
    expect(parseDate('1'.repeat(10_000)).ok).toBe(false);
  });

  itAnswers('reads the month %j strictly: %j', parseMonth, {
    '10/2026': { ok: true, iso: '2026-10' },
    '1/2026': { ok: true, iso: '2026-01' },
    '2026-10': { ok: false, message: 'Mese: scrivere mm/aaaa, ad esempio 10/2026.' },
  });

  it('refuses a month that does not exist', () => {
    expect(parseMonth('13/2026').ok).toBe(false);
  });
});

describe('formatDateTime', () => {
  it('shows an instant on the Italian clock, in winter and in summer, whatever the computer’s zone', () => {
    expect(formatDateTime('2026-11-30T06:59:04Z')).toBe('30/11/2026, 07:59');
    expect(formatDateTime('2026-11-30T06:59:04Z', true)).toBe('30/11/2026, 07:59:04');
    expect(formatDateTime('2026-07-01T10:00:00Z')).toBe('01/07/2026, 12:00');
  });
});

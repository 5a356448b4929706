import { describe, expect, it } from 'vitest';
import { entroTermineContestazione, oggiInItalia, termineContestazione } from './contestazione';

describe('the day in Italy', () => {
  it('is already tomorrow at 23:30 in Rome, winter (UTC+1) and summer (UTC+2)', () => {
    expect(oggiInItalia(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(oggiInItalia(new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15');
    expect(oggiInItalia(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16');
    expect(oggiInItalia(new Date('2026-07-15T21:59:59Z'))).toBe('2026-07-15');
  });

  it('closes the term at midnight in Italy, not at midnight UTC', () => {
    const notifica = '2026-04-01';
    const termine = termineContestazione(notifica);
    expect(termine).toBe('2026-06-30');
    expect(entroTermineContestazione(notifica, oggiInItalia(new Date('2026-06-30T21:30:00Z')))).toBe(true);
    // 00:30 of 1 July in Rome, still 30 June in UTC: too late.
    expect(entroTermineContestazione(notifica, oggiInItalia(new Date('2026-06-30T22:30:00Z')))).toBe(false);
  });
});

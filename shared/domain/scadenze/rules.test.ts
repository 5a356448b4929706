import { describe, expect, it } from 'vitest';
import { italianHolidays, lastDayOf, nextWorkingDay } from './calendar';
import * as rule from './rules';

/** The expected deadline: moved from `dataOriginale` to `data` by `spostataPer`, or not moved. */
const scadenza = (data: string, dataOriginale = data, spostataPer: string | null = null) => ({
  data,
  dataOriginale,
  spostataPer,
});

describe('F24 EP: the 16th of the month after', () => {
  it('keeps a 16th on a working day', () => {
    expect(rule.scadenzaF24EP('2025-12')).toEqual(scadenza('2026-01-16'));
  });
  it('moves a 16th on a Sunday to Monday 17th', () => {
    expect(rule.scadenzaF24EP('2025-10')).toEqual(scadenza('2025-11-17', '2025-11-16', 'domenica'));
  });
  it('moves a 16th on a Sunday after Ferragosto on Saturday (August 2026)', () => {
    expect(rule.scadenzaF24EP('2026-07').data).toBe('2026-08-17');
  });
  it('moves a 16th on a Saturday to Monday', () => {
    expect(rule.scadenzaF24EP('2026-04')).toMatchObject({ data: '2026-05-18', spostataPer: 'sabato' });
  });
});

describe('ListaPosPA: the last day of the month after the competenza', () => {
  it('is 29 February in a leap year', () => {
    expect(rule.scadenzaListaPosPA('2028-01')).toEqual(scadenza('2028-02-29'));
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
  });
  it('is 28 February otherwise, moved to 1 March when a Sunday', () => {
    expect(rule.scadenzaListaPosPA('2027-01')).toEqual(scadenza('2027-03-01', '2027-02-28', 'domenica'));
  });
  it('crosses the year end: December 2025 is due Saturday 31 January, so Monday 2 February', () => {
    expect(rule.scadenzaListaPosPA('2025-12')).toMatchObject({
      data: '2026-02-02',
      dataOriginale: '2026-01-31',
    });
  });
  it('November is due 31 December, a working day in 2025', () => {
    expect(rule.scadenzaListaPosPA('2025-11').data).toBe('2025-12-31');
  });
});

describe('the shift over Italian public holidays', () => {
  const cases: Array<[string, string, string]> = [
    ['2026-04-06', '2026-04-07', 'Easter Monday 2026'],
    ['2026-04-05', '2026-04-07', 'Easter Sunday then Easter Monday'],
    ['2025-04-25', '2025-04-28', '25 April on a Friday'],
    ['2026-05-01', '2026-05-04', '1 May on a Friday'],
    ['2026-06-02', '2026-06-03', '2 June on a Tuesday'],
    ['2025-08-15', '2025-08-18', '15 August on a Friday'],
    ['2027-11-01', '2027-11-02', '1 November on a Monday'],
    ['2026-12-08', '2026-12-09', '8 December on a Tuesday'],
    ['2025-12-25', '2025-12-29', '25 and 26 December, then the weekend'],
    ['2025-12-26', '2025-12-29', '26 December'],
    ['2022-12-31', '2023-01-02', 'year end: Saturday, then 1 January on a Sunday'],
    ['2027-01-06', '2027-01-07', 'Epifania'],
  ];
  it.each(cases)('a rata due %s is paid %s (%s)', (due, paid) => {
    expect(rule.scadenzaRata(due).data).toBe(paid);
  });
  it('names the holiday that moved it', () => {
    expect(rule.scadenzaRata('2026-04-06').spostataPer).toBe(italianHolidays(2026).get('2026-04-06'));
    expect(rule.scadenzaRata('2026-04-06').spostataPer).toMatch(/Angelo/);
  });
  it('leaves a working day alone', () => {
    expect(nextWorkingDay('2026-04-08')).toBe('2026-04-08');
    expect(rule.scadenzaRata('2026-04-08').spostataPer).toBeNull();
  });
});

describe('deadlines the rule does not move', () => {
  it('contestazione: 90 calendar days from the notifica, even on Easter Sunday', () => {
    expect(rule.scadenzaContestazione('2026-01-05')).toEqual(scadenza('2026-04-05'));
  });
  it('contestazione across a leap February: 90 days from 1 December 2027 is 29 February 2028', () => {
    expect(rule.scadenzaContestazione('2027-12-01').data).toBe('2028-02-29');
  });
  it('delega: its last valid day, on a holiday too', () => {
    expect(rule.scadenzaDelega('2026-04-25').data).toBe('2026-04-25');
  });
  it('Agenda: five working days (Monday to Friday) after the quesito was opened', () => {
    expect(rule.scadenzaAgenda('2026-04-02T08:00:00Z', 5).data).toBe('2026-04-09');
    expect(rule.scadenzaAgenda('2026-11-27T10:00:00Z', 7).data).toBe('2026-12-08');
  });
});

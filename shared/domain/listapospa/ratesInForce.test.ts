import { describe, expect, it } from 'vitest';
import { computeGestioni } from './contributions';
import { parseRatePercent, ratesInForce } from './ratesInForce';
import { sampleD0 } from './sample';

describe('rates in force for a month', () => {
  it('lists each gestione once, marks the unconfirmed ones, and applies an override', () => {
    const rows = ratesInForce('2026-01-01');
    expect(rows.map((row) => row.key)).toEqual([
      'pensionistica:2',
      'pensionistica:5',
      'pensionistica:1',
      'pensionistica:3',
      'pensionistica:4',
      'TFS:6',
      'TFS:7',
      'TFR:6',
      'TFR:7',
      'TFRUlterioriElem:6',
      'TFRUlterioriElem:7',
      'credito:9',
      'ENPDEP:8',
      'ENAM:11',
    ]);
    const cpi = rows.find((row) => row.key === 'pensionistica:3');
    expect(cpi?.inUse).toMatchObject({ totale: '32.65', confirmed: false, overridden: false });

    const overridden = ratesInForce('2026-01-01', { 'pensionistica:3': '33' });
    expect(overridden.find((row) => row.key === 'pensionistica:3')?.inUse).toMatchObject({
      totale: '33',
      confirmed: true,
      overridden: true,
    });
  });

  it('leaves out a rate not yet in force (TFR ulteriori elementi from 10/2019)', () => {
    expect(ratesInForce('2019-09-01').map((row) => row.key)).not.toContain('TFRUlterioriElem:6');
  });

  it('an override changes the computed contribution', () => {
    const e0 = sampleD0(0).e0[0]!;
    const pens = () =>
      computeGestioni(e0, { 'pensionistica:2': '33' }).find((c) => c.field === 'pensionistica');
    // 2000,00 × 33% instead of 32,65%.
    expect(pens()).toMatchObject({ atteso: '660.00', aliquota: '33', confirmed: true });
  });
});

describe('parseRatePercent', () => {
  it.each([
    ['8,85', '8.85'],
    [' 33 ', '33'],
    ['0.35', '0.35'],
    ['007,5', '7.5'],
    ['100', '100'],
    ['0', '0'],
  ])('%s → %s', (text, value) => expect(parseRatePercent(text)).toBe(value));

  it.each(['', 'abc', '-1', '100,01', '8,123456', '1.2.3', '8%'])('refuses %j', (text) =>
    expect(parseRatePercent(text)).toBeUndefined(),
  );
});

describe('the sources the Aliquote panel shows', () => {
  it('cite public sources (INPS messaggi, circolari, public pages), never one of our own documents', () => {
    for (const row of ratesInForce('2026-01-01')) {
      expect(row.rate.source, row.key).not.toMatch(/\.md\b|§/);
    }
    expect(ratesInForce('2026-01-01').find((row) => row.key === 'TFRUlterioriElem:6')?.rate.source).toContain(
      'msg INPS 2440/2019',
    );
  });
});

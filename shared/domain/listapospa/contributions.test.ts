import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountFromXml, amountToXml, amountsEqual, parseAmountIt, toAmount } from './amount';
import {
  GestioneTotals,
  amountOfCents,
  centsOf,
  computeContributo,
  computeGestioni,
  fillContributi,
  imponibileTfsDaRetribuzioneUtile,
  retribValutabileDaImponibileTfr,
  totalsByGestione,
} from './contributions';
import { RATES, resolveRate } from './rates';

describe('amounts', () => {
  it('round to the cent half-up', () => {
    expect(toAmount('0.005')).toBe('0.01');
    expect(toAmount('0.0049')).toBe('0.00');
    expect(toAmount('2.675')).toBe('2.68'); // a float would give 2.67
  });
  it('convert between model, XML and Italian display', () => {
    expect(amountToXml('1234.56')).toBe('1234,56');
    expect(amountFromXml('1234,56')).toBe('1234.56');
    expect(amountFromXml('12.5')).toBe('12.50');
    expect(amountFromXml('abc')).toBeUndefined();
    expect(parseAmountIt('1.234,5')).toBe('1234.50');
    expect(parseAmountIt('12,345')).toBeUndefined();
  });
});

describe('rates', () => {
  it.each([
    ['pensionistica', '2', '32.65', true], // CPDEL 8,85 + 23,80
    ['pensionistica', '5', '32.65', true], // CPS
    ['pensionistica', '1', '33.00', true], // CTPS 8,80 + 24,20
    ['pensionistica', '3', '32.65', false], // CPI: not confirmed
    ['pensionistica', '4', '33.00', false], // CPUG: not confirmed
    ['TFS', '6', '6.10', true],
    ['TFS', '7', '9.60', true],
    ['TFR', '6', '6.10', true],
    ['credito', '9', '0.35', true],
    ['ENPDEP', '8', '0.09', false],
    ['ENAM', '11', null, false],
  ] as const)('%s %s is %s (confirmed: %s)', (kind, cod, totale, confirmed) => {
    const rate = resolveRate(kind, cod, '2026-01-01');
    expect(rate?.totale).toBe(totale);
    expect(rate?.confirmed).toBe(confirmed);
  });

  it('worker + employer shares add up to the total wherever both are known', () => {
    for (const rate of RATES) {
      if (rate.totale === null || rate.lavoratore === null || rate.datore === null) continue;
      expect(Number(rate.lavoratore) + Number(rate.datore)).toBeCloseTo(Number(rate.totale), 10);
    }
  });

  it('TFR ulteriori elementi exist only from competenza 10/2019', () => {
    expect(resolveRate('TFRUlterioriElem', '6', '2019-09-30')).toBeUndefined();
    expect(resolveRate('TFRUlterioriElem', '6', '2019-10-01')?.totale).toBe('6.91');
  });

  it('a user override wins and counts as confirmed', () => {
    const rate = resolveRate('ENAM', '11', '2026-01-01', { 'ENAM:11': '0.50' });
    expect(rate).toMatchObject({ totale: '0.50', overridden: true, confirmed: true });
  });
});

describe('contributions', () => {
  it('CPDEL on 2.000,00 is 653,00', () => {
    expect(computeContributo('2000.00', '100', '32.65')).toBe('653.00');
  });
  it('rounds only at the end: 1.234,57 × 32,65% = 403,087… → 403,09', () => {
    expect(computeContributo('1234.57', '100', '32.65')).toBe('403.09');
  });
  it('TFS ex INADEL is 6,10% of ImponibileTFS, already 80% of the pay: 780,00 → 47,58', () => {
    // The foreign tools' example (PASSWEB columns): the declared imponibile is the base as it is.
    const rate = resolveRate('TFS', '6', '2024-05-01');
    expect(rate?.basePercent).toBe('100');
    expect(computeContributo('780.00', rate?.basePercent ?? '', rate?.totale ?? '')).toBe('47.58');
  });
  it('TFR follows the TFS: 6,10% (ex INADEL) and 9,60% (ex ENPAS, Stato) of the declared imponibile', () => {
    expect(resolveRate('TFR', '6', '2024-05-01')).toMatchObject({ totale: '6.10', basePercent: '100' });
    expect(resolveRate('TFR', '7', '2024-05-01')).toMatchObject({ totale: '9.60', basePercent: '100' });
    expect(computeContributo('1999.99', '100', '9.60')).toBe('192.00');
  });
  it('the 80% lives in an explicit helper: retribuzione utile 975,00 → ImponibileTFS 780,00', () => {
    expect(imponibileTfsDaRetribuzioneUtile('975.00')).toBe('780.00');
    expect(imponibileTfsDaRetribuzioneUtile('2000.01')).toBe('1600.01');
    // RetribValutabileTFR = ImponibileTFR × 1,25 (the builder's relation).
    expect(retribValutabileDaImponibileTfr('780.00')).toBe('975.00');
  });
  it('Fondo credito 0,35% of 10,00 is 0,035 → 0,04 (half-up)', () => {
    expect(computeContributo('10.00', '100', '0.35')).toBe('0.04');
  });

  const periodo = {
    giornoInizio: '2026-01-01',
    giornoFine: '2026-01-31',
    gestioni: {
      pensionistica: { codGestione: '2', imponibile: '2000.00', contributo: '0.00' },
      previdenziale: { codGestione: '6', tipo: 'TFS' as const, imponibile: '1600.00', contributo: '0.00' },
      credito: { codGestione: '9', imponibile: '2000.00', contributo: '0.00' },
      enam: { codGestione: '11', imponibile: '2000.00', contributo: '3.00' },
    },
  };

  it('fills every contributo with a known rate and leaves the unknown ones alone', () => {
    const filled = fillContributi(periodo.gestioni, periodo.giornoInizio);
    expect(filled.pensionistica?.contributo).toBe('653.00');
    expect(filled.previdenziale?.contributo).toBe('97.60');
    expect(filled.credito?.contributo).toBe('7.00');
    expect(filled.enam?.contributo).toBe('3.00');
  });

  it('reports expected vs declared, without an expectation where the rate is unknown', () => {
    const computed = computeGestioni(periodo);
    expect(computed.find((c) => c.field === 'pensionistica')).toMatchObject({
      atteso: '653.00',
      dichiarato: '0.00',
    });
    expect(computed.find((c) => c.field === 'enam')?.atteso).toBeUndefined();
  });

  it('totals by gestione add every period exactly', () => {
    const totals = totalsByGestione([periodo, periodo]);
    expect(totals.map((t) => t.codGestione)).toEqual(['2', '6', '9', '11']);
    expect(totals[0]).toEqual({ codGestione: '2', imponibile: '4000.00', contributo: '0.00' });
    expect(totals[3]).toEqual({ codGestione: '11', imponibile: '4000.00', contributo: '6.00' });
  });

  it('totals are kept in exact integer cents and can be updated incrementally', () => {
    expect(centsOf('1234.56')).toBe(123456);
    expect(centsOf('-0.05')).toBe(-5);
    expect(centsOf('12.5')).toBe(1250);
    expect(amountOfCents(-5)).toBe('-0.05');
    // 0.1 + 0.2 in floats is 0.30000000000000004: in cents it is exact.
    const totals = new GestioneTotals();
    for (const value of ['0.10', '0.20']) {
      totals.add({
        giornoInizio: '',
        giornoFine: '',
        gestioni: { credito: { codGestione: '9', imponibile: value, contributo: value } },
      });
    }
    expect(totals.list()).toEqual([{ codGestione: '9', imponibile: '0.30', contributo: '0.30' }]);
    totals.add(periodo).add(periodo, -1);
    expect(totals.list().find((t) => t.codGestione === '2')).toEqual({
      codGestione: '2',
      imponibile: '0.00',
      contributo: '0.00',
    });
  });
});

describe('computeContributo in integers', () => {
  // The definition, in decimal.js: what the integer path must always equal.
  const reference = (imponibile: string, base: string, totale: string) =>
    toAmount(new Decimal(imponibile).times(base).dividedBy(100).times(totale).dividedBy(100));
  const percent = (maxInteger: number, decimals: number) =>
    fc
      .tuple(fc.integer({ min: 0, max: maxInteger }), fc.integer({ min: 0, max: 10 ** decimals - 1 }))
      .map(([integer, fraction]) =>
        fraction === 0 ? String(integer) : `${integer}.${String(fraction).padStart(decimals, '0')}`,
      );

  it('equals decimal.js for any imponibile, base and aliquota, small or beyond 2^53', () => {
    fc.assert(
      fc.property(
        // Small amounts with rates like 0,5% land exactly on half a cent: the rounding is exercised.
        fc.oneof(
          fc.integer({ min: 0, max: 2_000 }),
          fc.integer({ min: 0, max: 3_000_000 }),
          fc.integer({ min: 0, max: 99_999_999_999 }),
        ),
        fc.oneof(fc.constantFrom('100', '80'), percent(100, 2)),
        fc.oneof(
          fc.constantFrom('32.65', '33.00', '6.10', '9.60', '0.35', '6.91', '0.5', '0.25', '0.05'),
          percent(100, 4),
        ),
        (cents, base, totale) => {
          const imponibile = amountOfCents(cents);
          expect(computeContributo(imponibile, base, totale)).toBe(reference(imponibile, base, totale));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('falls back to decimal.js for negative amounts and unusual rates', () => {
    expect(computeContributo('-1234.57', '100', '32.65')).toBe(reference('-1234.57', '100', '32.65'));
    expect(computeContributo('1234.5', '100', '8.123456')).toBe(reference('1234.5', '100', '8.123456'));
  });
});

describe('amountsEqual', () => {
  it('says what decimal.js says, for model amounts and for anything else', () => {
    const amount = fc
      .tuple(fc.boolean(), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }), fc.nat(2))
      .map(
        ([negative, integer, cents, zeros]) =>
          `${negative ? '-' : ''}${'0'.repeat(zeros)}${integer}.${String(cents).padStart(2, '0')}`,
      );
    const any = fc.oneof(amount, fc.constantFrom('12.5', '12.50', '0', '-0', '1e3', '1000.00', '', '-0.00'));
    fc.assert(
      fc.property(fc.oneof(amount, any), fc.oneof(amount, any), (a, b) => {
        expect(amountsEqual(a, b)).toBe(new Decimal(a || 0).eq(new Decimal(b || 0)));
      }),
      { numRuns: 3000 },
    );
    expect(amountsEqual('2000.00', '02000.00')).toBe(true);
    expect(amountsEqual('-0.00', '0.00')).toBe(true);
    expect(amountsEqual('12.50', '12.5')).toBe(true);
    expect(amountsEqual('2000.00', '2000.01')).toBe(false);
  });
});

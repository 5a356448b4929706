import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { itAnswers } from '../itAnswers.test-support';
import { formatData, formatImporto, formatMese, formatPercentuale } from './formatIt';

describe('Italian formatting', () => {
  itAnswers('shows the rate %j as %j', formatPercentuale, {
    '8.80': '8,80%',
    '30': '30%',
    '-12.5': '-12,5%',
  });

  itAnswers('shows the day %j as %j', formatData, {
    '2026-10-05': '05/10/2026',
    '2026-10-05T23:30:00Z': '05/10/2026',
    '': '',
    'non è una data': 'non è una data',
  });

  itAnswers('shows the month %j as %j', formatMese, {
    '2026-10': '10/2026',
    '2026-10-05': '2026-10-05',
    '': '',
  });

  itAnswers('shows the amount %j as %j', formatImporto, {
    '1234.56': '1.234,56',
    '1234567.8': '1.234.567,80',
    '1234': '1.234,00',
    '0.5': '0,50',
    '-5.00': '-5,00',
    '-0.00': '0,00',
    '-0012.30': '-12,30',
    '0.035': '0,04',
    '-0.035': '-0,04',
    '999.995': '1.000,00',
    '12.344': '12,34',
    abc: 'abc',
    '': '',
    '1e3': '1e3',
  });

  it('writes a spreadsheet number without the thousands dot', () => {
    expect(formatImporto('1234567.8', '')).toBe('1234567,80');
  });

  it('rounds to the cent as decimal.js does, half away from zero, for any decimal string', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.nat(5), (units, places) => {
        const text = new Decimal(units.toString()).div(10 ** places).toFixed(places);
        const expected = new Decimal(text).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
        const [integer = '', decimals = ''] = expected.replace('-', '').split('.');
        const negative = expected.startsWith('-') && !/^-0\.00$/.test(expected);
        expect(formatImporto(text)).toBe(
          `${negative ? '-' : ''}${integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${decimals}`,
        );
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { FOUR_VERSAMENTI, versamentoRow } from './versamenti.test-support';
import { SEZIONE_DEFINITIONS } from './columns';
import { formatImporto } from '../../text/formatIt';
import { parseImportoInput } from './money';
import { totalsOf } from './view';

const definition = SEZIONE_DEFINITIONS.versamenti;
const row = versamentoRow;
const rows = FOUR_VERSAMENTI;

describe('the view of a section', () => {
  it('totals in exact cents: 0.10 + 0.20 is 0.30', () => {
    const cents = [row('x', '2025-01', '0.10'), row('y', '2025-01', '0.20')];
    expect(totalsOf(definition, cents)).toEqual({ importo: '0.30' });
    expect(formatImporto(totalsOf(definition, rows).importo!)).toBe('1.300,10');
  });

  it('reads amounts typed the Italian way', () => {
    expect(parseImportoInput('1.234,5')).toBe('1234.50');
    expect(parseImportoInput('€ 10')).toBe('10.00');
    expect(parseImportoInput('12,345')).toBeUndefined();
  });
});

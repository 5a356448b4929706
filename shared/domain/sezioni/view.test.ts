import { describe, expect, it } from 'vitest';
import { SEZIONE_DEFINITIONS } from './columns';
import { formatImporto } from './format';
import { parseImportoInput } from './money';
import { totalsOf } from './view';

const definition = SEZIONE_DEFINITIONS.versamenti;
const row = (id: string, periodo: string, importo: string, canale = 'F24 EP') => ({
  id,
  dataVersamento: `${periodo}-16`,
  canale,
  causale: 'P101',
  gestione: 'CPDEL',
  periodo,
  importo,
  sede: 'Parma',
  estremi: `Delega ${id}`,
});
const rows = [
  row('a', '2024-12', '100.10'),
  row('b', '2025-01', '99.90', "Banca d'Italia"),
  row('c', '2025-02', '1000.00'),
  row('d', '2025-03', '100.10'),
];

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

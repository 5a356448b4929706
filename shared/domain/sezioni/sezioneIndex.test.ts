import { describe, expect, it } from 'vitest';
import { FOUR_VERSAMENTI, versamentoRow } from './versamenti.test-support';
import { SEZIONE_DEFINITIONS, type SezioneDefinition } from './columns';
import { toCents } from './money';
import { SezioneIndex, viewKey, type SezioneViewSpec } from './sezioneIndex';

const versamenti = SEZIONE_DEFINITIONS.versamenti;
const row = versamentoRow;
const rows = FOUR_VERSAMENTI;
const ids = (index: SezioneIndex<{ id: string }>, spec: Partial<SezioneViewSpec>) =>
  [...index.view({ filters: {}, sort: null, ...spec }).indices].map((i) => index.rows[i]!.id);

describe('the view of a section over its index', () => {
  const index = new SezioneIndex(versamenti, rows);

  it('with no filter and no sort shows every row in the API order', () => {
    expect(ids(index, {})).toEqual(['a', 'b', 'c', 'd']);
    // Empty or blank filters are no filters.
    expect(ids(index, { filters: { testo: '   ', stato: '', periodoDa: '' } })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by period, state, amount and text, alone and together', () => {
    expect(ids(index, { filters: { periodoDa: '2025-01', periodoA: '2025-02' } })).toEqual(['b', 'c']);
    expect(ids(index, { filters: { stato: "Banca d'Italia" } })).toEqual(['b']);
    expect(ids(index, { filters: { importoMin: '100.00', importoMax: '999.99' } })).toEqual(['a', 'd']);
    expect(ids(index, { filters: { importoMin: '100.10', importoMax: '100.10' } })).toEqual(['a', 'd']);
    expect(ids(index, { filters: { testo: 'DELEGA C' } })).toEqual(['c']);
    // The text search reads what the screen shows: amounts 1.000,00, dates gg/mm/aaaa.
    expect(ids(index, { filters: { testo: '1.000,00' } })).toEqual(['c']);
    expect(ids(index, { filters: { testo: '16/03/2025' } })).toEqual(['d']);
    expect(ids(index, { filters: { periodoDa: '2025-01', importoMin: '100.00' } })).toEqual(['c', 'd']);
    expect(ids(index, { filters: { testo: 'nessuna riga' } })).toEqual([]);
  });

  it('sorts amounts as decimals (99,90 before 100,10 before 1.000,00), stable on ties both ways', () => {
    expect(ids(index, { sort: { key: 'importo', desc: false } })).toEqual(['b', 'a', 'd', 'c']);
    // Ties (a and d, both 100,10) keep the API order in descending order too.
    expect(ids(index, { sort: { key: 'importo', desc: true } })).toEqual(['c', 'a', 'd', 'b']);
  });

  it('sorts dates and months chronologically', () => {
    const shuffled = new SezioneIndex(versamenti, [rows[2]!, rows[0]!, rows[3]!, rows[1]!]);
    expect(ids(shuffled, { sort: { key: 'dataVersamento', desc: false } })).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(shuffled, { sort: { key: 'periodo', desc: true } })).toEqual(['d', 'c', 'b', 'a']);
  });

  it('filters and sorts together, with totals of the rows shown in exact cents', () => {
    const view = index.view({
      filters: { periodoDa: '2024-12', periodoA: '2025-02' },
      sort: { key: 'importo', desc: true },
    });
    expect([...view.indices].map((i) => rows[i]!.id)).toEqual(['c', 'a', 'b']);
    expect(view.totals).toEqual({ importo: '1200.00' });
    const tenths = new SezioneIndex(versamenti, [row('x', '2025-01', '0.10'), row('y', '2025-01', '0.20')]);
    expect(tenths.view({ filters: {}, sort: null }).totals).toEqual({ importo: '0.30' });
    expect(index.view({ filters: { testo: 'nessuna riga' }, sort: null }).totals).toEqual({
      importo: '0.00',
    });
  });

  it('sorts text the Italian way: case and accents do not scatter words', () => {
    const sedi = ['Zafferana', 'àncora', 'Ancona', 'bari', 'Ancóna', 'ancona', 'Bari'];
    const byText = new SezioneIndex(
      versamenti,
      sedi.map((sede, i) => row(`s${i}`, '2025-01', '1.00', { sede })),
    );
    const shown = (desc: boolean) =>
      [...byText.view({ filters: {}, sort: { key: 'sede', desc } }).indices].map((i) => sedi[i]);
    const italian = [...sedi].sort(new Intl.Collator('it').compare);
    expect(shown(false)).toEqual(italian);
    expect(shown(false)).toEqual(['ancona', 'Ancona', 'Ancóna', 'àncora', 'bari', 'Bari', 'Zafferana']);
    expect(shown(true)).toEqual([...italian].reverse());
  });

  it('keeps equal texts in API order in both directions', () => {
    const same = new SezioneIndex(versamenti, [
      row('p', '2025-01', '1.00', { sede: 'Parma' }),
      row('q', '2025-01', '1.00', { sede: 'Ancona' }),
      row('r', '2025-01', '1.00', { sede: 'Parma' }),
    ]);
    expect(ids(same, { sort: { key: 'sede', desc: false } })).toEqual(['q', 'p', 'r']);
    expect(ids(same, { sort: { key: 'sede', desc: true } })).toEqual(['p', 'r', 'q']);
  });

  it('sorts counted columns as numbers and ignores a sort on an unknown column', () => {
    const dma = SEZIONE_DEFINITIONS.dma;
    const denunce = [2, 10, 0].map((errors, i) => ({
      id: `d${i}`,
      mese: '2025-01',
      esito: 'acquisita',
      totaleContributi: '1.00',
      errori: Array.from({ length: errors }, () => ({})),
    }));
    const byErrors = new SezioneIndex(dma, denunce);
    expect(ids(byErrors, { sort: { key: 'numeroErrori', desc: false } })).toEqual(['d2', 'd0', 'd1']);
    expect(ids(byErrors, { sort: { key: 'nonEsiste', desc: true } })).toEqual(['d0', 'd1', 'd2']);
  });

  it('lists the states and gives the same view for the same filters', () => {
    expect(index.states()).toEqual(["Banca d'Italia", 'F24 EP']);
    const spec = { filters: { testo: 'delega' }, sort: { key: 'importo', desc: false } };
    expect(index.view(spec)).toBe(index.view({ ...spec, filters: { testo: ' DELEGA ' } }));
    expect(viewKey({ filters: { stato: '' }, sort: null })).toBe(viewKey({ filters: {}, sort: null }));
  });
});

describe('the text search', () => {
  const oneColumn: SezioneDefinition = {
    ...versamenti,
    columns: [{ key: 'x', label: 'X', kind: 'text' }],
  };
  const texts = ['ab', 'cd', 'ABCD', 'Forlì'];
  const index = new SezioneIndex(
    oneColumn,
    texts.map((x, i) => ({ id: `r${i}`, x })),
  );

  it('finds text within one row only, in any case, up to the last row', () => {
    expect(ids(index, { filters: { testo: 'bc' } })).toEqual(['r2']);
    expect(ids(index, { filters: { testo: 'CD' } })).toEqual(['r1', 'r2']);
    expect(ids(index, { filters: { testo: 'forlì' } })).toEqual(['r3']);
    expect(ids(index, { filters: { testo: 'b\u0001c' } })).toEqual([]);
  });
});

describe('amounts', () => {
  it('are read to the cent, in the wire format and otherwise', () => {
    expect(['0.05', '-12.30', '1234567890123.45', '7', '3,5', '-0.01'].map(toCents)).toEqual([
      5, -1230, 123456789012345, 700, 350, -1,
    ]);
    expect(() => toCents('1.2.34')).toThrow('Importo non valido');
    expect(() => toCents('-.12')).toThrow('Importo non valido');
  });
});

describe('100,000 rows', () => {
  it('filters and sorts them all, keeping every row exactly once', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      row(
        `v${i}`,
        `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}`,
        `${(i * 7919) % 100_000}.${String(i % 100).padStart(2, '0')}`,
      ),
    );
    const index = new SezioneIndex(versamenti, many);
    const sorted = index.view({ filters: {}, sort: { key: 'importo', desc: true } }).indices;
    expect(new Set(sorted).size).toBe(100_000);
    let descending = true;
    for (let i = 1; i < sorted.length; i++) {
      if (Number(many[sorted[i - 1]!]!.importo) < Number(many[sorted[i]!]!.importo)) descending = false;
    }
    expect(descending).toBe(true);
    const in2025 = index.view({ filters: { periodoDa: '2025-01', periodoA: '2025-12' }, sort: null });
    expect(in2025.indices.length).toBe(many.filter((r) => r.periodo.startsWith('2025')).length);
  });
});

describe('totals of the Note di Debito', () => {
  it('leave out the annulled notes, on screen (index) and in the exports (totalsOf)', async () => {
    const { totalsOf } = await import('./view');
    const definition = SEZIONE_DEFINITIONS['note-debito'];
    const nota = (id: string, importo: string, stato: string) => ({ id, periodo: '2025-01', importo, stato });
    const note = [
      nota('n1', '100.00', 'notificata'),
      nota('n2', '50.00', 'annullata'),
      nota('n3', '25.50', 'pagata'),
    ];
    const index = new SezioneIndex(definition, note);
    expect(index.view({ filters: {}, sort: null }).totals.importo).toBe('125.50');
    expect(totalsOf(definition, note).importo).toBe('125.50');
  });
});

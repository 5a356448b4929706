import { describe, expect, it } from 'vitest';
import { withFilter } from './useFilter';

interface Filter {
  stato?: string;
  dal?: string;
}

describe('withFilter', () => {
  it('sets a filter and keeps the others', () => {
    expect(withFilter<Filter, 'stato'>({ dal: '2026-01-01' }, 'stato', 'pagato')).toEqual({
      dal: '2026-01-01',
      stato: 'pagato',
    });
  });

  it('drops a filter whose field was emptied, so no empty filter is held or sent', () => {
    const filter: Filter = { stato: 'pagato', dal: '2026-01-01' };
    expect(withFilter(filter, 'stato', '')).toEqual({ dal: '2026-01-01' });
    expect(Object.keys(withFilter(filter, 'dal', undefined))).toEqual(['stato']);
    expect(filter).toEqual({ stato: 'pagato', dal: '2026-01-01' });
  });
});

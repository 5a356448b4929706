import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it('says "1 riga" and "0 righe", "2 righe" (the PDF of a view, the fascicolo, the CLI)', () => {
    expect(countOf(1, 'riga', 'righe')).toBe('1 riga');
    expect(countOf(0, 'riga', 'righe')).toBe('0 righe');
    expect(countOf(2, 'riga', 'righe')).toBe('2 righe');
  });
});

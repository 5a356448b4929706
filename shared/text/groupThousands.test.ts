import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itAnswers } from '../itAnswers.test-support';
import { groupThousands } from './groupThousands';

describe('groupThousands', () => {
  itAnswers('groups %s by three from the right as the Italian amounts show: %s', groupThousands, {
    '0': '0',
    '999': '999',
    '1000': '1.000',
    '1234567': '1.234.567',
    abc: 'abc',
  });

  it('agrees with the lookahead regex it replaces', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 40 }),
        (digits) => {
          // The replaced (quadratic) pattern, on short inputs only, as the reference.
          expect(groupThousands(digits)).toBe(digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
        },
      ),
    );
  });

  it('groups a number of a million digits', () => {
    const grouped = groupThousands('1'.repeat(1_000_000));
    expect(grouped.length).toBe(1_000_000 + 333_333);
  });
});

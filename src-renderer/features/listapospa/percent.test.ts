import { describe, expect, it } from 'vitest';
import { percPartTimeFromInput, percPartTimeToDisplay } from './percent';

describe('PercPartTime between screen and model', () => {
  it.each([
    ['66670', '66,67'],
    ['50000', '50'],
    ['66667', '66,667'],
    ['83300', '83,3'],
    ['500', '0,5'],
  ])('shows %s as %s', (stored, shown) => {
    expect(percPartTimeToDisplay(stored)).toBe(shown);
  });

  it('shows a stored value that is not an integer as it is, so the operator sees what is there', () => {
    expect(percPartTimeToDisplay('66,67')).toBe('66,67');
  });

  it.each([
    ['66,67', '66670'],
    ['66.67', '66670'],
    ['50', '50000'],
    ['66,667', '66667'],
    ['0,5', '500'],
    [' 75 % ', '75000'],
  ])('reads %s as %s', (typed, stored) => {
    expect(percPartTimeFromInput(typed)).toBe(stored);
  });

  it.each(['', 'abc', '66,6667', '1,2,3', '-5'])('refuses %j', (typed) => {
    expect(percPartTimeFromInput(typed)).toBeUndefined();
  });

  it('round-trips what it shows', () => {
    for (const stored of ['1', '66670', '99999', '12345']) {
      expect(percPartTimeFromInput(percPartTimeToDisplay(stored))).toBe(stored);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { itAnswers } from '../../../shared/itAnswers.test-support';
import { percPartTimeFromInput, percPartTimeToDisplay } from './percent';

describe('PercPartTime between screen and model', () => {
  itAnswers('shows %s as %s', percPartTimeToDisplay, {
    '66670': '66,67',
    '50000': '50',
    '66667': '66,667',
    '83300': '83,3',
    '500': '0,5',
  });

  it('shows a stored value that is not an integer as it is, so the operator sees what is there', () => {
    expect(percPartTimeToDisplay('66,67')).toBe('66,67');
  });

  itAnswers('reads %j as %s', percPartTimeFromInput, {
    '66,67': '66670',
    '66.67': '66670',
    '50': '50000',
    '66,667': '66667',
    '0,5': '500',
    ' 75 % ': '75000',
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

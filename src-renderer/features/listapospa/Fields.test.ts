import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AmountInput, DayInput, MonthInput, OptionalAmountInput, PercentInput } from './Fields';

const base = { path: 'D0[0].imponibile', label: 'Campo', findings: [], onCommit: () => undefined };

/** The input's value and class as the editor shows them for a value of the model. */
const shown = (html: string) => {
  const input = /<input[^>]*>/.exec(html)?.[0] ?? '';
  return { value: /value="([^"]*)"/.exec(input)?.[1], className: /class="([^"]*)"/.exec(input)?.[1] };
};

describe('the editor inputs of typed values', () => {
  it.each([
    ['an amount', AmountInput, '1234.5', '1.234,50', 'form-control text-end'],
    ['a part-time percentage', PercentInput, '66670', '66,67', 'form-control text-end'],
    ['a day', DayInput, '2026-01-05', '05/01/2026', 'form-control'],
    ['a month', MonthInput, '2026-01', '01/2026', 'form-control'],
  ] as const)('show %s the Italian way, figures on the right', (_, Input, value, text, className) => {
    expect(shown(renderToStaticMarkup(createElement(Input, { ...base, value })))).toEqual({
      value: text,
      className,
    });
  });

  it('show an amount the model omits as an empty field', () => {
    const html = renderToStaticMarkup(createElement(OptionalAmountInput, { ...base, value: undefined }));
    expect(shown(html).value).toBe('');
  });
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DateField } from './DateInput';
import { InputField, SelectField } from './FormField';

const markup = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

describe('form fields', () => {
  it('put the label over its control, tied by the id, small in dense panels', () => {
    expect(
      markup(
        createElement(InputField, {
          id: 'q',
          label: 'Cerca',
          compact: true,
          wrapperClassName: 'col-2',
          className: 'is-invalid',
          value: 'x',
          readOnly: true,
        }),
      ),
    ).toBe(
      '<div class="col-2"><label class="form-label small" for="q">Cerca</label>' +
        '<input class="form-control form-control-sm is-invalid" id="q" readOnly="" value="x"/></div>',
    );
    expect(
      markup(
        createElement(SelectField, { id: 's', label: 'Stato', children: createElement('option', null, 'a') }),
      ),
    ).toBe(
      '<div><label class="form-label" for="s">Stato</label><select class="form-select" id="s"><option>a</option></select></div>',
    );
  });

  it('give a date field the same frame', () => {
    const html = markup(
      createElement(DateField, {
        id: 'd',
        kind: 'month',
        label: 'Da',
        compact: true,
        value: '',
        onValue: () => {},
      }),
    );
    expect(html).toMatch(/^<div><label class="form-label small" for="d">Da<\/label><input /);
    expect(html).toContain('class="form-control form-control-sm"');
  });
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RadioField } from './RadioField';

const field = (value: string | null, inline?: boolean) =>
  renderToStaticMarkup(
    createElement(RadioField<string>, {
      name: 'vista',
      legend: 'Vista',
      choices: ['elenco', 'mese'],
      value,
      optionLabel: (choice) => choice.toUpperCase(),
      onChoose: () => undefined,
      ...(inline ? { inline } : {}),
    }),
  );

describe('RadioField', () => {
  it('names the group by its legend and each radio by its label', () => {
    const html = field('mese');
    expect(html).toContain('<fieldset><legend>Vista</legend>');
    expect(html).toMatch(/<input id="vista-elenco" type="radio"[^>]* name="vista"/);
    expect(html).toContain('<label for="vista-mese" class="form-check-label">MESE</label>');
  });

  it('checks the value chosen and none when the value is not a choice', () => {
    expect(field('mese').match(/checked=""/g)).toHaveLength(1);
    expect(field('mese')).toMatch(/id="vista-mese"[^>]*checked=""/);
    expect(field(null)).not.toContain('checked');
  });

  it('lays the radios side by side when inline', () => {
    expect(field(null, true)).toContain('class="form-check form-check-inline"');
    expect(field(null)).not.toContain('form-check-inline');
  });
});

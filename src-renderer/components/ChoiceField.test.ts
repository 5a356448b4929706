import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChoiceField } from './ChoiceField';

describe('ChoiceField', () => {
  it('offers "any" first, then each choice with its label, the current one selected', () => {
    const markup = renderToStaticMarkup(
      createElement(ChoiceField<'ok' | 'errore'>, {
        id: 'esito',
        label: 'Esito',
        value: 'errore',
        choices: ['ok', 'errore'],
        optionLabel: (choice) => choice.toUpperCase(),
        anyLabel: 'Tutti',
        onChoose: () => undefined,
      }),
    );
    expect(markup).toBe(
      '<div><label class="form-label" for="esito">Esito</label><select class="form-select" id="esito">' +
        '<option value="">Tutti</option><option value="ok">OK</option>' +
        '<option value="errore" selected="">ERRORE</option></select></div>',
    );
  });
});

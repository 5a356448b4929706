import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AsyncView, type Loaded } from './AsyncView';

const view = (state: Loaded<number>, failedClassName?: string) =>
  renderToStaticMarkup(
    createElement(AsyncView<number>, {
      state,
      loading: 'Caricamento…',
      failed: (message) => `Non riuscito: ${message}`,
      ...(failedClassName ? { failedClassName } : {}),
      children: (value) => createElement('output', null, value * 2),
    }),
  );

describe('AsyncView', () => {
  it('says the load is on its way as a status', () => {
    expect(view({ kind: 'loading' })).toBe('<p role="status">Caricamento…</p>');
  });

  it('says why the load failed as an alert, in the look the screen asks for', () => {
    expect(view({ kind: 'failed', message: 'servizio assente' })).toBe(
      '<p class="alert alert-danger" role="alert">Non riuscito: servizio assente</p>',
    );
    expect(view({ kind: 'failed', message: 'x' }, 'text-danger')).toContain('class="text-danger"');
  });

  it('shows the content made from the value once it is there, and nothing else', () => {
    expect(view({ kind: 'done', value: 21 })).toBe('<output>42</output>');
  });
});

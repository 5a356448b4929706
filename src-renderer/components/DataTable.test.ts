import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

const table = (rows: readonly string[], empty?: string) =>
  renderToStaticMarkup(
    createElement(DataTable<string>, {
      caption: 'Elenco',
      testId: 'elenco',
      rows,
      rowKey: (row) => row,
      columns: [{ header: 'Nome', cell: (row) => row }],
      empty,
    }),
  );

describe('DataTable', () => {
  it('says what it was given for an empty list instead of an empty table', () => {
    expect(table([], 'Nessun elemento')).toBe('<p>Nessun elemento</p>');
    expect(table(['a'], 'Nessun elemento')).toContain('<td>a</td>');
  });

  it('keeps an empty table where nothing is said for an empty list', () => {
    expect(table([])).toContain('<table');
  });
});

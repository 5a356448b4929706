import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

const table = (
  rows: readonly string[],
  empty?: string,
  heading?: { level: 2 | 3; className?: string },
  note?: string,
) =>
  renderToStaticMarkup(
    createElement(DataTable<string>, {
      caption: 'Elenco',
      testId: 'elenco',
      rows,
      rowKey: (row) => row,
      columns: [{ header: 'Nome', cell: (row) => row }],
      empty,
      ...(heading ? { heading } : {}),
      ...(note !== undefined ? { note } : {}),
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

  it('names the table by a hidden caption when it has no heading', () => {
    expect(table(['a'])).toContain('<caption class="visually-hidden">Elenco</caption>');
  });

  it('shows its heading once and is named by it, also over an empty list', () => {
    const html = table(['a'], undefined, { level: 2, className: 'h5' });
    expect(html).toContain('<h2 id="elenco-title" class="h5">Elenco</h2>');
    expect(html).toContain('aria-labelledby="elenco-title"');
    expect(html).not.toContain('<caption');
    expect(table([], 'Nessun elemento', { level: 3 })).toBe(
      '<h3 id="elenco-title">Elenco</h3><p>Nessun elemento</p>',
    );
  });

  it('shows a note under its heading and is described by it, so a screen reader reads the title once', () => {
    const html = table(['a'], undefined, { level: 3 }, 'Non inviate');
    expect(html).toContain('<h3 id="elenco-title">Elenco</h3><div id="elenco-note">Non inviate</div>');
    expect(html).toContain('aria-labelledby="elenco-title" aria-describedby="elenco-note"');
    expect(html).not.toContain('<caption');
  });
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';
import { actionsColumn } from './RowActions';

interface Delega {
  numero: string;
  attiva: boolean;
}

const noop = () => undefined;

const table = (rows: Delega[]) =>
  renderToStaticMarkup(
    createElement(DataTable<Delega>, {
      caption: 'Deleghe',
      testId: 'deleghe',
      rows,
      rowKey: (row) => row.numero,
      columns: [
        { header: 'Numero', rowHeader: true, cell: (row) => row.numero },
        actionsColumn<Delega>('Azioni', (row) => [
          { text: 'PDF', label: `Scarica il PDF della delega ${row.numero}`, onClick: noop },
          row.attiva && {
            text: 'Revoca',
            label: `Revoca la delega ${row.numero}`,
            tone: 'danger',
            onClick: noop,
          },
        ]),
      ],
    }),
  );

describe('actionsColumn', () => {
  it('names each button for its row, so the same verb in every row is told apart', () => {
    const html = table([
      { numero: '41', attiva: true },
      { numero: '42', attiva: true },
    ]);
    expect(html).toContain('aria-label="Revoca la delega 41"');
    expect(html).toContain('aria-label="Revoca la delega 42"');
    expect(html.match(/>Revoca<\/button>/g)).toHaveLength(2);
  });

  it('leaves out, for that row only, an action given as false', () => {
    const html = table([
      { numero: '41', attiva: false },
      { numero: '42', attiva: true },
    ]);
    expect(html).not.toContain('Revoca la delega 41');
    expect(html).toContain('Revoca la delega 42');
    expect(html).toContain('Scarica il PDF della delega 41');
  });

  it('draws every row button at one size, outlined unless main, red when it takes away', () => {
    const html = table([{ numero: '41', attiva: true }]);
    const classes = [...html.matchAll(/<button[^>]*class="([^"]*)"/g)].map((match) => match[1]);
    expect(classes).toHaveLength(2);
    for (const found of classes) expect(found).toContain('btn-sm');
    expect(classes[0]).toContain('btn-outline-primary');
    expect(classes[1]).toContain('btn-outline-danger');
  });
});

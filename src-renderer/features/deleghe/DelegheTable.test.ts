import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DelegheTable } from './DelegheTable';

const delega = {
  numeroRichiesta: 'DLG-2026-000042',
  request: { ente: { denominazione: 'Comune di Borgo San Vitale' } },
  posizioneId: '82001450343-00001',
  stato: 'Attiva',
};

describe('DelegheTable', () => {
  it('marks each row by its numero and opens it with numero and ente, then the columns given', () => {
    const html = renderToStaticMarkup(
      createElement(DelegheTable<typeof delega>, {
        caption: 'Deleghe',
        testId: 'deleghe-table',
        rows: [delega],
        posizione: (row) => row.posizioneId,
        columns: [{ header: 'Stato', cell: (row) => row.stato }],
      }),
    );
    expect(html).toContain('<tr data-numero="DLG-2026-000042">');
    expect(html).toMatch(
      /<th scope="row" class="font-monospace">DLG-2026-000042<\/th><td>Comune di Borgo San Vitale<br\/><span class="font-monospace">82001450343-00001<\/span><\/td><td>Attiva<\/td>/,
    );
  });
});

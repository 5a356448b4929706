import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Gestioni, Periodo } from '../../../shared/domain/listapospa/model';
import { GEST_PENSIONISTICA, GEST_PREVIDENZIALE } from '../../../shared/domain/listapospa/tracciato';
import { GestioniFields } from './GestioneFieldset';
import { fieldId } from './fieldId';
import { GESTIONE_SPECS, addRecuperoSgravi, removeRecuperoSgravi, setRecuperoSgraviField } from './quadri';

const BASE = 'azienda.listaPosPA.posPA[0].d0[0].e0[0]';
const periodo = (gestioni: Gestioni): Periodo => ({
  giornoInizio: '2025-04-01',
  giornoFine: '2025-04-30',
  gestioni,
});
const pensionistica = () => ({ codGestione: '2', imponibile: '1000.00', contributo: '242.00' });

describe('RecuperoSgravi rows of a GestPensionistica', () => {
  it('adds a row for the month of the period, edits it, and drops the list with its last row', () => {
    const g: Gestioni = { pensionistica: pensionistica() };
    addRecuperoSgravi(g, periodo(g));
    expect(g.pensionistica?.recuperoSgravi).toEqual([
      { annoRif: '2025', meseRif: '4', codiceRecupero: '', importo: '0.00' },
    ]);
    setRecuperoSgraviField(g, 0, 'codiceRecupero', '57');
    setRecuperoSgraviField(g, 0, 'importo', '13.54');
    setRecuperoSgraviField(g, 0, 'altroImponibile', '100.00');
    setRecuperoSgraviField(g, 0, 'altroImponibile', '');
    expect(g.pensionistica?.recuperoSgravi).toEqual([
      { annoRif: '2025', meseRif: '4', codiceRecupero: '57', importo: '13.54' },
    ]);
    removeRecuperoSgravi(g, 0);
    expect(g.pensionistica).toEqual(pensionistica());
  });

  it('shows every field of each row the file carries, with the ids the findings point at', () => {
    const g: Gestioni = {
      pensionistica: {
        ...pensionistica(),
        recuperoSgravi: [
          { annoRif: '2025', meseRif: '4', codiceRecupero: '57', importo: '13.54' },
          { annoRif: '2025', meseRif: '5', codiceRecupero: '57', altroImponibile: '1.00', importo: '13.54' },
        ],
      },
    };
    const html = renderToStaticMarkup(
      createElement(GestioniFields, { base: BASE, periodo: periodo(g), findings: [], onChange: () => {} }),
    );
    for (const row of [0, 1]) {
      for (const key of ['annoRif', 'meseRif', 'codiceRecupero', 'altroImponibile', 'importo']) {
        expect(html).toContain(
          `id="${fieldId(`${BASE}.gestioni.pensionistica.recuperoSgravi[${row}].${key}`)}"`,
        );
      }
    }
    expect(html).toContain('Aggiungi RecuperoSgravi');
  });
});

describe('the editor’s gestioni follow the tracciato', () => {
  it('offers every optional field the description gives a gestione, in its order', () => {
    const optionalLeaves = (fields: Record<string, { kind: string; optional: boolean }>) =>
      Object.entries(fields)
        .filter(([, field]) => field.kind === 'leaf' && field.optional)
        .map(([key]) => key);
    const extras = (key: string) => GESTIONE_SPECS.find((spec) => spec.key === key)?.extras.map((e) => e.key);
    expect(extras('pensionistica')).toEqual(optionalLeaves(GEST_PENSIONISTICA.fields));
    expect(extras('previdenziale')).toEqual(optionalLeaves(GEST_PREVIDENZIALE.fields));
  });
});

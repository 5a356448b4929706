import { describe, expect, it } from 'vitest';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { useEditorStore } from './editorStore';

/** The editor's incremental checks give the same answers as checking everything again. */

describe('ListaPosPA editor store', () => {
  it('re-checks the edited worker, keeps totals exact, and sees a duplicate codice fiscale', () => {
    const store = useEditorStore.getState();
    store.load('POS1', 1, '2026-02-10T09:00:00Z', sampleDenuncia(3));
    expect(useEditorStore.getState().totals.find((t) => t.codGestione === '2')).toEqual({
      codGestione: '2',
      imponibile: '6000.00',
      contributo: '1959.00',
    });

    useEditorStore.getState().updateD0(1, (d0) => {
      const pens = d0.e0[0]?.gestioni.pensionistica;
      if (pens) pens.imponibile = '2100.00';
    });
    const afterAmount = useEditorStore.getState();
    expect(afterAmount.totals.find((t) => t.codGestione === '2')?.imponibile).toBe('6100.00');
    expect(afterAmount.d0Findings[1]?.map((f) => f.code)).toEqual(['CE011', 'CE016']);
    expect(afterAmount.d0Findings[0]).toEqual([]);

    const first = afterAmount.d0[0]?.cfLavoratore ?? '';
    useEditorStore.getState().updateD0(2, (d0) => (d0.cfLavoratore = first));
    expect(useEditorStore.getState().denunciaFindings.map((f) => [f.code, f.path])).toEqual([
      ['CE012', 'azienda.listaPosPA.posPA[0].d0[2].cfLavoratore'],
    ]);

    useEditorStore.getState().removeD0(2);
    const afterRemove = useEditorStore.getState();
    expect(afterRemove.denunciaFindings).toEqual([]);
    expect(afterRemove.totals.find((t) => t.codGestione === '2')?.imponibile).toBe('4100.00');
    useEditorStore.getState().close();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_CF_ENTE, sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { useEditorStore } from './editorStore';

/** The frontespizio and the rate overrides in the editor store: what the two panels rely on. */

afterEach(() => {
  useEditorStore.getState().setRateOverrides({});
  useEditorStore.getState().close();
});

describe('frontespizio edits', () => {
  it('re-run the denuncia rules at the field path and clear once fixed', () => {
    useEditorStore.getState().load('POS1', 1, '2026-02-10T09:00:00Z', sampleDenuncia(2));
    useEditorStore.getState().updateFrontespizio((f) => (f.datiMittente.cfMittente = '80000012340'));
    expect(useEditorStore.getState().denunciaFindings.map((f) => [f.code, f.path])).toEqual([
      ['CE030', 'datiMittente.cfMittente'],
    ]);
    // The D0 stay where they were, untouched.
    expect(useEditorStore.getState().d0).toHaveLength(2);
    expect(useEditorStore.getState().frontespizio?.azienda.listaPosPA.posPA).toEqual([{ d0: [] }]);

    useEditorStore.getState().updateFrontespizio((f) => (f.datiMittente.cfMittente = SAMPLE_CF_ENTE));
    expect(useEditorStore.getState().denunciaFindings).toEqual([]);
  });

  it('switching to a variazione re-checks every worker (their E0 are no longer allowed, CE008)', () => {
    useEditorStore.getState().load('POS1', 1, '2026-02-10T09:00:00Z', sampleDenuncia(2));
    useEditorStore.getState().updateFrontespizio((f) => (f.azienda.listaPosPA.tipo = 'variazione'));
    const { d0Findings } = useEditorStore.getState();
    expect(d0Findings.map((findings) => findings.map((f) => f.code))).toEqual([['CE008'], ['CE008']]);
  });
});

describe('rate overrides', () => {
  it('re-check every worker against the overridden rate (CE011), and back', () => {
    useEditorStore.getState().load('POS1', 1, '2026-02-10T09:00:00Z', sampleDenuncia(2));
    useEditorStore.getState().setRateOverrides({ 'pensionistica:2': '33' });
    const { d0Findings, rateOverrides } = useEditorStore.getState();
    expect(rateOverrides).toEqual({ 'pensionistica:2': '33' });
    expect(d0Findings.map((findings) => findings.map((f) => f.code))).toEqual([['CE011'], ['CE011']]);
    useEditorStore.getState().setRateOverrides({});
    expect(useEditorStore.getState().d0Findings).toEqual([[], []]);
  });

  it('apply to a draft opened after they were set', () => {
    useEditorStore.getState().setRateOverrides({ 'pensionistica:2': '33' });
    useEditorStore.getState().load('POS1', 1, '2026-02-10T09:00:00Z', sampleDenuncia(1));
    expect(useEditorStore.getState().d0Findings[0]?.map((f) => f.code)).toEqual(['CE011']);
  });
});

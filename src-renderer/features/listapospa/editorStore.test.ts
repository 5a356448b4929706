import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DENUNCIA_RULES, contextOf, type Finding } from '../../../shared/domain/listapospa/rules';
import { sampleCfPersona, sampleD0, sampleDenuncia } from '../../../shared/domain/listapospa/sample';
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

/** Edits the property test draws: change a codice fiscale, add a worker, remove one. */
type Edit =
  { kind: 'cf'; at: number; cf: number } | { kind: 'add'; cf: number } | { kind: 'remove'; at: number };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('cf' as const), at: fc.nat(20), cf: fc.nat(4) }),
  fc.record({ kind: fc.constant('add' as const), cf: fc.nat(4) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(20) }),
);

/** What the full rules say of the same workers, as export and CLI would check them. */
function fullDenunciaFindings(): Finding[] {
  const { frontespizio, d0 } = useEditorStore.getState();
  if (!frontespizio) throw new Error('nessuna bozza aperta');
  const denuncia = {
    ...frontespizio,
    azienda: { ...frontespizio.azienda, listaPosPA: { ...frontespizio.azienda.listaPosPA, posPA: [{ d0 }] } },
  };
  const findings: Finding[] = [];
  const context = contextOf(denuncia, '2026-02-10');
  for (const rule of DENUNCIA_RULES)
    rule.check(denuncia, context, (path, message) =>
      findings.push({ code: rule.code, rule: rule.name, severity: rule.severity, path, message }),
    );
  return findings;
}

describe('ListaPosPA editor store, duplicate codici fiscali', () => {
  it('the incremental duplicate check equals the full rule after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(4), { maxLength: 8 }),
        fc.array(editArbitrary, { maxLength: 25 }),
        (start, edits) => {
          const denuncia = sampleDenuncia(start.length);
          denuncia.azienda.listaPosPA.posPA[0]?.d0.forEach(
            (d0, i) => (d0.cfLavoratore = sampleCfPersona(start[i] ?? 0)),
          );
          useEditorStore.getState().load('POS1', 1, '2026-02-10T09:00:00Z', denuncia);
          expect(useEditorStore.getState().denunciaFindings).toEqual(fullDenunciaFindings());
          for (const edit of edits) {
            const store = useEditorStore.getState();
            const at = store.d0.length ? ('at' in edit ? edit.at % store.d0.length : 0) : -1;
            if (edit.kind === 'cf' && at >= 0)
              store.updateD0(at, (d0) => (d0.cfLavoratore = sampleCfPersona(edit.cf)));
            else if (edit.kind === 'add')
              store.addD0({ ...sampleD0(100 + edit.cf), cfLavoratore: sampleCfPersona(edit.cf) });
            else if (edit.kind === 'remove' && at >= 0) store.removeD0(at);
            expect(useEditorStore.getState().denunciaFindings).toEqual(fullDenunciaFindings());
          }
          useEditorStore.getState().close();
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a sent draft in the editor', () => {
  it('ignores edits and saves nothing', async () => {
    const store = useEditorStore.getState();
    store.load('POS1', 4, '2026-02-10T09:00:00Z', sampleDenuncia(2), {
      invio: { stato: 'inviata', protocollo: 'POS1-L0001', esito: 'acquisita', dataInvio: '2026-02-10' },
    });
    const before = useEditorStore.getState();
    before.updateD0(0, (d0) => (d0.cognome = 'CAMBIATO'));
    before.addD0(sampleD0(9));
    before.removeD0(1);
    before.updateFrontespizio((f) => (f.azienda.listaPosPA.tipo = 'variazione'));
    const after = useEditorStore.getState();
    expect(after.d0).toBe(before.d0);
    expect(after.frontespizio).toBe(before.frontespizio);
    const calls: string[] = [];
    await after.flush({ call: async (name: string) => (calls.push(name), { ok: false }) } as never);
    expect(calls).toEqual([]);
    useEditorStore.getState().close();
  });
});

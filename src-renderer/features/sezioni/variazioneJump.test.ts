// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ContractClient } from '../../../shared/contract';
import type { AnagraficaPosizione } from '../../../shared/domain/cassettoApi';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { useEditorStore } from '../listapospa/editorStore';
import { openVariazioneOn } from './variazioneJump';

/** The jump from a DMA's errors: which draft it opens, and on which worker. */

const posizione = {
  id: '82001450343-00001',
  codiceFiscaleEnte: '82001450343',
  progressivo: '00001',
  denominazione: 'Comune di Borgo San Vitale',
} as AnagraficaPosizione;

const draftOf = (denuncia = sampleDenuncia(3, '2026-03'), extra: object = {}) => ({
  posizioneId: posizione.id,
  annoMese: '2026-03',
  revision: 1,
  savedAt: '2026-04-10T09:00:00Z',
  denuncia,
  ...extra,
});

/** A client answering each call from a table, recording what was asked. */
function clientAnswering(answers: Record<string, unknown>): { client: ContractClient; asked: string[] } {
  const asked: string[] = [];
  const client = {
    call: async (name: string) => {
      asked.push(name);
      const answer = answers[name];
      return answer instanceof Error
        ? { ok: false, error: { code: answer.message, message: `${answer.message}!` } }
        : { ok: true, value: answer };
    },
    on: () => () => undefined,
  } as unknown as ContractClient;
  return { client, asked };
}

afterEach(() => useEditorStore.getState().close());

describe('openVariazioneOn', () => {
  it('derives a variazione of a sent draft and selects the worker it already lists', async () => {
    const derived = draftOf(sampleDenuncia(3, '2026-03'));
    derived.denuncia.azienda.listaPosPA.tipo = 'variazione';
    const cf = derived.denuncia.azienda.listaPosPA.posPA[0]!.d0[2]!.cfLavoratore;
    const { client, asked } = clientAnswering({
      'listapospa.drafts.open': draftOf(undefined, { invio: { protocollo: 'P1' } }),
      'listapospa.drafts.derive': derived,
    });
    expect(await openVariazioneOn(client, posizione, '2026-03', cf)).toBeNull();
    expect(asked).toEqual(['listapospa.drafts.open', 'listapospa.drafts.derive']);
    const editor = useEditorStore.getState();
    expect(editor.frontespizio?.azienda.listaPosPA.tipo).toBe('variazione');
    expect(editor.selected).toBe(2);
    expect(editor.d0).toHaveLength(3);
    expect(window.location.hash).toBe('#/listapospa');
  });

  it('creates a new variazione with the worker when the month has no draft here', async () => {
    const { client, asked } = clientAnswering({
      'listapospa.drafts.open': new Error('NOT_FOUND'),
      'listapospa.drafts.create': draftOf(sampleDenuncia(0, '2026-03')),
    });
    expect(await openVariazioneOn(client, posizione, '2026-03', 'RSSMRA80A01H501U')).toBeNull();
    expect(asked).toEqual(['listapospa.drafts.open', 'listapospa.drafts.create']);
    const editor = useEditorStore.getState();
    expect(editor.frontespizio?.azienda.listaPosPA.tipo).toBe('variazione');
    expect(editor.d0.map((d0) => d0.cfLavoratore)).toEqual(['RSSMRA80A01H501U']);
    expect(editor.selected).toBe(0);
  });

  it('says why when INPS or the draft store refuses', async () => {
    const { client } = clientAnswering({ 'listapospa.drafts.open': new Error('UNAVAILABLE') });
    expect(await openVariazioneOn(client, posizione, '2026-03', 'RSSMRA80A01H501U')).toBe('UNAVAILABLE!');
    expect(useEditorStore.getState().frontespizio).toBeNull();
  });
});

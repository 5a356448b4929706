import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContractClient } from '../../shared/contract';
import type { AnagraficaPosizione } from '../../shared/domain/cassettoApi';
import { sampleDenuncia } from '../../shared/domain/listapospa/sample';
import { savePendingEdits, setEditorClient, useEditorStore } from '../features/listapospa/editorStore';
import { usePosizioneStore } from './posizioneStore';

/**
 * Offices share computers: what the renderer holds for one user and posizione (the open draft,
 * its checks, a pending autosave, the rates) goes at logout, at a change of user and of posizione.
 */

interface Call {
  name: string;
  input: { posizioneId?: string; revision?: number };
}

/** Answers every call at once with `value`; a save with its revision plus one. */
function recordingClient(calls: Call[]): ContractClient {
  return {
    call: (name: string, input: Call['input']) => {
      calls.push({ name, input });
      if (name === 'listapospa.drafts.save')
        return Promise.resolve({
          ok: true,
          value: { revision: (input.revision ?? 0) + 1, savedAt: '2026-02-10T09:01:00Z' },
        });
      return Promise.resolve({ ok: true, value: { id: input.posizioneId } });
    },
  } as unknown as ContractClient;
}

const posizione = (id: string) => ({ kind: 'ready', value: { id } as AnagraficaPosizione }) as const;

const openDraft = (posizioneId: string) => {
  useEditorStore.getState().load(posizioneId, 3, '2026-02-10T09:00:00Z', sampleDenuncia(2));
  useEditorStore.getState().setRateOverrides({ 'pensionistica:2': '33.00' });
};

let calls: Call[];
let client: ContractClient;

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  client = recordingClient(calls);
  setEditorClient(client);
  usePosizioneStore.setState({ selected: posizione('POS1') });
});
afterEach(() => {
  useEditorStore.getState().reset();
  vi.useRealTimers();
});

describe('renderer state of one user and posizione', () => {
  it('a logout or another user leaves the editor empty: no draft, no workers, no rates', () => {
    openDraft('POS1');
    expect(useEditorStore.getState().d0).toHaveLength(2);

    // What App does on auth.changed.
    usePosizioneStore.getState().reset();

    const editor = useEditorStore.getState();
    expect(editor.frontespizio).toBeNull();
    expect(editor.d0).toEqual([]);
    expect(editor.totals).toEqual([]);
    expect(editor.posizioneId).toBe('');
    expect(editor.rateOverrides).toEqual({});
    expect(usePosizioneStore.getState().selected).toEqual({ kind: 'idle' });
  });

  it('an autosave still waiting at a change of user is dropped, never saved as the next user’s', async () => {
    openDraft('POS1');
    useEditorStore.getState().updateD0(0, (d0) => (d0.cfLavoratore = d0.cfLavoratore.toLowerCase()));
    usePosizioneStore.getState().reset();
    await vi.runAllTimersAsync();
    expect(calls.filter((call) => call.name === 'listapospa.drafts.save')).toEqual([]);
  });

  it('choosing another posizione closes the draft of the first, saving its waiting edits first', async () => {
    openDraft('POS1');
    useEditorStore.getState().updateD0(1, (d0) => (d0.cfLavoratore = d0.cfLavoratore.toLowerCase()));

    await usePosizioneStore.getState().select(client, 'POS2');

    expect(calls.filter((call) => call.name === 'listapospa.drafts.save')).toEqual([
      {
        name: 'listapospa.drafts.save',
        input: expect.objectContaining({ posizioneId: 'POS1', revision: 3 }),
      },
    ]);
    const editor = useEditorStore.getState();
    expect(editor.frontespizio).toBeNull();
    expect(editor.posizioneId).toBe('');
    // The answer of that save came after the reset: it does not bring the closed draft back.
    expect(editor.revision).toBe(0);
    await vi.runAllTimersAsync();
    expect(calls.filter((call) => call.name === 'listapospa.drafts.save')).toHaveLength(1);
  });

  it('choosing the same posizione again keeps its open draft', async () => {
    openDraft('POS1');
    await usePosizioneStore.getState().select(client, 'POS1');
    expect(useEditorStore.getState().posizioneId).toBe('POS1');
    expect(useEditorStore.getState().d0).toHaveLength(2);
  });

  it('signing out saves the edits still waiting for the autosave, then forgets them', async () => {
    openDraft('POS1');
    useEditorStore.getState().updateD0(0, (d0) => (d0.cfLavoratore = d0.cfLavoratore.toLowerCase()));
    await savePendingEdits();
    expect(calls.map((call) => call.name)).toEqual(['listapospa.drafts.save']);
    usePosizioneStore.getState().reset();
    expect(useEditorStore.getState().frontespizio).toBeNull();
  });
});

import { create } from 'zustand';
import type { ContractClient } from '../../shared/contract';
import type { AnagraficaPosizione, PosizioneContributiva } from '../../shared/domain/cassettoApi';
import { resetScope } from './scopeReset';

type Load<T> =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; message: string };

interface PosizioneState {
  ricerca: Load<PosizioneContributiva[]>;
  /** The posizione chosen from the Ricerca: it activates the menu of its services. */
  selected: Load<AnagraficaPosizione>;
  loadRicerca(client: ContractClient): Promise<void>;
  select(client: ContractClient, id: string): Promise<boolean>;
  /** The user changed (logout, another sign-in): drops everything held for the previous one. */
  reset(): void;
}

export const usePosizioneStore = create<PosizioneState>((set, get) => ({
  ricerca: { kind: 'idle' },
  selected: { kind: 'idle' },
  async loadRicerca(client) {
    set({ ricerca: { kind: 'loading' } });
    const result = await client.call('ricerca.list', {});
    set({
      ricerca: result.ok
        ? { kind: 'ready', value: result.value }
        : { kind: 'error', message: result.error.message },
    });
  },
  async select(client, id) {
    const before = get().selected;
    // Another posizione: nothing of the previous one (an open draft…) stays on screen.
    if (before.kind !== 'ready' || before.value.id !== id) resetScope('posizione');
    set({ selected: { kind: 'loading' } });
    const result = await client.call('posizione.select', { id });
    set({
      selected: result.ok
        ? { kind: 'ready', value: result.value }
        : { kind: 'error', message: result.error.message },
    });
    return result.ok;
  },
  reset() {
    resetScope('user');
    set({ ricerca: { kind: 'idle' }, selected: { kind: 'idle' } });
  },
}));

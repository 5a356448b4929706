import { create } from 'zustand';
import type { ContractClient } from '../../shared/contract';
import type { AnagraficaPosizione, PosizioneContributiva } from '../../shared/domain/cassettoApi';

type Load<T> =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; message: string };

interface PosizioneState {
  ricerca: Load<PosizioneContributiva[]>;
  /** The posizione chosen from the Ricerca: it activates the menu of its services. */
  selected: Load<AnagraficaPosizione>;
  loadRicerca(client: ContractClient): Promise<void>;
  select(client: ContractClient, id: string): Promise<boolean>;
  reset(): void;
}

export const usePosizioneStore = create<PosizioneState>((set) => ({
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
    set({ ricerca: { kind: 'idle' }, selected: { kind: 'idle' } });
  },
}));

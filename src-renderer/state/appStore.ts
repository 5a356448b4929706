import { create } from 'zustand';
import type { AppInfo, ContractClient, Settings } from '../../shared/contract';

type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

interface AppState {
  status: Status;
  info: AppInfo | null;
  settings: Settings | null;
  load(client: ContractClient): Promise<void>;
  settingsSaved(settings: Settings): void;
}

/** What the shell needs from main: who we are, where we point. */
export const useAppStore = create<AppState>((set) => ({
  status: { kind: 'loading' },
  info: null,
  settings: null,
  async load(client) {
    set({ status: { kind: 'loading' } });
    const [info, settings] = await Promise.all([
      client.call('app.info', {}),
      client.call('settings.get', {}),
    ]);
    if (!info.ok) return set({ status: { kind: 'error', message: info.error.message } });
    if (!settings.ok) return set({ status: { kind: 'error', message: settings.error.message } });
    set({ status: { kind: 'ready' }, info: info.value, settings: settings.value });
  },
  settingsSaved(settings) {
    set((state) => ({
      settings,
      info: state.info ? { ...state.info, mode: settings.environment } : state.info,
    }));
  },
}));

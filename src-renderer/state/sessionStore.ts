import { create } from 'zustand';
import type { AuthStatus, ContractClient } from '../../shared/contract';
import { flushAllPending } from './pendingActions';

interface SessionState {
  status: AuthStatus | null;
  /** A failure to start the login (bridge unreachable…), shown on the login screen. */
  startError: string | null;
  /** The bridge page, when the browser blocked the new tab: the user opens it from a link. */
  pendingUrl: string | null;
  /** Electron could not open the system browser: the user copies the address. */
  browserError: string | null;
  busy: boolean;
  load(client: ContractClient): Promise<void>;
  changed(status: AuthStatus): void;
  login(client: ContractClient): Promise<void>;
  cancel(client: ContractClient): Promise<void>;
  logout(client: ContractClient): Promise<void>;
}

const openTab = (url: string) => window.open(url, '_blank', 'noopener,noreferrer');

/** The session as the renderer knows it: who is signed in, never a token. */
export const useSessionStore = create<SessionState>((set) => ({
  status: null,
  startError: null,
  pendingUrl: null,
  browserError: null,
  busy: false,
  async load(client) {
    const result = await client.call('auth.status', {});
    if (result.ok) set({ status: result.value });
  },
  changed(status) {
    set({ status, ...(status.state !== 'signing-in' ? { pendingUrl: null, browserError: null } : {}) });
  },
  async login(client) {
    set({ busy: true, startError: null, pendingUrl: null, browserError: null });
    const result = await client.call('auth.login', {});
    set({ busy: false });
    if (!result.ok) return set({ startError: result.error.message });
    if (result.value.browserError) return set({ browserError: result.value.browserError });
    // In the web host the bridge opens in a new tab; Electron already opened the system browser.
    if (!result.value.openedBySystem && openTab(result.value.authorizationUrl) === null) {
      set({ pendingUrl: result.value.authorizationUrl });
    }
  },
  async cancel(client) {
    const result = await client.call('auth.cancel', {});
    if (result.ok) set({ status: result.value, pendingUrl: null, browserError: null });
  },
  async logout(client) {
    set({ busy: true });
    // A revoca still in its seconds of "Annulla" is carried out while the session still holds.
    await flushAllPending();
    const result = await client.call('auth.logout', {});
    set({ busy: false });
    if (result.ok && result.value.endSessionUrl && !result.value.openedBySystem)
      openTab(result.value.endSessionUrl);
  },
}));

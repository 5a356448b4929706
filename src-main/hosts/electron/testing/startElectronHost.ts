import { vi } from 'vitest';
import { createFakeElectron, type FakeElectron } from './fakeElectron';

/** The fake the running main.ts sees; set before each start. */
export const current: { fake: FakeElectron | null } = { fake: null };

/**
 * Starts src-main/hosts/electron/main.ts afresh against a new fake Electron and waits until it
 * has made its window.
 */
export async function startElectronHost(
  prepare: (fake: FakeElectron) => void = () => undefined,
  /** Runs once main.ts is loaded, before Electron's `ready`. */
  beforeReady: (fake: FakeElectron) => void = () => undefined,
): Promise<FakeElectron> {
  const fake = createFakeElectron();
  current.fake = fake;
  prepare(fake);
  vi.resetModules();
  // Registered anew at each start, so this start's main.ts (and electron-store) get this fake.
  vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
  await import('../main');
  beforeReady(fake);
  fake.ready();
  // Until the window is loaded, or the host has chosen to leave (another instance, a held folder).
  await vi.waitFor(() => {
    if (!fake.windows[0]?.loadedUrl && fake.recorded('app.quit').length === 0) {
      throw new Error('window not loaded yet');
    }
  }, 20_000);
  return fake;
}

/** Calls the contract as the app page does, through ipcMain. */
export async function ipcCall(fake: FakeElectron, name: string, input: unknown) {
  return (await fake.invoke('cassetto:call', name, input)) as {
    ok: boolean;
    value?: Record<string, unknown>;
    error?: { code: string; message: string };
  };
}

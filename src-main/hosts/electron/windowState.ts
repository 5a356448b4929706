import type { BrowserWindow } from 'electron';
import { z } from 'zod';

/** Where the window was, how big, and the zoom the user chose: kept across launches. */
const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(960).max(20_000),
  height: z.number().int().min(640).max(20_000),
  maximized: z.boolean(),
  zoomLevel: z.number().min(-8).max(9),
});
export type WindowState = z.output<typeof windowStateSchema>;

export interface StateStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const KEY = 'finestra';
export const defaultWindowState: WindowState = { width: 1280, height: 860, maximized: false, zoomLevel: 0 };

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Enough of the title bar on some screen to grab it: not on a monitor since unplugged. */
function reachable(state: WindowState, workAreas: Area[]): boolean {
  if (state.x === undefined || state.y === undefined) return true;
  const { x, y } = state;
  return workAreas.some(
    (area) =>
      x + 100 > area.x && x < area.x + area.width - 100 && y >= area.y && y < area.y + area.height - 50,
  );
}

/**
 * The remembered state, or the default when there is none or it is not one we wrote; a
 * position off every screen is dropped (the system centres the window), the size kept.
 */
export function loadWindowState(store: StateStore, workAreas: Area[]): WindowState {
  const parsed = windowStateSchema.safeParse(store.get(KEY));
  if (!parsed.success) return defaultWindowState;
  if (reachable(parsed.data, workAreas)) return parsed.data;
  const { x: _x, y: _y, ...rest } = parsed.data;
  return rest;
}

/** Remembers size, position and zoom as they change; restores the zoom once the page is in. */
export function trackWindowState(window: BrowserWindow, store: StateStore, initial: WindowState): void {
  const contents = window.webContents;
  contents.on('did-finish-load', () => contents.setZoomLevel(initial.zoomLevel));
  const save = () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    store.set(KEY, {
      x: bounds.x,
      y: bounds.y,
      width: Math.max(960, bounds.width),
      height: Math.max(640, bounds.height),
      maximized: window.isMaximized(),
      zoomLevel: contents.getZoomLevel(),
    } satisfies WindowState);
  };
  window.on('resize', save);
  window.on('move', save);
  // Zoom comes from the Visualizza menu; the zoom in force at close is the one to keep.
  window.on('close', save);
}

import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { ipcChannels, type Dispatch, type EventHub } from '../../../shared/contract';
import { isTrustedSender } from './windowPolicy';

/**
 * The only place that touches ipcMain: every call is checked for its sender frame, then goes
 * through the same dispatcher (input validated against the contract) as the web host.
 */
export function bindContract<C>(dispatch: Dispatch<C>, contextFor: (event: IpcMainInvokeEvent) => C): void {
  // The calls a renderer may still cancel, by its window and the id it gave (preload.ts).
  const cancellable = new Map<string, AbortController>();
  const keyOf = (sender: { id: number }, callId: unknown) =>
    typeof callId === 'string' && callId.length <= 40 ? `${sender.id}:${callId}` : null;
  ipcMain.handle(ipcChannels.call, async (event, name: unknown, input: unknown, callId?: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Mittente non ammesso.' } };
    }
    const key = keyOf(event.sender, callId);
    const controller = new AbortController();
    if (key) cancellable.set(key, controller);
    // The dispatcher answers values; should it throw anyway, the renderer still gets one.
    try {
      return await dispatch(name, input, contextFor(event), controller.signal);
    } catch (error) {
      console.error('[ipc] errore imprevisto', error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Errore interno imprevisto.' } };
    } finally {
      if (key && cancellable.get(key) === controller) cancellable.delete(key);
    }
  });
  ipcMain.on(ipcChannels.cancel, (event: IpcMainEvent, callId: unknown) => {
    const key = keyOf(event.sender, callId);
    if (key) cancellable.get(key)?.abort();
  });
}

/** Forwards every event to a window for as long as it lives. */
export function forwardEvents(events: EventHub, contents: WebContents): void {
  const unsubscribe = events.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, name, payload);
  });
  contents.once('destroyed', unsubscribe);
}

import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { ipcChannels, type Dispatch, type EventHub } from '../../../shared/contract';
import { isTrustedSender } from './windowPolicy';

/**
 * The only place that touches ipcMain: every call is checked for its sender frame, then goes
 * through the same dispatcher (input validated against the contract) as the web host.
 */
export function bindContract<C>(dispatch: Dispatch<C>, contextFor: (event: IpcMainInvokeEvent) => C): void {
  const inFlight = new InFlightCalls();
  ipcMain.handle(ipcChannels.call, async (event, name: unknown, input: unknown, callId?: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Mittente non ammesso.' } };
    }
    const { signal, done } = inFlight.start(event.sender, callId);
    // The dispatcher answers values; should it throw anyway, the renderer still gets one.
    try {
      return await dispatch(name, input, contextFor(event), signal);
    } catch (error) {
      console.error('[ipc] errore imprevisto', error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Errore interno imprevisto.' } };
    } finally {
      done();
    }
  });
  ipcMain.on(ipcChannels.cancel, (event: IpcMainEvent, callId: unknown) =>
    inFlight.cancel(event.sender, callId),
  );
}

/** What bindContract needs of a sender's WebContents: its id and the events that end its page. */
type CallSender = Pick<WebContents, 'id' | 'on' | 'once'>;

/**
 * The calls each window has running. A page that goes away (window closed, reloaded, its
 * renderer crashed) can no longer take an answer, so its calls are aborted: main stops making
 * files, reading drafts and calling INPS for nobody. The renderer cancels one call by the id it
 * gave (preload.ts).
 */
class InFlightCalls {
  private readonly windows = new Map<number, Map<AbortController, string | null>>();

  start(sender: CallSender, callId: unknown): { signal: AbortSignal; done: () => void } {
    const calls = this.callsOf(sender);
    const controller = new AbortController();
    calls.set(controller, typeof callId === 'string' && callId.length <= 40 ? callId : null);
    return { signal: controller.signal, done: () => calls.delete(controller) };
  }

  cancel(sender: { id: number }, callId: unknown): void {
    for (const [controller, id] of this.windows.get(sender.id) ?? []) {
      if (id !== null && id === callId) controller.abort();
    }
  }

  private callsOf(sender: CallSender): Map<AbortController, string | null> {
    const known = this.windows.get(sender.id);
    if (known) return known;
    const calls = new Map<AbortController, string | null>();
    this.windows.set(sender.id, calls);
    const abortAll = () => {
      for (const controller of calls.keys()) controller.abort();
      calls.clear();
    };
    sender.once('destroyed', () => {
      abortAll();
      this.windows.delete(sender.id);
    });
    sender.on('render-process-gone', abortAll);
    // A reload or another page; the app's own routes change only the hash (same document).
    sender.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) abortAll();
    });
    return calls;
  }
}

/** Forwards every event to a window for as long as it lives. */
export function forwardEvents(events: EventHub, contents: WebContents): void {
  const unsubscribe = events.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, name, payload);
  });
  contents.once('destroyed', unsubscribe);
}

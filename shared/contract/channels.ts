/**
 * The names that cross the process boundary. Kept free of zod so the sandboxed preload can
 * import them without pulling the schemas into its bundle.
 */
export const ipcChannels = {
  call: 'cassetto:call',
  event: 'cassetto:event',
  /** The renderer withdrew a call: its id, as given to `call`. */
  cancel: 'cassetto:cancel',
} as const;

/** Web host paths: POST a call, stream events. */
export const webRoutes = {
  callPrefix: '/api/call/',
  events: '/api/events',
  tokenHeader: 'x-cassetto-token',
} as const;

/** What the preload exposes on `window.cassetto`, and nothing more. */
export interface PreloadApi {
  /** `callId`: the renderer's name for this call, which `cancel` can withdraw. */
  invoke(name: string, input: unknown, callId?: string): Promise<unknown>;
  cancel(callId: string): void;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

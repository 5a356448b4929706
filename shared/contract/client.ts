import type { CallInput, CallName, CallOutput } from './calls';
import { events, type EventName, type EventPayload } from './events';
import type { PreloadApi } from './channels';
import { cancelledResult, isCallError, type CallError, type CallResult } from './result';

/**
 * What carries calls and events: Electron IPC through the preload, or HTTP to the web host.
 * When `signal` aborts, the transport tells main, which aborts the handler's signal.
 */
export interface Transport {
  invoke(name: string, input: unknown, signal?: AbortSignal): Promise<unknown>;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

export class CallFailed extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
    this.name = 'CallFailed';
  }
}

export interface CallOptions {
  /** Aborting cancels the call in main too; the call then answers CANCELLED at once. */
  signal?: AbortSignal;
}

export interface ContractClient {
  call<N extends CallName>(
    name: N,
    input: CallInput<N>,
    options?: CallOptions,
  ): Promise<CallResult<CallOutput<N>>>;
  /** Same as call, but throws CallFailed: for places where a failure is exceptional. */
  request<N extends CallName>(name: N, input: CallInput<N>, options?: CallOptions): Promise<CallOutput<N>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
}

const transportFailure = (error: unknown): CallResult<never> => ({
  ok: false,
  error: {
    code: 'UNAVAILABLE',
    message: `Servizio non raggiungibile${error instanceof Error && error.message ? `: ${error.message}` : '.'}`,
  },
});

function asResult<T>(raw: unknown): CallResult<T> {
  if (typeof raw === 'object' && raw !== null && 'ok' in raw) {
    const envelope = raw as { ok: unknown; value?: unknown; error?: unknown };
    if (envelope.ok === true) return { ok: true, value: envelope.value as T };
    if (envelope.ok === false && isCallError(envelope.error)) return { ok: false, error: envelope.error };
  }
  return { ok: false, error: { code: 'INTERNAL', message: 'Risposta non riconosciuta.' } };
}

export function createClient(transport: Transport): ContractClient {
  const call = async <N extends CallName>(name: N, input: CallInput<N>, options: CallOptions = {}) => {
    const { signal } = options;
    if (signal?.aborted) return cancelledResult;
    const answer = (async () => {
      try {
        return asResult<CallOutput<N>>(await transport.invoke(name, input, signal));
      } catch (error) {
        return signal?.aborted ? cancelledResult : transportFailure(error);
      }
    })();
    if (!signal) return answer;
    // The caller that cancelled is not kept waiting for main to notice.
    return new Promise<CallResult<CallOutput<N>>>((resolve) => {
      const onAbort = () => resolve(cancelledResult);
      signal.addEventListener('abort', onAbort, { once: true });
      void answer.then((result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      });
    });
  };
  return {
    call,
    async request(name, input, options) {
      const result = await call(name, input, options);
      if (!result.ok) throw new CallFailed(result.error);
      return result.value;
    },
    on(name, listener) {
      return transport.subscribe((eventName, payload) => {
        if (eventName !== name) return;
        const parsed = events[name].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof name>);
      });
    },
  };
}

/**
 * The preload's API as a Transport: a call given a signal gets an id, and aborting sends the
 * cancel message for that id (an AbortSignal cannot cross the context bridge).
 */
export function transportOfPreload(api: PreloadApi): Transport {
  let next = 0;
  return {
    invoke(name, input, signal) {
      if (!signal) return api.invoke(name, input);
      next += 1;
      const callId = `c${next}`;
      const cancel = () => api.cancel(callId);
      signal.addEventListener('abort', cancel, { once: true });
      return api.invoke(name, input, callId).finally(() => signal.removeEventListener('abort', cancel));
    },
    subscribe: (listener) => api.subscribe(listener),
  };
}

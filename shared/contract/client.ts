import type { CallInput, CallName, CallOutput } from './calls';
import { events, type EventName, type EventPayload } from './events';
import { isCallError, type CallError, type CallResult } from './result';

/** What carries calls and events: Electron IPC through the preload, or HTTP to the web host. */
export interface Transport {
  invoke(name: string, input: unknown): Promise<unknown>;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

export class CallFailed extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
    this.name = 'CallFailed';
  }
}

export interface ContractClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>>;
  /** Same as call, but throws CallFailed: for places where a failure is exceptional. */
  request<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
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
  const call = async <N extends CallName>(name: N, input: CallInput<N>) => {
    try {
      return asResult<CallOutput<N>>(await transport.invoke(name, input));
    } catch (error) {
      return transportFailure(error);
    }
  };
  return {
    call,
    async request(name, input) {
      const result = await call(name, input);
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

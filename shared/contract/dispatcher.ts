import type { z } from 'zod';
import '../zod/italian';
import { calls, type CallName, type CallOutput, type Calls } from './calls';
import { cancelledResult, ContractError, type CallResult, type FieldIssue } from './result';

/**
 * `signal` aborts when the caller cancels the call (the renderer's AbortSignal, carried by the
 * transport): long work passes it on to the service and stops.
 */
export type CallHandler<N extends CallName, C> = (
  input: z.output<Calls[N]['input']>,
  context: C,
  signal: AbortSignal,
) => Promise<CallOutput<N>> | CallOutput<N>;

export type CallHandlers<C> = { [N in CallName]: CallHandler<N, C> };

/** The handlers of one feature's group of calls; the composition spreads the groups together. */
export type HandlersFor<G extends Partial<Calls>, C> = { [N in keyof G & CallName]: CallHandler<N, C> };

/** `cancel`: the transport's signal that the caller withdrew this call. */
export type Dispatch<C> = (
  name: unknown,
  input: unknown,
  context: C,
  cancel?: AbortSignal,
) => Promise<CallResult<unknown>>;

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);

/**
 * The transport-neutral server side of the contract: checks the name, validates the input,
 * runs the handler, validates the output. Whatever happens, it answers a value, never throws.
 */
export function createDispatcher<C>(
  handlers: CallHandlers<C>,
  onUnexpected: (name: string, error: unknown) => void = () => undefined,
): Dispatch<C> {
  return dispatcherOver<C>(handlers, onUnexpected);
}

/**
 * The dispatcher over some of the calls (a feature's group, in tests): a call without a handler
 * answers UNKNOWN_CALL. createDispatcher is this with every call required by its type.
 */
export function dispatcherOver<C>(
  handlers: Partial<CallHandlers<C>>,
  onUnexpected: (name: string, error: unknown) => void = () => undefined,
): Dispatch<C> {
  // A reporter that fails must not turn a typed answer into a rejection.
  const report = (name: string, error: unknown) => {
    try {
      onUnexpected(name, error);
    } catch {
      // Nothing more to do: the caller still gets its INTERNAL answer.
    }
  };
  return async (name, rawInput, context, cancel) => {
    if (!isCallName(name) || !Object.prototype.hasOwnProperty.call(handlers, name)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_CALL', message: `Chiamata sconosciuta: ${String(name).slice(0, 80)}` },
      };
    }
    const definition = calls[name];
    const parsed = definition.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Dati non validi.', issues: issuesOf(parsed.error) },
      };
    }
    if (cancel?.aborted) return cancelledResult;
    // One controller per call: the transport's cancel aborts it, the handler sees its signal.
    const controller = new AbortController();
    const abort = () => controller.abort();
    cancel?.addEventListener('abort', abort, { once: true });
    try {
      const handler = handlers[name] as CallHandler<CallName, C>;
      const value = await handler(parsed.data as never, context, controller.signal);
      if (controller.signal.aborted) return cancelledResult;
      const checked = definition.output.safeParse(value);
      if (!checked.success) {
        report(name, checked.error);
        return { ok: false, error: { code: 'INTERNAL', message: 'Risposta interna non valida.' } };
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      // Whatever a cancelled handler throws (an AbortError, mostly) only says it stopped.
      if (controller.signal.aborted) return cancelledResult;
      if (error instanceof ContractError) return { ok: false, error: error.toCallError() };
      report(name, error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Errore interno imprevisto.' } };
    } finally {
      cancel?.removeEventListener('abort', abort);
    }
  };
}

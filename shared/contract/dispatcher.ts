import type { z } from 'zod';
import '../zod/italian';
import { calls, type CallName, type CallOutput, type Calls } from './calls';
import { ContractError, type CallResult, type FieldIssue } from './result';

export type CallHandler<N extends CallName, C> = (
  input: z.output<Calls[N]['input']>,
  context: C,
) => Promise<CallOutput<N>> | CallOutput<N>;

export type CallHandlers<C> = { [N in CallName]: CallHandler<N, C> };

/** The handlers of one feature's group of calls; the composition spreads the groups together. */
export type HandlersFor<G extends Partial<Calls>, C> = { [N in keyof G & CallName]: CallHandler<N, C> };

export type Dispatch<C> = (name: unknown, input: unknown, context: C) => Promise<CallResult<unknown>>;

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
  // A reporter that fails must not turn a typed answer into a rejection.
  const report = (name: string, error: unknown) => {
    try {
      onUnexpected(name, error);
    } catch {
      // Nothing more to do: the caller still gets its INTERNAL answer.
    }
  };
  return async (name, rawInput, context) => {
    if (!isCallName(name)) {
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
    try {
      const handler = handlers[name] as CallHandler<CallName, C>;
      const value = await handler(parsed.data as never, context);
      const checked = definition.output.safeParse(value);
      if (!checked.success) {
        report(name, checked.error);
        return { ok: false, error: { code: 'INTERNAL', message: 'Risposta interna non valida.' } };
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof ContractError) return { ok: false, error: error.toCallError() };
      report(name, error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Errore interno imprevisto.' } };
    }
  };
}

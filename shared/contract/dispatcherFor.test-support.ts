import { dispatcherOver, type CallHandlers, type Dispatch, type HandlersFor } from './dispatcher';
import type { CallInput, CallName, CallOutput, Calls } from './calls';
import type { CallResult } from './result';

export interface GroupDispatcher<G extends Partial<Calls>> {
  /** A call of the group, typed from the contract. */
  call<N extends keyof G & CallName>(
    name: N,
    input: CallInput<N>,
    signal?: AbortSignal,
  ): Promise<CallResult<CallOutput<N>>>;
  /** Anything at all, as a hostile renderer might send it: for the input checks. */
  raw(name: unknown, input: unknown, signal?: AbortSignal): Promise<CallResult<unknown>>;
  /** What the dispatcher reported as unexpected (INTERNAL answers). */
  unexpected: unknown[];
}

/**
 * The real dispatcher over one feature's group of calls (calls/*.ts), for tests: the handlers are
 * typed by the group, so a call the group gains and the test lacks is a type error, not a cast;
 * calls of other groups answer UNKNOWN_CALL.
 */
export function dispatcherFor<G extends Partial<Calls>, C = Record<string, never>>(
  _group: G,
  handlers: HandlersFor<G, C>,
  // The hosts give one local user's empty context; no handler of a feature reads it.
  context: C = {} as C,
): GroupDispatcher<G> {
  const unexpected: unknown[] = [];
  // HandlersFor<G> is CallHandlers narrowed to G's names: the one widening of the kit.
  const dispatch: Dispatch<C> = dispatcherOver<C>(handlers as Partial<CallHandlers<C>>, (_name, error) =>
    unexpected.push(error),
  );
  return {
    call: (name, input, signal) =>
      dispatch(name, input, context, signal) as Promise<CallResult<CallOutput<typeof name>>>,
    raw: (name, input, signal) => dispatch(name, input, context, signal),
    unexpected,
  };
}

/** The value of an answer the test expects to succeed; a refusal fails the test with its code and message. */
export function valueOf<T>(result: CallResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * The envelope every call answers with, whatever the transport.
 * Electron passes only an error's message across IPC, so failures travel as values, never as
 * thrown errors.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_CALL',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
  // The caller withdrew the call (an AbortSignal): not a failure, the renderer shows nothing.
  'CANCELLED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem in the input, located by the path of the field it concerns. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface CallError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** Thrown by services to answer with a specific code; the dispatcher turns it into a value. */
export class ContractError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'ContractError';
  }

  toCallError(): CallError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

/** The answer of a call its caller cancelled; any call may end so. */
export const cancelledResult: CallResult<never> = {
  ok: false,
  error: { code: 'CANCELLED', message: 'Operazione annullata.' },
};

/** True when a call ended because its caller cancelled it: nothing to show to the user. */
export const isCancelled = (result: CallResult<unknown>): boolean =>
  !result.ok && result.error.code === 'CANCELLED';

export function isCallError(value: unknown): value is CallError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CallError).code === 'string' &&
    (errorCodes as readonly string[]).includes((value as CallError).code) &&
    typeof (value as CallError).message === 'string'
  );
}

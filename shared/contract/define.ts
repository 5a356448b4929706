import { z } from 'zod';
import '../zod/italian';
import type { ErrorCode } from './result';

/** One call of the contract: what it takes, what it answers, which errors it may give. */
export interface CallDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  errors: readonly ErrorCode[];
}

export const defineCall = <I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>) =>
  definition;

/** For calls that take nothing: an empty object, and nothing else. */
export const NoInput = z.object({}).strict();

/**
 * How a call answered by one request to the Cassetto API may fail: no session (401), no delega
 * for the posizione (403), no such thing (404), the API down or its answer not understood (the
 * statuses as CassettoApiError maps them).
 */
export const API_ERRORS = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAVAILABLE',
] as const satisfies readonly ErrorCode[];

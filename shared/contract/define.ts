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

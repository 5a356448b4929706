import { z } from 'zod';
import type { ErrorCode } from './result';
import {
  AnagraficaPosizioneSchema,
  AuthStatusSchema,
  LoginStartedSchema,
  LogoutResultSchema,
  RicercaSchema,
  SelectPosizioneSchema,
} from './session';
import { SettingsSchema } from './settings';

/** One call of the contract: what it takes, what it answers, which errors it may give. */
export interface CallDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  errors: readonly ErrorCode[];
}

const defineCall = <I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>) => definition;

const NoInput = z.object({}).strict();

export const AppInfoSchema = z.object({
  productName: z.string(),
  version: z.string(),
  mode: z.enum(['sandbox', 'production']),
  host: z.enum(['electron', 'web']),
});
export type AppInfo = z.output<typeof AppInfoSchema>;

/**
 * Every call the renderer can make. Both ends are typed from this object, and the dispatcher
 * validates input and output against it at run time: the renderer is not trusted.
 */
export const calls = {
  'app.info': defineCall({ input: NoInput, output: AppInfoSchema, errors: [] }),
  'settings.get': defineCall({ input: NoInput, output: SettingsSchema, errors: [] }),
  'settings.set': defineCall({ input: SettingsSchema, output: SettingsSchema, errors: ['INVALID_INPUT'] }),
  'auth.status': defineCall({ input: NoInput, output: AuthStatusSchema, errors: [] }),
  'auth.login': defineCall({
    input: NoInput,
    output: LoginStartedSchema,
    errors: ['UNAVAILABLE', 'CONFLICT'],
  }),
  'auth.cancel': defineCall({ input: NoInput, output: AuthStatusSchema, errors: [] }),
  'auth.logout': defineCall({ input: NoInput, output: LogoutResultSchema, errors: [] }),
  'ricerca.list': defineCall({
    input: NoInput,
    output: RicercaSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'UNAVAILABLE'],
  }),
  'posizione.select': defineCall({
    input: SelectPosizioneSchema,
    output: AnagraficaPosizioneSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'UNAVAILABLE'],
  }),
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;

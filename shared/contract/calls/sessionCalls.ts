import { API_ERRORS, NoInput, defineCall } from '../define';
import {
  AnagraficaPosizioneSchema,
  AuthStatusSchema,
  BridgeCheckSchema,
  LoginStartedSchema,
  LogoutResultSchema,
  RicercaSchema,
  SelectPosizioneSchema,
} from '../session';

/** Login, logout, and the posizioni the user reaches (the Ricerca). */
export const sessionCalls = {
  'auth.status': defineCall({ input: NoInput, output: AuthStatusSchema, errors: [] }),
  'auth.login': defineCall({
    input: NoInput,
    output: LoginStartedSchema,
    errors: ['UNAVAILABLE', 'CONFLICT'],
  }),
  'auth.cancel': defineCall({ input: NoInput, output: AuthStatusSchema, errors: [] }),
  'auth.logout': defineCall({ input: NoInput, output: LogoutResultSchema, errors: [] }),
  'auth.bridgeCheck': defineCall({ input: NoInput, output: BridgeCheckSchema, errors: [] }),
  'ricerca.list': defineCall({
    input: NoInput,
    output: RicercaSchema,
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'UNAVAILABLE'],
  }),
  'posizione.select': defineCall({
    input: SelectPosizioneSchema,
    output: AnagraficaPosizioneSchema,
    errors: API_ERRORS,
  }),
} as const;

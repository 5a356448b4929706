import { z } from 'zod';
import {
  RUOLI_POSIZIONE,
  anagraficaPosizioneSchema,
  livelloSchema,
  ricercaSchema,
} from '../domain/cassettoApi';
import { posizioneIdSchema } from './ids';

/** What the renderer may know of the signed-in user: never a token. */
export const SessionUserSchema = z.object({
  codiceFiscale: z.string(),
  nome: z.string(),
  cognome: z.string(),
  metodo: z.enum(['spid', 'cie', 'cns']),
  livello: livelloSchema,
  ruoli: z.array(z.enum(RUOLI_POSIZIONE.codes)),
  abilitato: z.boolean(),
});
export type SessionUser = z.output<typeof SessionUserSchema>;

export const AuthStatusSchema = z.discriminatedUnion('state', [
  /** `reason` says why a session ended or a login was refused, in Italian. */
  z.object({
    state: z.literal('signed-out'),
    reason: z.string().optional(),
    /** Something the user must know although the app is signed out: a session left open at the bridge. */
    warning: z.string().optional(),
    /** The bridge page that ends its session, when the warning asks the user to go there. */
    endSessionUrl: z.string().optional(),
  }),
  z.object({ state: z.literal('signing-in'), authorizationUrl: z.string() }),
  z.object({ state: z.literal('signed-in'), user: SessionUserSchema }),
]);
export type AuthStatus = z.output<typeof AuthStatusSchema>;

export const LoginStartedSchema = z.object({
  authorizationUrl: z.string(),
  /** True in Electron (system browser opened by main); the web host lets the renderer open a tab. */
  openedBySystem: z.boolean(),
  /** Why the system browser did not open (Electron): the user copies the address instead. */
  browserError: z.string().optional(),
});

/** What the configured bridge's discovery lacks for this app (Impostazioni shows it). */
export const BridgeCheckSchema = z.object({ warnings: z.array(z.string()) });

export const LogoutResultSchema = z.object({
  /** The bridge page that ends the single sign-on session, when the bridge offers one. */
  endSessionUrl: z.string().nullable(),
  openedBySystem: z.boolean(),
});

export const RicercaSchema = ricercaSchema;
export const SelectPosizioneSchema = z.object({ id: posizioneIdSchema }).strict();
export { anagraficaPosizioneSchema as AnagraficaPosizioneSchema };

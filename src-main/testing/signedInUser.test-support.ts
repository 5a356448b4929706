import { ContractError, type AuthStatus, type CallResult, type SessionUser } from '../../shared/contract';
import { personaByKey, type PersonaKey } from '../../sandbox';
import { authorizeHeadless, loginHeadless } from '../../sandbox/testing/headlessLogin';
import type { TempSandbox } from '../../sandbox/testing/tempSandbox';
import type { AuthService } from '../services/auth/authService';

/** Where the signed-in user's token is good: the sandbox's API. */
export interface ApiSession {
  token: string;
  apiBaseUrl: string;
}

/** A sandbox persona, or any codice fiscale (a user the sandbox need not know). */
export type TestUser = PersonaKey | { codiceFiscale: string };

export interface SignedInAuth extends AuthService {
  readonly user: SessionUser;
  /** Why the session ended, each time something logged it out (a 401 of the API, a test). */
  readonly loggedOut: Array<string | undefined>;
}

function sessionUserOf(who: TestUser): SessionUser {
  const persona = typeof who === 'string' ? personaByKey(who) : null;
  return {
    codiceFiscale: persona?.codiceFiscale ?? (who as { codiceFiscale: string }).codiceFiscale,
    nome: persona?.nome ?? 'Utente',
    cognome: persona?.cognome ?? 'Di Prova',
    metodo: 'spid',
    livello: 'SpidL2',
    ruoli: [],
    abilitato: true,
  };
}

/**
 * The auth service of a user already signed in (SPID level 2), for the services' tests: the
 * whole AuthService, typed, so a test cannot drift from it. With `session`, accessToken gives
 * that token for the sandbox's API; a logout (the gateway's answer to a 401) signs the user out.
 */
export function signedInAuth(who: TestUser, session?: ApiSession): SignedInAuth {
  const user = sessionUserOf(who);
  const loggedOut: Array<string | undefined> = [];
  let status: AuthStatus = { state: 'signed-in', user };
  const notSignedIn = () => new ContractError('UNAUTHENTICATED', 'Accedere con SPID, CIE o CNS.');
  return {
    user,
    loggedOut,
    status: () => status,
    login: () => Promise.reject(new ContractError('CONFLICT', 'Già connesso.')),
    cancel: () => Promise.resolve(status),
    bridgeCheck: () => Promise.resolve({ warnings: [] }),
    async logout(reason) {
      loggedOut.push(reason);
      status = { state: 'signed-out', ...(reason ? { reason } : {}) };
      return { endSessionUrl: null, openedBySystem: false };
    },
    async accessToken() {
      if (status.state !== 'signed-in' || !session) throw notSignedIn();
      return session;
    },
    touch: () => undefined,
    restore: () => Promise.resolve(),
    dispose: () => undefined,
  };
}

/** Signs a persona in to the sandbox for real (headless SPID level 2), then as signedInAuth. */
export async function signInToSandbox(sandbox: TempSandbox, persona: PersonaKey): Promise<SignedInAuth> {
  const { accessToken } = await loginHeadless(sandbox, { persona, method: 'spid', level: 2 });
  return signedInAuth(persona, { token: accessToken, apiBaseUrl: sandbox.apiBaseUrl });
}

/** A contract call as a host carries it (the dispatcher, or HTTP to the web host). */
export type AnyCall = (name: string, input: unknown) => Promise<CallResult<unknown>>;

/**
 * Signed in as whoever `current()` names at each moment: for tests that switch users. `session`
 * is one API session for all, or each user's own (a real token per persona).
 */
export function signedInAs(
  current: () => string,
  session?: ApiSession | ((codiceFiscale: string) => ApiSession | undefined),
): AuthService {
  const sessionOf = typeof session === 'function' ? session : () => session;
  const now = () => signedInAuth({ codiceFiscale: current() }, sessionOf(current()));
  return { ...now(), status: () => now().status(), accessToken: () => now().accessToken() };
}

/**
 * Signs a persona in through the contract, as the renderer does: auth.login, the bridge's
 * pages answered headless (SPID level 2), then auth.status until main says signed-in.
 */
export async function signInThroughContract(call: AnyCall, persona: PersonaKey): Promise<void> {
  const login = (await call('auth.login', {})) as CallResult<{ authorizationUrl: string }>;
  if (!login.ok) throw new Error(login.error.message);
  const callback = await authorizeHeadless(new URL(login.value.authorizationUrl), {
    persona,
    method: 'spid',
    level: 2,
  });
  await (await fetch(callback)).text();
  for (let tries = 0; ; tries += 1) {
    const status = (await call('auth.status', {})) as CallResult<{ state: string }>;
    if (status.ok && status.value.state === 'signed-in') return;
    if (tries > 150) throw new Error(`Accesso non riuscito: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

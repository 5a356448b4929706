import * as oidc from 'openid-client';
import { ContractError, type AuthStatus, type EventHub, type SessionUser } from '../../../shared/contract';
import { profiloSchema } from '../../../shared/domain/cassettoApi';
import {
  CNS_ACR,
  LIVELLO_INSUFFICIENTE_MESSAGE,
  SPID_ACR,
  livelloOfAcr,
  meetsInpsMinimum,
} from '../../../shared/domain/spid';
import { CassettoApiError, getFromCassetto, type HttpFetch } from '../cassetto/cassettoApiClient';
import type { Endpoints, ResolveEndpoints } from './endpoints';
import { openLoopbackRedirect, type LoopbackRedirect } from './loopbackRedirect';
import type { StoredSession, TokenVault } from './tokenVault';

export interface AuthServiceOptions {
  resolveEndpoints: ResolveEndpoints;
  vault: TokenVault;
  events: EventHub;
  /** Electron opens the system browser; absent in the web host, where the renderer opens a tab. */
  openExternal?: (url: string) => Promise<void>;
  fetch?: HttpFetch;
  idleTimeoutMs?: number;
  now?: () => number;
}

export interface AuthService {
  status(): AuthStatus;
  login(): Promise<{ authorizationUrl: string; openedBySystem: boolean }>;
  cancel(): AuthStatus;
  logout(reason?: string): Promise<{ endSessionUrl: string | null; openedBySystem: boolean }>;
  /** A valid access token for the Cassetto API, refreshed when close to expiry. */
  /** `background`: asked by a timer, not by the user, so the idle timeout is not pushed back. */
  accessToken(options?: { background?: boolean }): Promise<{ token: string; apiBaseUrl: string }>;
  /** The user did something: pushes the idle timeout back. */
  touch(): void;
  /** Picks up a session kept by a persistent vault (Electron, encrypted). */
  restore(): Promise<void>;
  dispose(): void;
}

interface Attempt {
  redirect: LoopbackRedirect;
  authorizationUrl: string;
}

interface Active {
  stored: StoredSession;
  endpoints: Endpoints;
  config: oidc.Configuration;
  user: SessionUser;
}

const SCOPE = 'openid profile email offline_access';
const REFRESH_MARGIN_MS = 60_000;
const SESSION_EXPIRED = 'La sessione è scaduta: accedere di nuovo con SPID o CIE.';
const NOT_SIGNED_IN = 'Sessione non attiva: accedere con SPID o CIE.';

/**
 * SPID/CIE login through the OpenID Connect bridge as a public native client (RFC 8252):
 * authorization code + PKCE S256, state and nonce, loopback redirect, acr checked here because
 * openid-client does not. Tokens stay in main.
 */
export function createAuthService(options: AuthServiceOptions): AuthService {
  const now = options.now ?? Date.now;
  const fetchImpl = options.fetch ?? fetch;
  const idleTimeoutMs = options.idleTimeoutMs ?? 30 * 60_000;
  const configs = new Map<string, Promise<oidc.Configuration>>();
  let status: AuthStatus = { state: 'signed-out' };
  let attempt: Attempt | null = null;
  let active: Active | null = null;
  let refreshing: Promise<void> | null = null;
  let refreshTimer: NodeJS.Timeout | undefined;
  let idleTimer: NodeJS.Timeout | undefined;

  const setStatus = (next: AuthStatus) => {
    status = next;
    options.events.emit('auth.changed', next);
  };

  const discover = (endpoints: Endpoints): Promise<oidc.Configuration> => {
    const key = `${endpoints.issuer} ${endpoints.clientId}`;
    let config = configs.get(key);
    if (!config) {
      config = oidc.discovery(new URL(endpoints.issuer), endpoints.clientId, undefined, oidc.None(), {
        // Plain http is the sandbox on loopback only; real bridges are https.
        execute: endpoints.sandbox ? [oidc.allowInsecureRequests] : [],
        ...(options.fetch ? { [oidc.customFetch]: options.fetch } : {}),
      });
      configs.set(key, config);
      config.catch(() => configs.delete(key));
    }
    return config;
  };

  const clearTimers = () => {
    clearTimeout(refreshTimer);
    clearTimeout(idleTimer);
  };

  const scheduleRefresh = () => {
    clearTimeout(refreshTimer);
    if (!active?.stored.refreshToken) return;
    const delay = Math.max(5_000, active.stored.expiresAt - now() - REFRESH_MARGIN_MS);
    refreshTimer = setTimeout(() => void refresh().catch(() => undefined), delay);
    refreshTimer.unref();
  };

  const touch = () => {
    if (!active) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(
      () => void logout('Sessione chiusa dopo un periodo di inattività.'),
      idleTimeoutMs,
    );
    idleTimer.unref();
  };

  const signOut = async (reason?: string) => {
    clearTimers();
    active = null;
    await options.vault.clear();
    setStatus(reason ? { state: 'signed-out', reason } : { state: 'signed-out' });
  };

  const revokeQuietly = async (config: oidc.Configuration, tokens: Array<string | null | undefined>) => {
    for (const token of tokens) {
      if (token) await oidc.tokenRevocation(config, token).catch(() => undefined);
    }
  };

  const loadProfile = async (endpoints: Endpoints, stored: StoredSession): Promise<SessionUser> => {
    const profilo = await getFromCassetto(
      fetchImpl,
      endpoints.apiBaseUrl,
      stored.accessToken,
      '/v1/profilo',
      profiloSchema,
    );
    return {
      codiceFiscale: profilo.codiceFiscale,
      nome: profilo.nome,
      cognome: profilo.cognome,
      metodo: stored.metodo,
      // The level of the login, not what a refreshed token may say.
      livello: livelloOfAcr(stored.acr) ?? 'SpidL1',
      ruoli: profilo.ruoli,
      abilitato: profilo.abilitato,
    };
  };

  const activate = async (endpoints: Endpoints, config: oidc.Configuration, stored: StoredSession) => {
    const user = await loadProfile(endpoints, stored);
    await options.vault.save(stored);
    active = { stored, endpoints, config, user };
    scheduleRefresh();
    touch();
    setStatus({ state: 'signed-in', user });
  };

  const complete = async (
    current: Attempt,
    endpoints: Endpoints,
    config: oidc.Configuration,
    checks: oidc.AuthorizationCodeGrantChecks,
  ) => {
    let outcome = { ok: false, message: 'Accesso non riuscito.' };
    try {
      const callbackUrl = await current.redirect.callback;
      if (attempt !== current) return;
      const error = callbackUrl.searchParams.get('error');
      if (error) {
        const description = callbackUrl.searchParams.get('error_description') ?? '';
        const message = /livello|level/i.test(description)
          ? LIVELLO_INSUFFICIENTE_MESSAGE
          : description || 'Accesso negato dal gestore dell’identità digitale.';
        outcome = { ok: false, message };
        return void (await signOut(message));
      }
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, checks);
      const claims = tokens.claims();
      if (!claims || !meetsInpsMinimum(claims.acr)) {
        await revokeQuietly(config, [tokens.refresh_token, tokens.access_token]);
        outcome = { ok: false, message: LIVELLO_INSUFFICIENTE_MESSAGE };
        return void (await signOut(LIVELLO_INSUFFICIENTE_MESSAGE));
      }
      const amr = Array.isArray(claims.amr) ? claims.amr : [];
      const stored: StoredSession = {
        accessToken: tokens.access_token,
        refreshToken: tokens.refresh_token ?? null,
        idToken: tokens.id_token ?? null,
        expiresAt: now() + (tokens.expiresIn() ?? 300) * 1000,
        acr: String(claims.acr),
        // CNS: the bridge's own acr, with amr "cns" (docs/cns.md); CIE: amr "cie" with a SPID acr.
        metodo: claims.acr === CNS_ACR ? 'cns' : amr.includes('cie') ? 'cie' : 'spid',
        issuer: endpoints.issuer,
      };
      await activate(endpoints, config, stored);
      outcome = { ok: true, message: 'Può chiudere questa scheda e tornare a Cassetto Enti.' };
    } catch (error) {
      if (attempt !== current) return;
      const message =
        error instanceof CassettoApiError || error instanceof ContractError
          ? error.message
          : `Accesso non riuscito: ${error instanceof Error ? error.message : 'errore imprevisto'}.`;
      outcome = { ok: false, message };
      await signOut(message);
    } finally {
      if (attempt === current) attempt = null;
      current.redirect.respond(outcome);
    }
  };

  const refresh = (): Promise<void> => {
    if (refreshing) return refreshing;
    const session = active;
    if (!session?.stored.refreshToken)
      return Promise.reject(new ContractError('UNAUTHENTICATED', SESSION_EXPIRED));
    // One refresh in flight: reusing a rotated refresh token would revoke the whole grant.
    refreshing = (async () => {
      try {
        const tokens = await oidc.refreshTokenGrant(session.config, session.stored.refreshToken as string);
        if (active !== session) return;
        const stored: StoredSession = {
          ...session.stored,
          accessToken: tokens.access_token,
          refreshToken: tokens.refresh_token ?? session.stored.refreshToken,
          idToken: tokens.id_token ?? session.stored.idToken,
          expiresAt: now() + (tokens.expiresIn() ?? 300) * 1000,
        };
        await options.vault.save(stored);
        active = { ...session, stored };
        scheduleRefresh();
      } catch {
        if (active === session) await signOut(SESSION_EXPIRED);
        throw new ContractError('UNAUTHENTICATED', SESSION_EXPIRED);
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  };

  const logout = async (reason?: string) => {
    const session = active;
    if (attempt) {
      attempt.redirect.close();
      attempt = null;
    }
    if (!session) {
      await signOut(reason);
      return { endSessionUrl: null, openedBySystem: false };
    }
    // Revoking the refresh token revokes the grant: the API then refuses its access tokens too.
    await revokeQuietly(session.config, [session.stored.refreshToken, session.stored.accessToken]);
    let endSessionUrl: string | null = null;
    if (session.config.serverMetadata().end_session_endpoint && session.stored.idToken) {
      endSessionUrl = oidc.buildEndSessionUrl(session.config, {
        id_token_hint: session.stored.idToken,
        client_id: session.endpoints.clientId,
      }).href;
    }
    await signOut(reason);
    let openedBySystem = false;
    if (endSessionUrl && options.openExternal && !reason) {
      await options.openExternal(endSessionUrl).catch(() => undefined);
      openedBySystem = true;
    }
    return { endSessionUrl, openedBySystem };
  };

  return {
    status: () => status,
    touch,
    logout,

    async login() {
      if (active)
        throw new ContractError(
          'CONFLICT',
          'Un utente è già connesso: uscire prima di accedere con un’altra identità.',
        );
      attempt?.redirect.close();
      attempt = null;
      let endpoints: Endpoints;
      let config: oidc.Configuration;
      try {
        endpoints = await options.resolveEndpoints();
        config = await discover(endpoints);
      } catch {
        throw new ContractError(
          'UNAVAILABLE',
          'Il servizio di accesso SPID/CIE non è raggiungibile. Verificare la connessione o le Impostazioni.',
        );
      }
      const redirect = await openLoopbackRedirect();
      const pkceCodeVerifier = oidc.randomPKCECodeVerifier();
      const expectedState = oidc.randomState();
      const expectedNonce = oidc.randomNonce();
      const authorizationUrl = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirect.redirectUri,
        scope: SCOPE,
        code_challenge: await oidc.calculatePKCECodeChallenge(pkceCodeVerifier),
        code_challenge_method: 'S256',
        state: expectedState,
        nonce: expectedNonce,
        acr_values: SPID_ACR[2],
        // amr says SPID or CIE; the bridge sends it only when asked.
        claims: JSON.stringify({ id_token: { amr: null } }),
        // SPID/CIE ask for consent (and a refresh token needs it); "login" forces a fresh choice of identity.
        prompt: 'consent login',
      }).href;
      const current: Attempt = { redirect, authorizationUrl };
      attempt = current;
      setStatus({ state: 'signing-in', authorizationUrl });
      void complete(current, endpoints, config, {
        pkceCodeVerifier,
        expectedState,
        expectedNonce,
        idTokenExpected: true,
      });
      if (options.openExternal) {
        await options.openExternal(authorizationUrl);
        return { authorizationUrl, openedBySystem: true };
      }
      return { authorizationUrl, openedBySystem: false };
    },

    cancel() {
      if (attempt) {
        attempt.redirect.close();
        attempt = null;
        setStatus({ state: 'signed-out' });
      }
      return status;
    },

    async accessToken(options) {
      if (!options?.background) touch();
      if (!active) throw new ContractError('UNAUTHENTICATED', NOT_SIGNED_IN);
      if (active.stored.expiresAt - now() < 30_000) await refresh();
      if (!active) throw new ContractError('UNAUTHENTICATED', SESSION_EXPIRED);
      return { token: active.stored.accessToken, apiBaseUrl: active.endpoints.apiBaseUrl };
    },

    async restore() {
      const stored = await options.vault.load();
      if (!stored) return;
      try {
        const endpoints = await options.resolveEndpoints();
        if (endpoints.issuer !== stored.issuer) return void (await options.vault.clear());
        const config = await discover(endpoints);
        active = { stored, endpoints, config, user: null as unknown as SessionUser };
        if (stored.expiresAt - now() < 30_000) await refresh();
        if (!active) return;
        await activate(endpoints, config, active.stored);
      } catch {
        await signOut();
      }
    },

    dispose() {
      clearTimers();
      attempt?.redirect.close();
    },
  };
}

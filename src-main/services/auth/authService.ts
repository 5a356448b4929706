import * as oidc from 'openid-client';
import { ContractError, type AuthStatus, type EventHub, type SessionUser } from '../../../shared/contract';
import {
  CNS_ACR,
  LIVELLO_INSUFFICIENTE_MESSAGE,
  SPID_ACR,
  livelloOfAcr,
  meetsInpsMinimum,
} from '../../../shared/domain/spid';
import { CassettoApiError, callEndpoint, type HttpFetch } from '../cassettoApi/cassettoApiClient';
import { endpoints as inpsApi } from '../../../shared/inpsApi/endpoints';
import type { Endpoints, ResolveEndpoints } from './endpoints';
import {
  ACR_MANCANTE_MESSAGE,
  BROWSER_NOT_OPENED,
  NO_ACR_SUPPORTED_WARNING,
  SESSION_MAY_REMAIN,
  noAnswerMessage,
  portsBusyMessage,
  redirectRefusedMessage,
} from './loginMessages';
import { probeAuthorizationRequest } from './authorizationProbe';
import {
  DEFAULT_LOGIN_TIMEOUT_MS,
  LoopbackEnded,
  LoopbackPortsBusy,
  openLoopbackRedirect,
  type LoopbackRedirect,
} from './loopbackRedirect';
import { createSessionTimers } from './sessionTimers';
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
  /** The loopback ports and time limit of Impostazioni, read at each login. */
  loginSettings?: () => { ports: readonly number[]; timeoutMs: number };
  log?: (message: string, error?: unknown) => void;
}

export interface AuthService {
  status(): AuthStatus;
  login(): Promise<{ authorizationUrl: string; openedBySystem: boolean; browserError?: string }>;
  /** Closes the loopback listener at once: its port refuses connections when this resolves. */
  cancel(): Promise<AuthStatus>;
  /** What the configured bridge's discovery lacks for this app, in Italian. */
  bridgeCheck(): Promise<{ warnings: string[] }>;
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
  timeoutMs: number;
}

interface SignOutNotice {
  warning: string;
  endSessionUrl?: string;
}

interface Active {
  stored: StoredSession;
  endpoints: Endpoints;
  config: oidc.Configuration;
  user: SessionUser;
}

const SCOPE = 'openid profile email offline_access';
const SESSION_EXPIRED = 'La sessione è scaduta: accedere di nuovo con SPID, CIE o CNS.';
const NOT_SIGNED_IN = 'Sessione non attiva: accedere con SPID, CIE o CNS.';

/**
 * SPID/CIE login through the OpenID Connect bridge as a public native client (RFC 8252):
 * authorization code + PKCE S256, state and nonce, loopback redirect, acr checked here because
 * openid-client does not. Tokens stay in main. The refresh and idle clocks are sessionTimers.ts.
 */
export function createAuthService(options: AuthServiceOptions): AuthService {
  const now = options.now ?? Date.now;
  const fetchImpl = options.fetch ?? fetch;
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const configs = new Map<string, Promise<oidc.Configuration>>();
  let status: AuthStatus = { state: 'signed-out' };
  let attempt: Attempt | null = null;
  let active: Active | null = null;
  let refreshing: Promise<void> | null = null;
  const timers = createSessionTimers({
    now,
    ...(options.idleTimeoutMs !== undefined ? { idleTimeoutMs: options.idleTimeoutMs } : {}),
    onRefreshDue: () => void refresh().catch(() => undefined),
    onIdle: () => void logout('Sessione chiusa dopo un periodo di inattività.'),
  });

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

  const scheduleRefresh = () =>
    timers.scheduleRefresh(active?.stored.refreshToken ? active.stored.expiresAt : null);

  const touch = () => {
    if (active) timers.touch();
  };

  const signOut = async (reason?: string, notice?: SignOutNotice) => {
    timers.clear();
    active = null;
    await options.vault.clear();
    setStatus({
      state: 'signed-out',
      ...(reason ? { reason } : {}),
      ...(notice ? { warning: notice.warning } : {}),
      ...(notice?.endSessionUrl ? { endSessionUrl: notice.endSessionUrl } : {}),
    });
  };

  /**
   * Revokes the tokens; false when the bridge has no revocation for a public client or refuses it
   * (RFC 7009 asks client authentication only of confidential clients, but bridges vary): the
   * grant may then outlive the logout, and the user must be told.
   */
  const revoke = async (
    config: oidc.Configuration,
    tokens: Array<[string | null | undefined, 'refresh_token' | 'access_token']>,
  ) => {
    const metadata = config.serverMetadata();
    if (!metadata.revocation_endpoint) {
      log('Il bridge non offre la revoca dei token (revocation_endpoint assente)');
      return false;
    }
    const methods = metadata.revocation_endpoint_auth_methods_supported;
    if (Array.isArray(methods) && !methods.includes('none')) {
      log(`Il bridge non ammette la revoca da client pubblici (metodi: ${methods.join(', ')})`);
      return false;
    }
    let revoked = true;
    for (const [token, hint] of tokens) {
      if (!token) continue;
      try {
        await oidc.tokenRevocation(config, token, { token_type_hint: hint });
      } catch (error) {
        // A self-contained (JWT) access token cannot be revoked (RFC 7009 §2.2.1): it expires
        // shortly, and revoking the refresh token ends the grant that issued it.
        if (
          hint === 'access_token' &&
          error instanceof oidc.ResponseBodyError &&
          error.error === 'unsupported_token_type'
        )
          continue;
        revoked = false;
        log('Revoca del token rifiutata dal bridge', error);
      }
    }
    return revoked;
  };

  const endSessionUrlOf = (
    config: oidc.Configuration,
    clientId: string,
    idToken: string | null | undefined,
  ) =>
    config.serverMetadata().end_session_endpoint && idToken
      ? oidc.buildEndSessionUrl(config, { id_token_hint: idToken, client_id: clientId }).href
      : null;

  /** Opens the bridge's logout page in the system browser (Electron); true when it did. */
  const openEndSession = async (url: string | null) => {
    if (!url || !options.openExternal) return false;
    try {
      await options.openExternal(url);
      return true;
    } catch (error) {
      log('Pagina di uscita del bridge non aperta nel browser', error);
      return false;
    }
  };

  const loadProfile = async (endpoints: Endpoints, stored: StoredSession): Promise<SessionUser> => {
    const profilo = await callEndpoint(
      fetchImpl,
      endpoints.apiBaseUrl,
      stored.accessToken,
      inpsApi.profilo,
      {},
      undefined,
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
        // No SPID/CIE/CNS acr at all is the bridge's fault, not the user's level.
        const message =
          livelloOfAcr(claims?.acr) === undefined ? ACR_MANCANTE_MESSAGE : LIVELLO_INSUFFICIENTE_MESSAGE;
        outcome = { ok: false, message };
        if (
          await revoke(config, [
            [tokens.refresh_token, 'refresh_token'],
            [tokens.access_token, 'access_token'],
          ])
        )
          return void (await signOut(message));
        const endSessionUrl = endSessionUrlOf(config, endpoints.clientId, tokens.id_token);
        await signOut(message, {
          warning: SESSION_MAY_REMAIN,
          ...(endSessionUrl ? { endSessionUrl } : {}),
        });
        return void (await openEndSession(endSessionUrl));
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
      if (error instanceof LoopbackEnded && error.reason === 'timeout') {
        const message = noAnswerMessage(Math.max(1, Math.round(current.timeoutMs / 60_000)));
        outcome = { ok: false, message };
        return void (await signOut(message));
      }
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
      void attempt.redirect.close();
      attempt = null;
    }
    if (!session) {
      await signOut(reason);
      return { endSessionUrl: null, openedBySystem: false };
    }
    // Revoking the refresh token revokes the grant: the API then refuses its access tokens too.
    const revoked = await revoke(session.config, [
      [session.stored.refreshToken, 'refresh_token'],
      [session.stored.accessToken, 'access_token'],
    ]);
    const endSessionUrl = endSessionUrlOf(session.config, session.endpoints.clientId, session.stored.idToken);
    // Never a clean logout that was not one: the notice stays on the login screen.
    await signOut(
      reason,
      revoked ? undefined : { warning: SESSION_MAY_REMAIN, ...(endSessionUrl ? { endSessionUrl } : {}) },
    );
    const openedBySystem = !reason || !revoked ? await openEndSession(endSessionUrl) : false;
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
      // Closed before a new listener opens: with one fixed port, the new one needs it.
      const previous = attempt;
      attempt = null;
      await previous?.redirect.close();
      let endpoints: Endpoints;
      let config: oidc.Configuration;
      try {
        endpoints = await options.resolveEndpoints();
        config = await discover(endpoints);
      } catch {
        throw new ContractError(
          'UNAVAILABLE',
          'Il servizio di accesso SPID, CIE e CNS non è raggiungibile. Verificare la connessione o le Impostazioni.',
        );
      }
      const loginSettings = options.loginSettings?.() ?? { ports: [], timeoutMs: DEFAULT_LOGIN_TIMEOUT_MS };
      let redirect: LoopbackRedirect;
      try {
        redirect = await openLoopbackRedirect(loginSettings);
      } catch (error) {
        if (error instanceof LoopbackPortsBusy)
          throw new ContractError('UNAVAILABLE', portsBusyMessage(error.ports));
        throw error;
      }
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
      // A bridge that matches the redirect URI exactly answers the request with an error page:
      // the user learns it here, not after minutes of waiting.
      const refusedWith = await probeAuthorizationRequest(fetchImpl, authorizationUrl);
      if (refusedWith !== null) {
        await redirect.close();
        throw new ContractError('UNAVAILABLE', redirectRefusedMessage(redirect.redirectUri, refusedWith));
      }
      const current: Attempt = { redirect, authorizationUrl, timeoutMs: loginSettings.timeoutMs };
      attempt = current;
      setStatus({ state: 'signing-in', authorizationUrl });
      void complete(current, endpoints, config, {
        pkceCodeVerifier,
        expectedState,
        expectedNonce,
        idTokenExpected: true,
      });
      if (options.openExternal) {
        try {
          await options.openExternal(authorizationUrl);
          return { authorizationUrl, openedBySystem: true };
        } catch (error) {
          // The attempt stays open: the user copies the address into a browser.
          log('Browser di sistema non aperto per l’accesso', error);
          return { authorizationUrl, openedBySystem: false, browserError: BROWSER_NOT_OPENED };
        }
      }
      return { authorizationUrl, openedBySystem: false };
    },

    async cancel() {
      const current = attempt;
      if (current) {
        attempt = null;
        await current.redirect.close();
        setStatus({ state: 'signed-out' });
      }
      return status;
    },

    async bridgeCheck() {
      let config: oidc.Configuration;
      try {
        config = await discover(await options.resolveEndpoints());
      } catch {
        return {
          warnings: [
            'Non è stato possibile leggere la configurazione del bridge di accesso (discovery): verificare l’indirizzo del bridge e la rete.',
          ],
        };
      }
      const acrValues = config.serverMetadata().acr_values_supported;
      return { warnings: Array.isArray(acrValues) && acrValues.length > 0 ? [] : [NO_ACR_SUPPORTED_WARNING] };
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
      timers.clear();
      void attempt?.redirect.close();
    },
  };
}

/**
 * The SPID/CIE bridge: oidc-provider configured as the organisation's proxy toward the
 * federations, with test identity providers inside it (docs/architecture.md §6, docs/login.md).
 */
import { Provider, errors, interactionPolicy } from 'oidc-provider';
import type { AccessTokenLike, Account, Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { CNS_ACR, FISCAL_NUMBER_CLAIM, SPID_ACR, formatFiscalNumberClaim } from '../../shared/domain/spid';
import { ACCESS_TOKEN_TTL_SECONDS, API_SCOPE, GRANT_ID_CLAIM } from '../accessToken';
import type { Persona } from '../seed/personae';
import { parseAccountId } from './accountId';
import type { AcrClaimRequest } from './acrPolicy';
import { requestedAcrFromClaim, sessionBelowRequest } from './acrPolicy';
import { DESKTOP_CLIENT } from './client';
import { PAGE_HEADERS } from './html';
import type { BridgeKeys } from './keys';
import { SIGNING_ALG } from './keys';
import { logoutPage, messagePage } from './pages';
import { redirectUrisFor, type BridgeQuirks } from './quirks';

export interface BridgeOptions {
  issuer: string;
  apiBaseUrl: string;
  keys: BridgeKeys;
  personae: readonly Persona[];
  onGrantRevoked(grantId: string): void;
  /** Storage for sessions, grants and tokens (see store/oidcAdapter.ts). */
  adapter: (model: string) => unknown;
  quirks?: BridgeQuirks;
}

function setPageHeaders(ctx: KoaContextWithOIDC): void {
  for (const [name, value] of Object.entries(PAGE_HEADERS)) ctx.set(name, value);
}

/**
 * The login prompt of oidc-provider checks an essential `acr` by exact match; the SPID rule is
 * "at least the level asked". Its two checks are replaced by one that asks for a new login when
 * an existing session is weaker than the request, unless the user has just logged in (then the
 * interaction has already decided, see acrPolicy.ts).
 */
function interactionPolicyForSpid() {
  const policy = interactionPolicy.base();
  const login = policy.get('login');
  if (!login) throw new Error('oidc-provider senza prompt di login');
  login.checks.remove('essential_acr');
  login.checks.remove('essential_acrs');
  login.checks.push(
    new interactionPolicy.Check(
      'spid_level_below_request',
      'la sessione ha un livello SPID inferiore a quello richiesto',
      (ctx) => {
        const { oidc } = ctx;
        if (!oidc.session.accountId || oidc.result?.login) return false;
        const requested = requestedAcrFromClaim(
          oidc.claims.id_token?.acr as AcrClaimRequest | null | undefined,
        );
        return sessionBelowRequest(oidc.session.acr, requested);
      },
    ),
  );
  return policy;
}

async function ownTokensOnly(
  _ctx: KoaContextWithOIDC,
  client: { clientId: string },
  token: { clientId?: string },
): Promise<boolean> {
  return token.clientId === client.clientId;
}

export function createBridgeProvider(options: BridgeOptions): Provider {
  const { issuer, apiBaseUrl, keys, personae, onGrantRevoked, adapter } = options;
  const quirks = options.quirks ?? {};
  const exactUris = redirectUrisFor(quirks);
  // A web client's redirect URIs are matched exactly, port included (native ones ignore the port).
  const client = exactUris
    ? {
        ...DESKTOP_CLIENT,
        application_type: 'web',
        redirect_uris: exactUris.redirect,
        post_logout_redirect_uris: exactUris.postLogout,
      }
    : DESKTOP_CLIENT;

  async function findAccount(_ctx: KoaContextWithOIDC, id: string): Promise<Account | undefined> {
    const parsed = parseAccountId(id);
    const persona = parsed && personae.find((candidate) => candidate.codiceFiscale === parsed.codiceFiscale);
    if (!persona) return undefined;
    return {
      accountId: id,
      claims: () => ({
        sub: id,
        given_name: persona.nome,
        family_name: persona.cognome,
        email: persona.email,
        [FISCAL_NUMBER_CLAIM]: formatFiscalNumberClaim(persona.codiceFiscale),
      }),
    };
  }

  /** The Cassetto API needs, in its JWT access tokens, who (fiscal number), how strongly (acr) and which grant. */
  async function extraTokenClaims(ctx: KoaContextWithOIDC, token: AccessTokenLike) {
    if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
    const parsed = parseAccountId(token.accountId);
    if (!parsed) return undefined;
    // The level of the original login, carried by the code and then by each refresh token.
    const acr = quirks.noAcr
      ? undefined
      : (ctx.oidc.entities.AuthorizationCode?.acr ?? ctx.oidc.entities.RefreshToken?.acr);
    return {
      [FISCAL_NUMBER_CLAIM]: formatFiscalNumberClaim(parsed.codiceFiscale),
      acr,
      [GRANT_ID_CLAIM]: token.grantId,
    };
  }

  const configuration: Configuration = {
    adapter,
    clients: [client],
    jwks: keys.jwks,
    cookies: {
      keys: keys.cookieKeys,
      long: { httpOnly: true, sameSite: 'lax', signed: true },
      short: { httpOnly: true, sameSite: 'lax', signed: true },
    },
    acrValues: quirks.noAcr ? [] : [SPID_ACR[1], SPID_ACR[2], SPID_ACR[3], CNS_ACR],
    claims: {
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
      amr: null,
      openid: ['sub'],
      profile: ['given_name', 'family_name', FISCAL_NUMBER_CLAIM],
      email: ['email'],
    },
    clientDefaults: { id_token_signed_response_alg: SIGNING_ALG },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      // The desktop client may revoke and introspect its own tokens, and nothing else.
      revocation: { enabled: true, allowedPolicy: ownTokensOnly },
      introspection: { enabled: true, allowedPolicy: ownTokensOnly },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          setPageHeaders(ctx);
          ctx.type = 'html';
          ctx.body = logoutPage(form, DESKTOP_CLIENT.client_name);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          setPageHeaders(ctx);
          ctx.type = 'html';
          ctx.body = messagePage('Sei uscito', 'La sessione è stata chiusa. Puoi chiudere questa pagina.');
        },
      },
      resourceIndicators: {
        enabled: true,
        // Every authorization is for the Cassetto API, so the app need not send `resource`.
        defaultResource: async () => apiBaseUrl,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: KoaContextWithOIDC, resourceIndicator: string) => {
          if (resourceIndicator !== apiBaseUrl) throw new errors.InvalidTarget();
          return {
            scope: API_SCOPE,
            audience: apiBaseUrl,
            accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: SIGNING_ALG } },
          };
        },
      },
    },
    findAccount,
    extraTokenClaims,
    interactions: {
      policy: interactionPolicyForSpid(),
      url: async (_ctx: KoaContextWithOIDC, interaction: { uid: string }) =>
        `/interaction/${interaction.uid}`,
    },
    renderError: async (ctx: KoaContextWithOIDC, out: Record<string, string>) => {
      setPageHeaders(ctx);
      ctx.type = 'html';
      const detail = out.error_description ?? out.error ?? 'errore sconosciuto';
      ctx.body = messagePage('Accesso non riuscito', `La richiesta non può essere completata: ${detail}.`);
    },
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL_SECONDS,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: 8 * 60 * 60,
      // SPID allows refresh tokens for at most 30 days.
      RefreshToken: 30 * 24 * 60 * 60,
      Grant: 30 * 24 * 60 * 60,
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.on('grant.revoked', (_ctx, grantId) => onGrantRevoked(grantId));
  provider.on('server_error', (_ctx, error) => console.error('[sandbox bridge]', error));
  return provider;
}

/**
 * What the bridge does with the level of assurance a request asks for.
 *
 * The level the tester picks on the test identity provider is the level of the session, and the
 * ID token's `acr` says so. When the request asked for more through `acr_values`, which OpenID
 * Connect makes advisory, the login still completes with the lower `acr`: the app must read it
 * and refuse (openid-client does not check it), and the Cassetto API refuses such tokens too.
 * When the request marked `acr` as essential in the claims parameter, the bridge answers
 * `access_denied` instead, as the specification asks of an essential claim it cannot satisfy.
 */
import { CNS_ACR, LIVELLO_INSUFFICIENTE_MESSAGE, assuranceOfAcr, levelOfAcr } from '../../shared/domain/spid';
import type { SpidAcr, SpidLevel } from '../../shared/domain/spid';

export interface RequestedAcr {
  /** The lowest level among the requested values: any of them satisfies the request. */
  minimumLevel: SpidLevel | undefined;
  essential: boolean;
}

export interface AcrClaimRequest {
  essential?: boolean;
  value?: string;
  values?: string[];
}

export type LoginDecision =
  { outcome: 'login'; acr: SpidAcr | typeof CNS_ACR } | { outcome: 'deny'; description: string };

function minimumOf(values: readonly unknown[]): SpidLevel | undefined {
  const levels = values.map(levelOfAcr).filter((level): level is SpidLevel => level !== undefined);
  return levels.length === 0 ? undefined : (Math.min(...levels) as SpidLevel);
}

/** From the `acr` entry of a parsed claims request (where oidc-provider also puts acr_values). */
export function requestedAcrFromClaim(claim: AcrClaimRequest | null | undefined): RequestedAcr {
  if (!claim) return { minimumLevel: undefined, essential: false };
  const values = claim.values ?? (claim.value === undefined ? [] : [claim.value]);
  return { minimumLevel: minimumOf(values), essential: claim.essential === true };
}

/** From the raw authorization request parameters kept in an interaction. */
export function requestedAcrFromParams(params: Readonly<Record<string, unknown>>): RequestedAcr {
  let claim: AcrClaimRequest | undefined;
  if (typeof params.claims === 'string') {
    try {
      const parsed = JSON.parse(params.claims) as { id_token?: { acr?: AcrClaimRequest } };
      claim = parsed.id_token?.acr ?? undefined;
    } catch {
      claim = undefined;
    }
  }
  const fromClaims = requestedAcrFromClaim(claim);
  if (fromClaims.essential || fromClaims.minimumLevel !== undefined) return fromClaims;
  const acrValues = typeof params.acr_values === 'string' ? params.acr_values.split(' ') : [];
  return { minimumLevel: minimumOf(acrValues), essential: false };
}

/**
 * A login stating `acr` against the request: refused only when a higher level was essential.
 * A CNS login compares as SPID level 2 (assuranceOfAcr): it satisfies what INPS asks, and is
 * refused only when level 3 is essential.
 */
export function decideLogin(acr: SpidAcr | typeof CNS_ACR, requested: RequestedAcr): LoginDecision {
  const { minimumLevel, essential } = requested;
  const level = assuranceOfAcr(acr);
  if (essential && minimumLevel !== undefined && (level === undefined || level < minimumLevel)) {
    const description =
      acr === CNS_ACR
        ? `Il servizio richiede SPID di livello ${minimumLevel} o la CIE: la CNS non basta.`
        : LIVELLO_INSUFFICIENTE_MESSAGE;
    return { outcome: 'deny', description };
  }
  return { outcome: 'login', acr };
}

/** True when an existing session is weaker than the request: the user is asked to log in again. */
export function sessionBelowRequest(sessionAcr: string | undefined, requested: RequestedAcr): boolean {
  if (requested.minimumLevel === undefined) return false;
  const level = assuranceOfAcr(sessionAcr);
  return level === undefined || level < requested.minimumLevel;
}

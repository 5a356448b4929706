/**
 * Who is calling: the bearer token must be a JWT access token of the bridge for this API
 * (signature against the bridge's JWKS, issuer, audience, expiry, `at+jwt` type so that an ID
 * token is never taken for one), of a grant not revoked, and of SPID level 2 or more
 * (CIE included) or CNS.
 */
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import {
  FISCAL_NUMBER_CLAIM,
  livelloOfAcr,
  meetsInpsMinimum,
  readFiscalNumberClaim,
} from '../../shared/domain/spid';
import type { Livello } from '../../shared/domain/spid';
import { ACCESS_TOKEN_TYPE, GRANT_ID_CLAIM } from '../accessToken';
import { insufficientLevel, unauthorized } from './errors';

export const CLOCK_TOLERANCE_SECONDS = 5;

export interface Principal {
  codiceFiscale: string;
  /** The SPID level of the login, or CNS. */
  livello: Livello;
  grantId: string;
  subject: string;
}

export interface AuthenticatorOptions {
  issuer: string;
  audience: string;
  jwksUrl: URL;
  isGrantRevoked(grantId: string): boolean;
}

export type Authenticator = (authorization: string | undefined) => Promise<Principal>;

function bearerToken(authorization: string | undefined): string {
  const match =
    authorization === undefined ? null : /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i.exec(authorization.trim());
  if (!match) {
    throw unauthorized(
      'TOKEN_MANCANTE',
      'Accesso non autenticato: serve un token di accesso (intestazione Authorization: Bearer).',
    );
  }
  return match[1] as string;
}

async function verify(
  token: string,
  options: AuthenticatorOptions,
  jwks: ReturnType<typeof createRemoteJWKSet>,
): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, jwks, {
      issuer: options.issuer,
      audience: options.audience,
      typ: ACCESS_TOKEN_TYPE,
      algorithms: ['RS256', 'PS256', 'ES256'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    return payload;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw unauthorized('TOKEN_SCADUTO', 'Il token di accesso è scaduto: rinnova la sessione.');
    }
    if (error instanceof joseErrors.JOSEError) {
      throw unauthorized('TOKEN_NON_VALIDO', 'Il token di accesso non è valido per questo servizio.');
    }
    throw error;
  }
}

export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const jwks = createRemoteJWKSet(options.jwksUrl, { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000 });

  return async function authenticate(authorization) {
    const payload = await verify(bearerToken(authorization), options, jwks);

    const grantId = payload[GRANT_ID_CLAIM];
    if (typeof grantId !== 'string' || grantId === '') {
      throw unauthorized('TOKEN_NON_VALIDO', 'Il token di accesso non indica la sessione da cui proviene.');
    }
    if (options.isGrantRevoked(grantId)) {
      throw unauthorized('TOKEN_REVOCATO', 'La sessione è stata chiusa: accedi di nuovo.');
    }
    const fiscalNumber = readFiscalNumberClaim({ [FISCAL_NUMBER_CLAIM]: payload[FISCAL_NUMBER_CLAIM] });
    if (!fiscalNumber.ok) {
      throw unauthorized('TOKEN_NON_VALIDO', 'Il token di accesso non riporta un codice fiscale valido.');
    }
    if (!meetsInpsMinimum(payload.acr)) throw insufficientLevel();

    return {
      codiceFiscale: fiscalNumber.value.value,
      livello: livelloOfAcr(payload.acr) as Livello,
      grantId,
      subject: payload.sub as string,
    };
  };
}

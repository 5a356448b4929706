/**
 * Access tokens made by hand with the bridge's own key (read from the sandbox's data directory),
 * to test what the API does with expired, mis-addressed or oddly-shaped tokens.
 */
import { SignJWT, generateKeyPair, importJWK } from 'jose';
import type { JWTPayload } from 'jose';
import { FISCAL_NUMBER_CLAIM, SPID_ACR, formatFiscalNumberClaim } from '../../shared/domain/spid';
import { ACCESS_TOKEN_TYPE, GRANT_ID_CLAIM } from '../accessToken';
import { SIGNING_ALG, readBridgeKeys } from '../bridge/keys';
import type { Sandbox } from '../index';
import { personaByKey, type PersonaKey } from '../seed/personae';

export interface ForgeOptions {
  /** Claims to add or override (`undefined` removes one). */
  claims?: Record<string, unknown>;
  /** Sign with a fresh key of the same kid instead of the bridge's. */
  foreignKey?: boolean;
  typ?: string;
}

/** The sandbox a token is forged for. */
export type ForgeTarget = Pick<Sandbox, 'dataDir' | 'issuer' | 'apiBaseUrl' | 'clientId'>;

export async function forgeAccessToken(
  sandbox: ForgeTarget,
  codiceFiscale: string,
  options: ForgeOptions = {},
): Promise<string> {
  const keys = await readBridgeKeys(sandbox.dataDir);
  const jwk = keys?.jwks.keys[0];
  if (!jwk) throw new Error('Chiavi del bridge non trovate');
  const key = options.foreignKey
    ? (await generateKeyPair(SIGNING_ALG)).privateKey
    : await importJWK(jwk, SIGNING_ALG);
  const now = Math.floor(Date.now() / 1000);
  const payload: JWTPayload = {
    iss: sandbox.issuer,
    aud: sandbox.apiBaseUrl,
    sub: `spid:${codiceFiscale}`,
    client_id: sandbox.clientId,
    iat: now,
    exp: now + 600,
    jti: `forged-${now}-${Math.random().toString(36).slice(2)}`,
    acr: SPID_ACR[2],
    [FISCAL_NUMBER_CLAIM]: formatFiscalNumberClaim(codiceFiscale),
    [GRANT_ID_CLAIM]: `forged-grant-${now}`,
  };
  for (const [name, value] of Object.entries(options.claims ?? {})) {
    if (value === undefined) delete payload[name];
    else payload[name] = value;
  }
  return new SignJWT(payload)
    .setProtectedHeader({ alg: SIGNING_ALG, typ: options.typ ?? ACCESS_TOKEN_TYPE, kid: jwk.kid })
    .sign(key);
}

/** A token the bridge could have issued to a seeded persona, for tests that skip the login. */
export const forgeTokenFor = (sandbox: ForgeTarget, persona: PersonaKey, options?: ForgeOptions) =>
  forgeAccessToken(sandbox, personaByKey(persona).codiceFiscale, options);

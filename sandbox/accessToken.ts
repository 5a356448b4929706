/**
 * The agreement between the bridge, which issues the Cassetto API's JWT access tokens, and the
 * API, which reads them: besides `sub`, `iss`, `aud`, `exp`, they carry the fiscal number claim,
 * the `acr` of the login and the id of the grant (refused once revoked).
 */
export const GRANT_ID_CLAIM = 'grant_id';
/** Scope of the Cassetto API at the bridge; the API authorises by delega, not by scope. */
export const API_SCOPE = 'cassetto';
export const ACCESS_TOKEN_TTL_SECONDS = 10 * 60;
export const ACCESS_TOKEN_TYPE = 'at+jwt';

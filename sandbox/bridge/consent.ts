/**
 * Consent is granted without asking: the bridge is first-party to the app, as an organisation's
 * SPID/CIE proxy is. What the request asked for (scopes, offline_access included, claims and
 * the Cassetto API's scopes) is written into the grant.
 */
import type { InteractionDetails, InteractionResults, Provider } from 'oidc-provider';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export async function grantEverythingRequested(
  provider: Provider,
  details: InteractionDetails,
): Promise<InteractionResults> {
  const accountId = details.session?.accountId;
  const clientId = details.params.client_id;
  if (!accountId || typeof clientId !== 'string') throw new Error('Consenso senza sessione o senza client');

  const grant =
    (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
    new provider.Grant({ accountId, clientId });
  const missing = details.prompt.details;
  const scopes = stringList(missing.missingOIDCScope);
  if (scopes.length > 0) grant.addOIDCScope(scopes.join(' '));
  const claims = stringList(missing.missingOIDCClaims);
  if (claims.length > 0) grant.addOIDCClaims(claims);
  const resourceScopes = missing.missingResourceScopes;
  if (resourceScopes && typeof resourceScopes === 'object') {
    for (const [indicator, requested] of Object.entries(resourceScopes)) {
      grant.addResourceScope(indicator, stringList(requested).join(' '));
    }
  }
  const grantId = await grant.save();
  return { consent: details.grantId ? {} : { grantId } };
}

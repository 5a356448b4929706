import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { accountIdOf, type AccountMethod } from './accountId';

/** What the bridge decided on a login: refused with its reason, or signed in (acr unless the bridge sends none). */
export type LoginOutcome = { outcome: 'login'; acr?: string } | { outcome: 'deny'; description: string };

/**
 * Ends a login interaction, for SPID, CIE and CNS alike. Not remembered: the session cookie ends
 * with the browser, as on a shared office PC it should.
 */
export async function finishLogin(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  decision: LoginOutcome,
  method: AccountMethod,
  codiceFiscale: string,
): Promise<void> {
  const result =
    decision.outcome === 'deny'
      ? { error: 'access_denied', error_description: decision.description }
      : {
          login: {
            accountId: accountIdOf(method, codiceFiscale),
            ...(decision.acr ? { acr: decision.acr } : {}),
            amr: [method],
            remember: false,
          },
        };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

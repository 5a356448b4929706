import type { AnyEndpoint, ParamsOf, ResponseOf } from '../../../shared/inpsApi/endpoint';
import type { AuthService } from '../auth/authService';
import { CassettoApiError, callEndpoint, type CallArgs, type HttpFetch } from './cassettoApiClient';

export interface CassettoGateway {
  /**
   * One endpoint of the API table (shared/inpsApi/endpoints.ts): the path built from `params`,
   * the body when it takes one, the answer checked against its schema; `signal` cancels it.
   */
  call<E extends AnyEndpoint>(target: E, params: ParamsOf<E>, ...rest: CallArgs<E>): Promise<ResponseOf<E>>;
}

/**
 * Every Cassetto API call of every feature goes through here: the session's token, schema
 * checks, and a session the API no longer accepts (revoked, expired) ends here too.
 */
export function createCassettoGateway(auth: AuthService, fetchImpl: HttpFetch = fetch): CassettoGateway {
  return {
    async call(target, params, ...[body, options = {}]) {
      const { token, apiBaseUrl } = await auth.accessToken(
        options.background ? { background: true } : undefined,
      );
      try {
        return await callEndpoint(fetchImpl, apiBaseUrl, token, target, params, body, options);
      } catch (error) {
        if (error instanceof CassettoApiError && error.status === 401) {
          await auth.logout('La sessione non è più valida presso l’INPS: accedere di nuovo.');
        }
        throw error;
      }
    },
  };
}

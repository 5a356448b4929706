import type { z } from 'zod';
import type { AuthService } from '../auth/authService';
import { CassettoApiError, requestCassetto, type CassettoRequest, type HttpFetch } from './cassettoApiClient';

export interface CassettoGateway {
  get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>>;
  post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>>;
  /** Any method, with a JSON body when given. */
  send<S extends z.ZodType>(request: CassettoRequest, schema: S): Promise<z.output<S>>;
}

/**
 * Every Cassetto API call of every feature goes through here: the session's token, schema
 * checks, and a session the API no longer accepts (revoked, expired) ends here too.
 */
export function createCassettoGateway(auth: AuthService, fetchImpl: HttpFetch = fetch): CassettoGateway {
  const send: CassettoGateway['send'] = async (request, schema) => {
    const { token, apiBaseUrl } = await auth.accessToken(
      request.background ? { background: true } : undefined,
    );
    try {
      return await requestCassetto(fetchImpl, apiBaseUrl, token, request, schema);
    } catch (error) {
      if (error instanceof CassettoApiError && error.status === 401) {
        await auth.logout('La sessione non è più valida presso l’INPS: accedere di nuovo.');
      }
      throw error;
    }
  };
  return {
    get: (path, schema) => send({ method: 'GET', path }, schema),
    post: (path, body, schema) => send({ method: 'POST', path, body }, schema),
    send,
  };
}

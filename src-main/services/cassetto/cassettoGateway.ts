import type { z } from 'zod';
import type { AuthService } from '../auth/authService';
import { CassettoApiError, getFromCassetto, postToCassetto, type HttpFetch } from './cassettoApiClient';

export interface CassettoGateway {
  get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>>;
  post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>>;
}

/**
 * Every Cassetto API call of every feature goes through here: the session's token, schema
 * checks, and a session the API no longer accepts (revoked, expired) ends here too.
 */
export function createCassettoGateway(auth: AuthService, fetchImpl: HttpFetch = fetch): CassettoGateway {
  async function withSession<T>(call: (apiBaseUrl: string, token: string) => Promise<T>): Promise<T> {
    const { token, apiBaseUrl } = await auth.accessToken();
    try {
      return await call(apiBaseUrl, token);
    } catch (error) {
      if (error instanceof CassettoApiError && error.status === 401) {
        await auth.logout('La sessione non è più valida presso l’INPS: accedere di nuovo.');
      }
      throw error;
    }
  }
  return {
    get: (path, schema) =>
      withSession((apiBaseUrl, token) => getFromCassetto(fetchImpl, apiBaseUrl, token, path, schema)),
    post: (path, body, schema) =>
      withSession((apiBaseUrl, token) => postToCassetto(fetchImpl, apiBaseUrl, token, path, body, schema)),
  };
}

import type { z } from 'zod';
import { apiErrorSchema } from '../../../shared/domain/cassettoApi';
import { ContractError } from '../../../shared/contract';
import type { HttpFetch } from '../net/outboundFetch';

export type { HttpFetch };

/** The API's refusal, kept with its INPS-side code so callers can tell an expired token from a missing delega. */
export class CassettoApiError extends ContractError {
  constructor(
    readonly status: number,
    readonly apiCode: string,
    message: string,
  ) {
    super(
      status === 401
        ? 'UNAUTHENTICATED'
        : status === 403
          ? 'FORBIDDEN'
          : status === 404
            ? 'NOT_FOUND'
            : status === 400 || status === 422
              ? 'INVALID_INPUT'
              : status === 409 || status === 410 || status === 423
                ? 'CONFLICT'
                : 'UNAVAILABLE',
      message,
    );
  }
}

/** GET a path of the Cassetto API with a bearer token and check the answer against its schema. */
export async function getFromCassetto<S extends z.ZodType>(
  fetchImpl: HttpFetch,
  apiBaseUrl: string,
  accessToken: string,
  path: string,
  schema: S,
): Promise<z.output<S>> {
  return requestCassetto(fetchImpl, apiBaseUrl, accessToken, path, schema);
}

/** GET, or POST with a JSON body when one is given. */
export async function requestCassetto<S extends z.ZodType>(
  fetchImpl: HttpFetch,
  apiBaseUrl: string,
  accessToken: string,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetchImpl(`${apiBaseUrl}${path}`, {
      ...(body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) }),
      headers: {
        Authorization: `Bearer ${accessToken}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    throw new ContractError(
      'UNAVAILABLE',
      'Il servizio INPS non è raggiungibile. Verificare la connessione e riprovare.',
    );
  }
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(answer);
    throw new CassettoApiError(
      response.status,
      parsed.success ? parsed.data.error.code : `HTTP_${response.status}`,
      parsed.success
        ? parsed.data.error.message
        : `Il servizio INPS ha risposto con l’errore ${response.status}.`,
    );
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success)
    throw new ContractError('UNAVAILABLE', 'Il servizio INPS ha inviato una risposta non riconosciuta.');
  return parsed.data;
}

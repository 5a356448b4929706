import type { z } from 'zod';
import { apiErrorSchema } from '../../../shared/domain/cassettoApi';
import { ContractError } from '../../../shared/contract';
import type { HttpFetch } from '../net/outboundFetch';
import {
  buildPath,
  type AnyEndpoint,
  type BodyOf,
  type HttpMethod,
  type ParamsOf,
  type ResponseOf,
} from '../../../shared/inpsApi/endpoint';

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
            : status === 409 || status === 410 || status === 423 || status === 429
              ? 'CONFLICT'
              : status === 400 || status === 413 || status === 422
                ? 'INVALID_INPUT'
                : 'UNAVAILABLE',
      message,
    );
  }
}

/** How one call is made beyond its endpoint, parameters and body. */
export interface CallOptions {
  /** Given up when it aborts (the user moved on): fetch stops, the call rejects. */
  signal?: AbortSignal;
  /** Made by a timer, not by the user: does not keep an idle session alive. */
  background?: boolean;
}

/** The arguments after the parameters: the body when the endpoint takes one, then the options. */
export type CallArgs<E extends AnyEndpoint> = E['body'] extends z.ZodType
  ? [body: BodyOf<E>, options?: CallOptions]
  : [body?: undefined, options?: CallOptions];

/** One endpoint of the table, its path built from the parameters and its answer checked. */
export function callEndpoint<E extends AnyEndpoint>(
  fetchImpl: HttpFetch,
  apiBaseUrl: string,
  accessToken: string,
  target: E,
  params: ParamsOf<E>,
  body: BodyOf<E> | undefined,
  options: CallOptions = {},
): Promise<ResponseOf<E>> {
  return requestCassetto(
    fetchImpl,
    apiBaseUrl,
    accessToken,
    {
      method: target.method,
      path: buildPath(target, params),
      ...(target.body === undefined ? {} : { body }),
      ...(options.signal ? { signal: options.signal } : {}),
    },
    target.response,
  ) as Promise<ResponseOf<E>>;
}

interface CassettoRequest {
  method: HttpMethod;
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/** Any call of the Cassetto API, with a bearer token, the answer checked against its schema. */
async function requestCassetto<S extends z.ZodType>(
  fetchImpl: HttpFetch,
  apiBaseUrl: string,
  accessToken: string,
  request: CassettoRequest,
  schema: S,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetchImpl(`${apiBaseUrl}${request.path}`, {
      method: request.method,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        Accept: 'application/json',
        ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: request.signal
        ? AbortSignal.any([request.signal, AbortSignal.timeout(60_000)])
        : AbortSignal.timeout(60_000),
    });
  } catch (error) {
    // Given up by the caller: not a network failure, and no snapshot should stand in for it.
    if (request.signal?.aborted) throw request.signal.reason ?? error;
    throw new ContractError(
      'UNAVAILABLE',
      'Il servizio INPS non è raggiungibile. Verificare la connessione e riprovare.',
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    throw new CassettoApiError(
      response.status,
      parsed.success ? parsed.data.error.code : `HTTP_${response.status}`,
      parsed.success
        ? parsed.data.error.message
        : `Il servizio INPS ha risposto con l’errore ${response.status}.`,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ContractError('UNAVAILABLE', 'Il servizio INPS ha inviato una risposta non riconosciuta.');
  return parsed.data;
}

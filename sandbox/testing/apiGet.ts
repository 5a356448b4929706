import type { PersonaKey } from '../seed/personae';
import { forgeTokenFor, type ForgeTarget } from './tokens';

/** A bare GET against the Cassetto API, for tests that look at statuses and error bodies. */
export interface ApiAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

export async function apiGet(
  apiBaseUrl: string,
  path: string,
  accessToken?: string,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const response = await fetch(`${apiBaseUrl}${path}`, {
    headers: {
      accept: 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
      ...headers,
    },
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
    headers: response.headers,
  };
}

/** A GET as a seeded persona, with a token forged for her: what the API lets her see, without a login. */
export async function apiGetAs(sandbox: ForgeTarget, persona: PersonaKey, path: string): Promise<ApiAnswer> {
  return apiGet(sandbox.apiBaseUrl, path, await forgeTokenFor(sandbox, persona));
}

export function errorCodeOf(answer: ApiAnswer): string | undefined {
  const body = answer.body as { error?: { code?: unknown } } | undefined;
  return typeof body?.error?.code === 'string' ? body.error.code : undefined;
}

/** A bare JSON POST against the Cassetto API. */
export async function apiPost(
  apiBaseUrl: string,
  path: string,
  body: unknown,
  accessToken?: string,
): Promise<ApiAnswer> {
  const response = await fetch(`${apiBaseUrl}${path}`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
    headers: response.headers,
  };
}

import type { HttpFetch } from '../net/outboundFetch';

const PROBE_TIMEOUT_MS = 10_000;

/**
 * Asks the authorization endpoint for the request the browser is about to make, without following
 * its redirects, and returns the HTTP status when the bridge refuses it outright (400 or 403: a
 * redirect_uri or client it does not accept, which OAuth forbids it to send back to the app, so
 * the app would otherwise wait in silence). Anything else, a network error included, says
 * nothing: the browser's own attempt decides. The probe creates at most an abandoned
 * interaction at the bridge; it consumes no code, state or nonce.
 */
export async function probeAuthorizationRequest(fetchImpl: HttpFetch, url: string): Promise<number | null> {
  try {
    const response = await fetchImpl(url, {
      method: 'GET',
      redirect: 'manual',
      headers: { Accept: 'text/html' },
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => undefined);
    return response.status === 400 || response.status === 403 ? response.status : null;
  } catch {
    return null;
  }
}

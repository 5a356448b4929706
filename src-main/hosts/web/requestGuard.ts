import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { webRoutes } from '../../../shared/contract';

export type GuardVerdict = { allowed: true } | { allowed: false; status: 401 | 403 | 421; message: string };

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may reach the web host: only the page it served, on its own loopback origin, holding the
 * per-run secret. The Host check defeats DNS rebinding; the Origin and Sec-Fetch-Site checks
 * refuse other local pages; the secret refuses other local processes.
 */
export function checkRequest(
  request: IncomingMessage,
  origin: string,
  secret: string,
  needsSecret: boolean,
): GuardVerdict {
  const expectedHost = new URL(origin).host;
  if (request.headers.host !== expectedHost) {
    return { allowed: false, status: 421, message: 'Host non ammesso.' };
  }
  if (!needsSecret) return { allowed: true };
  const fromPage = checkSameOrigin(request, origin);
  if (!fromPage.allowed) return fromPage;
  const token = request.headers[webRoutes.tokenHeader];
  if (typeof token !== 'string' || !sameSecret(token, secret)) {
    return { allowed: false, status: 401, message: 'Chiave di sessione mancante o errata.' };
  }
  return { allowed: true };
}

/**
 * A one-time file address is opened by a navigation, which cannot carry the secret header: the
 * random address is the secret, and the Host, Origin and Sec-Fetch-Site rules still hold.
 */
export function checkFileRequest(request: IncomingMessage, origin: string): GuardVerdict {
  const host = checkRequest(request, origin, '', false);
  return host.allowed ? checkSameOrigin(request, origin) : host;
}

function checkSameOrigin(request: IncomingMessage, origin: string): GuardVerdict {
  const requestOrigin = request.headers.origin;
  if (requestOrigin !== undefined && requestOrigin !== origin) {
    return { allowed: false, status: 403, message: 'Origine non ammessa.' };
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin') {
    return { allowed: false, status: 403, message: 'Richiesta da un altro sito non ammessa.' };
  }
  return { allowed: true };
}

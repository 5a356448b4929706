/**
 * Who may use the sandbox's operator pages (back-office, mailbox): a request addressed to the
 * API's own loopback host (a DNS-rebinding page arrives with its own name as Host) and holding
 * the operator key printed at start (header `X-Operatore-Key`, or `chiave` from a page's URL or
 * form). The mailbox holds OTPs: without these checks any local page could read them.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type OperatorVerdict = { allowed: true } | { allowed: false; status: 401 | 421; message: string };

export function sameKey(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The Host values that name the API itself: 127.0.0.1:PORT and localhost:PORT. */
export function ownHostsOf(apiBaseUrl: string): readonly string[] {
  const { port } = new URL(apiBaseUrl);
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isOwnHost(req: IncomingMessage, ownHosts: readonly string[]): boolean {
  return ownHosts.includes((req.headers.host ?? '').toLowerCase());
}

/** The key from the header, else from `chiave` (query or form) when the caller passes it. */
export function checkOperator(
  req: IncomingMessage,
  ownHosts: readonly string[],
  operatorKey: string,
  chiave?: string | null,
): OperatorVerdict {
  if (!isOwnHost(req, ownHosts)) return { allowed: false, status: 421, message: 'Host non ammesso.' };
  const header = req.headers['x-operatore-key'];
  const given = typeof header === 'string' ? header : chiave;
  if (!sameKey(given, operatorKey)) {
    return { allowed: false, status: 401, message: 'Chiave operatore mancante o errata.' };
  }
  return { allowed: true };
}

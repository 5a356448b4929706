/**
 * Switches that make the sandbox bridge behave like bridges we did not write (seen on an
 * independent OpenID provider, issue 20): for tests and demos of how the app copes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface BridgeQuirks {
  /**
   * Redirect URIs matched exactly, on these loopback ports only (http://127.0.0.1:{port}/callback),
   * instead of any port as RFC 8252 §7.3 asks.
   */
  exactRedirectPorts?: readonly number[];
  /** No acr_values_supported in discovery and no acr claim: a provider without SPID levels. */
  noAcr?: boolean;
  /** Revocation answers 401 with no body to a public client. */
  refusePublicRevocation?: boolean;
}

export function redirectUrisFor(quirks: BridgeQuirks): { redirect: string[]; postLogout: string[] } | null {
  const ports = quirks.exactRedirectPorts;
  if (!ports || ports.length === 0) return null;
  return {
    redirect: ports.map((port) => `http://127.0.0.1:${port}/callback`),
    postLogout: ports.map((port) => `http://127.0.0.1:${port}/logout`),
  };
}

/** Answers what a quirky bridge answers before oidc-provider sees the request; true if it did. */
export function answeredByQuirk(quirks: BridgeQuirks, req: IncomingMessage, res: ServerResponse): boolean {
  if (quirks.refusePublicRevocation && new URL(req.url ?? '/', 'http://x').pathname === '/token/revocation') {
    req.resume();
    res.writeHead(401, { 'Content-Length': '0' }).end();
    return true;
  }
  return false;
}

/** From a list such as "exact-port=53700+53701,no-acr,refuse-revocation" (CLI and environment). */
export function parseBridgeQuirks(text: string | undefined): BridgeQuirks {
  const quirks: BridgeQuirks = {};
  for (const item of (text ?? '').split(',').map((part) => part.trim())) {
    if (item === '') continue;
    if (item === 'no-acr') quirks.noAcr = true;
    else if (item === 'refuse-revocation') quirks.refusePublicRevocation = true;
    else if (item.startsWith('exact-port=')) {
      const ports = item
        .slice('exact-port='.length)
        .split('+')
        .map((port) => Number(port));
      if (ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65535))
        throw new Error(`Porta non valida in "${item}"`);
      quirks.exactRedirectPorts = ports;
    } else
      throw new Error(
        `Comportamento del bridge sconosciuto: "${item}" (ammessi: exact-port=N, no-acr, refuse-revocation)`,
      );
  }
  return quirks;
}

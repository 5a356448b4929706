import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { Agent, ProxyAgent, type Dispatcher } from 'undici';
import type { Settings } from '../../../shared/contract';

export type HttpFetch = typeof fetch;

/**
 * The fetch every request to INPS goes through. In production it honours the proxy and the
 * extra CA certificate of Settings (offices of public administrations often have both); the
 * sandbox is on loopback and needs neither. The dispatcher is rebuilt only when they change.
 */
export function createOutboundFetch(currentSettings: () => Settings): HttpFetch {
  let cached: { key: string; dispatcher: Dispatcher | undefined } | null = null;

  const dispatcherFor = (settings: Settings): Dispatcher | undefined => {
    const production = settings.environment === 'production';
    const proxy = production ? settings.httpProxy : '';
    const caFile = production ? settings.extraCaCertFile : '';
    const key = `${proxy}\n${caFile}`;
    if (cached?.key === key) return cached.dispatcher;
    void cached?.dispatcher?.close();
    // The extra CA adds to the public roots; it does not replace them.
    const ca = caFile ? [...rootCertificates, readFileSync(caFile, 'utf8')] : undefined;
    const dispatcher = proxy
      ? new ProxyAgent({ uri: proxy, ...(ca ? { requestTls: { ca } } : {}) })
      : ca
        ? new Agent({ connect: { ca } })
        : undefined;
    cached = { key, dispatcher };
    return dispatcher;
  };

  return (input, init) => {
    const dispatcher = dispatcherFor(currentSettings());
    // Node's fetch is undici: it takes a dispatcher, and keeps returning the global Response
    // that openid-client checks with instanceof.
    return fetch(input, dispatcher ? ({ ...init, dispatcher } as RequestInit) : init);
  };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../../../shared/text/escapeHtml';

export interface LoopbackRedirect {
  /** http://127.0.0.1:{port}/callback — never "localhost", which may resolve to ::1. */
  redirectUri: string;
  /** The full callback URL the browser came back with. */
  callback: Promise<URL>;
  /** Shows the user the outcome in the browser tab that came back. */
  respond(outcome: { ok: boolean; message: string }): void;
  close(): void;
}

const page = (title: string, message: string) => `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${message}</p></main></body></html>`;

/**
 * The RFC 8252 §7.3 loopback redirect: a listener on an ephemeral port, opened for one login
 * and closed after its callback (or when the login is abandoned).
 */
export async function openLoopbackRedirect(timeoutMs = 10 * 60_000): Promise<LoopbackRedirect> {
  let settle: { resolve(url: URL): void; reject(error: Error): void } | undefined;
  const callback = new Promise<URL>((resolve, reject) => (settle = { resolve, reject }));
  callback.catch(() => undefined);
  let pendingResponse: ((outcome: { ok: boolean; message: string }) => void) | null = null;

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1`);
    if (url.pathname !== '/callback' || pendingResponse) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Non trovato');
      return;
    }
    pendingResponse = ({ ok, message }) => {
      response.writeHead(ok ? 200 : 400, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'none'",
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      });
      response.end(page(ok ? 'Accesso completato' : 'Accesso non riuscito', escapeHtml(message)));
    };
    settle?.resolve(new URL(`${redirectUri}${url.search}`));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  const timer = setTimeout(
    () => settle?.reject(new Error('Tempo scaduto per completare l’accesso.')),
    timeoutMs,
  );
  timer.unref();

  const close = () => {
    clearTimeout(timer);
    settle?.reject(new Error('Accesso annullato.'));
    server.close();
    server.closeAllConnections();
  };

  return {
    redirectUri,
    callback,
    respond(outcome) {
      pendingResponse?.(outcome);
      // Let the page reach the browser before the socket goes.
      setTimeout(close, 200).unref();
    },
    close,
  };
}

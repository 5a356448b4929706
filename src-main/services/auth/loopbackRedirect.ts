import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../../../shared/text/escapeHtml';

export interface LoopbackRedirect {
  /** http://127.0.0.1:{port}/callback — never "localhost", which may resolve to ::1. */
  redirectUri: string;
  /** The full callback URL the browser came back with; rejects with a LoopbackEnded on timeout or cancel. */
  callback: Promise<URL>;
  /** Shows the user the outcome in the browser tab that came back. */
  respond(outcome: { ok: boolean; message: string }): void;
  /** Stops listening at once; resolves when the port is free again. */
  close(): Promise<void>;
}

export interface LoopbackOptions {
  /** Ports to try in order (the first free one is used); empty: an ephemeral port (RFC 8252 §7.3). */
  ports?: readonly number[];
  timeoutMs?: number;
}

/** Why no callback came: the time limit passed, or the login was abandoned. */
export class LoopbackEnded extends Error {
  constructor(readonly reason: 'timeout' | 'cancelled') {
    super(reason === 'timeout' ? 'Tempo scaduto per completare l’accesso.' : 'Accesso annullato.');
    this.name = 'LoopbackEnded';
  }
}

/** Every listed port is taken by another program. */
export class LoopbackPortsBusy extends Error {
  constructor(readonly ports: readonly number[]) {
    super(`Porte occupate: ${ports.join(', ')}`);
    this.name = 'LoopbackPortsBusy';
  }
}

export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;

const page = (title: string, message: string) => `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${message}</p></main></body></html>`;

const listenOn = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });

/** The first free port of the list, or an ephemeral one when the list is empty. */
async function listenOnFirstFree(server: Server, ports: readonly number[]): Promise<void> {
  if (ports.length === 0) return listenOn(server, 0);
  for (const port of ports) {
    try {
      return await listenOn(server, port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new LoopbackPortsBusy(ports);
}

/**
 * The RFC 8252 §7.3 loopback redirect: a listener on 127.0.0.1, opened for one login and closed
 * after its callback, its time limit, or a cancel. Bridges that match the redirect URI exactly
 * need a fixed port: the listed ports are tried in order.
 */
export async function openLoopbackRedirect(options: LoopbackOptions = {}): Promise<LoopbackRedirect> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
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

  await listenOnFirstFree(server, options.ports ?? []);
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  const timer = setTimeout(() => void end(new LoopbackEnded('timeout')), timeoutMs);
  timer.unref();

  let closed: Promise<void> | null = null;
  const end = (why: LoopbackEnded): Promise<void> => {
    if (closed) return closed;
    clearTimeout(timer);
    settle?.reject(why);
    closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    return closed;
  };

  return {
    redirectUri,
    callback,
    respond(outcome) {
      pendingResponse?.(outcome);
      // Let the page reach the browser before the socket goes.
      setTimeout(() => void end(new LoopbackEnded('cancelled')), 200).unref();
    },
    close: () => end(new LoopbackEnded('cancelled')),
  };
}

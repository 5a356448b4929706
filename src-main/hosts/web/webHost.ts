import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webRoutes, type CallResult, type Dispatch, type EventHub } from '../../../shared/contract';
import { readRendererAsset, securityHeaders } from '../common/rendererAssets';
import { checkRequest } from './requestGuard';

export interface WebHostOptions<C> {
  rendererDir: string;
  dispatch: Dispatch<C>;
  events: EventHub;
  /** Context of every call; the web host serves one local user. */
  context: C;
  port?: number;
  secret?: string;
  maxBodyBytes?: number;
}

export interface WebHost {
  origin: string;
  secret: string;
  /** The address to open: the secret travels in the fragment, never in a request line. */
  url: string;
  close(): Promise<void>;
}

const KEEPALIVE_MS = 20_000;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function refusal(
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INVALID_INPUT' | 'NOT_FOUND',
  message: string,
): CallResult<never> {
  return { ok: false, error: { code, message } };
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The loopback host: serves the built renderer and carries the contract over HTTP + SSE. */
export async function startWebHost<C>(options: WebHostOptions<C>): Promise<WebHost> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  // A quesito's attachment (3 MB) arrives as base64 in one staged call: 4 MB and some room.
  const maxBody = options.maxBodyBytes ?? 6 * 1024 * 1024;
  const openStreams = new Set<ServerResponse>();
  let origin = '';

  const handleCall = async (request: IncomingMessage, response: ServerResponse, name: string) => {
    if (request.method !== 'POST')
      return sendJson(response, 405, refusal('INVALID_INPUT', 'Metodo non ammesso.'));
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, refusal('INVALID_INPUT', 'Il corpo deve essere JSON.'));
    }
    const raw = await readBody(request, maxBody);
    if (raw === null) return sendJson(response, 413, refusal('INVALID_INPUT', 'Richiesta troppo grande.'));
    let input: unknown;
    try {
      input = raw === '' ? {} : JSON.parse(raw);
    } catch {
      return sendJson(response, 400, refusal('INVALID_INPUT', 'JSON non valido.'));
    }
    // The envelope says whether the call succeeded; HTTP 200 means the host answered.
    sendJson(response, 200, await options.dispatch(name, input, options.context));
  };

  const handleEvents = (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connesso\n\n');
    openStreams.add(response);
    const unsubscribe = options.events.subscribe((name, payload) => {
      response.write(`data: ${JSON.stringify({ name, payload })}\n\n`);
    });
    const keepalive = setInterval(() => response.write(': keepalive\n\n'), KEEPALIVE_MS);
    request.on('close', () => {
      clearInterval(keepalive);
      unsubscribe();
      openStreams.delete(response);
    });
  };

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const isApi = path.startsWith('/api/');
    const verdict = checkRequest(request, origin, secret, isApi);
    if (!verdict.allowed) {
      return sendJson(
        response,
        verdict.status,
        refusal(verdict.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', verdict.message),
      );
    }
    if (path.startsWith(webRoutes.callPrefix)) {
      return void handleCall(
        request,
        response,
        decodeURIComponent(path.slice(webRoutes.callPrefix.length)),
      ).catch(() => sendJson(response, 500, refusal('INVALID_INPUT', 'Richiesta interrotta.')));
    }
    if (path === webRoutes.events && request.method === 'GET') return handleEvents(request, response);
    if (isApi) return sendJson(response, 404, refusal('NOT_FOUND', 'Percorso sconosciuto.'));
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendJson(response, 405, refusal('INVALID_INPUT', 'Metodo non ammesso.'));

    void readRendererAsset(options.rendererDir, path).then((asset) => {
      if (!asset) {
        response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
        return response.end('Non trovato');
      }
      response.writeHead(200, {
        ...securityHeaders,
        'Content-Type': asset.contentType,
        'Cache-Control': asset.cacheControl,
      });
      response.end(request.method === 'HEAD' ? undefined : asset.body);
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    secret,
    url: `${origin}/#token=${secret}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const stream of openStreams) stream.end();
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

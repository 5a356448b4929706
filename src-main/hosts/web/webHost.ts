import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webRoutes, type CallResult, type Dispatch, type EventHub } from '../../../shared/contract';
import { readRendererAsset, securityHeaders } from '../common/rendererAssets';
import { contentDisposition, FILES_PREFIX, type OneTimeFiles } from './oneTimeFiles';
import { checkFileRequest, checkRequest } from './requestGuard';

export interface WebHostOptions<C> {
  rendererDir: string;
  dispatch: Dispatch<C>;
  events: EventHub;
  /** Context of every call; the web host serves one local user. */
  context: C;
  port?: number;
  secret?: string;
  maxBodyBytes?: number;
  /** The one-time downloads the services registered (composeWebServices makes them). */
  files?: OneTimeFiles;
  /** Where unexpected errors go (logged to stderr by default); the host keeps serving. */
  onUnexpected?: (error: unknown) => void;
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
  // A client that went away, or an answer already begun: nothing more can be said on this socket.
  if (response.headersSent || response.writableEnded || response.destroyed) {
    if (!response.writableEnded) response.destroy();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function refusal(
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INVALID_INPUT' | 'NOT_FOUND' | 'INTERNAL',
  message: string,
): CallResult<never> {
  return { ok: false, error: { code, message } };
}

/** The call name from the path; null when its percent-encoding is malformed (e.g. `%E0`). */
function callNameOf(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

const internalError = refusal('INTERNAL', 'Errore interno imprevisto.');

/**
 * The dispatcher answers values, but the host does not rely on it: a dispatch that throws,
 * synchronously or not, with an Error or anything else, becomes a typed answer.
 */
async function safeDispatch<C>(
  dispatch: Dispatch<C>,
  name: string,
  input: unknown,
  context: C,
  onUnexpected: (error: unknown) => void,
  cancel: AbortSignal,
): Promise<CallResult<unknown>> {
  try {
    return await dispatch(name, input, context, cancel);
  } catch (error) {
    onUnexpected(error);
    return internalError;
  }
}

/** HTTP status of an answer: the envelope says what happened, the status says it to HTTP tools. */
function statusOf(result: CallResult<unknown>): number {
  if (result.ok) return 200;
  if (result.error.code === 'UNKNOWN_CALL') return 404;
  if (result.error.code === 'INTERNAL') return 500;
  return 200;
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
  const onUnexpected =
    options.onUnexpected ?? ((error: unknown) => console.error('[web host] errore imprevisto', error));

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
    // A client that hangs up before its answer (the renderer aborted the fetch) cancels the call.
    const cancel = new AbortController();
    const onClose = () => {
      if (!response.writableFinished) cancel.abort();
    };
    response.once('close', onClose);
    // The envelope says whether the call succeeded; the status only marks unknown calls and failures.
    const result = await safeDispatch(
      options.dispatch,
      name,
      input,
      options.context,
      onUnexpected,
      cancel.signal,
    );
    sendJson(response, statusOf(result), result);
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

  const handleFile = (request: IncomingMessage, response: ServerResponse, token: string) => {
    const verdict = checkFileRequest(request, origin);
    if (!verdict.allowed) {
      return sendJson(response, verdict.status, refusal('FORBIDDEN', verdict.message));
    }
    if (request.method !== 'GET')
      return sendJson(response, 405, refusal('INVALID_INPUT', 'Metodo non ammesso.'));
    const entry = options.files?.take(token);
    if (!entry) {
      response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      return void response.end("File scaduto o già scaricato: ripetere il comando dall'app.");
    }
    const { file, disposition } = entry;
    // The app's CSP stays off this one response: it would keep the browser's PDF viewer from
    // showing the fascicolo to print. The bytes are main's own and are never served twice.
    const { 'Content-Security-Policy': _csp, ...fileHeaders } = securityHeaders;
    response.writeHead(200, {
      ...fileHeaders,
      'Content-Type': file.mimeType,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': contentDisposition(disposition, file.fileName),
      'Cache-Control': 'no-store',
    });
    response.end(file.bytes);
  };

  const route = (request: IncomingMessage, response: ServerResponse): Promise<void> | void => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith(FILES_PREFIX)) return handleFile(request, response, path.slice(FILES_PREFIX.length));
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
      const name = callNameOf(path.slice(webRoutes.callPrefix.length));
      if (name === null) {
        return sendJson(response, 400, refusal('INVALID_INPUT', 'Nome della chiamata non valido.'));
      }
      return handleCall(request, response, name);
    }
    if (path === webRoutes.events && request.method === 'GET') return handleEvents(request, response);
    if (isApi) return sendJson(response, 404, refusal('NOT_FOUND', 'Percorso sconosciuto.'));
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendJson(response, 405, refusal('INVALID_INPUT', 'Metodo non ammesso.'));

    return readRendererAsset(options.rendererDir, path).then((asset) => {
      if (!asset) {
        response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
        return void response.end('Non trovato');
      }
      response.writeHead(200, {
        ...securityHeaders,
        'Content-Type': asset.contentType,
        'Cache-Control': asset.cacheControl,
      });
      response.end(request.method === 'HEAD' ? undefined : asset.body);
    });
  };

  // No error of one request reaches the process: the session lives in this process's memory.
  const server = createServer((request, response) => {
    const fail = (error: unknown) => {
      onUnexpected(error);
      sendJson(response, 500, internalError);
    };
    try {
      void Promise.resolve(route(request, response)).catch(fail);
    } catch (error) {
      fail(error);
    }
  });
  // A client that sends garbage, or hangs up mid-request, must not take the server down.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
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

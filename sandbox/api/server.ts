/** The Cassetto API's request handler: plain node:http, JSON in and out. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readBody } from '../http/body';
import { sendJson } from '../http/respond';
import type { QuesitiService } from '../quesiti/quesitiApi';
import type { CassettoStore } from '../store/cassettoStore';
import type { Authenticator } from './authenticate';
import { ApiError, internalError, methodNotAllowed, notFound } from './errors';
import { authorizePosizione, splitPosizionePath } from './posizioneScope';
import { createPosizioneRoutes, createUserRouter } from './routes';
import type { ApiResponse, RouteMatch } from './router';

export interface ApiHandlerOptions {
  store: CassettoStore;
  authenticate: Authenticator;
  quesiti: QuesitiService;
  /** Extra handlers tried before the API (the back-office); true when they answered. */
  before?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
}

/** Three attachments of 3 MB, zipped and in base64, with room for the text. */
const MAX_JSON_BODY_BYTES = 16 * 1024 * 1024;

function jsonReader(req: IncomingMessage): () => Promise<unknown> {
  return async () => {
    let raw: string;
    try {
      raw = await readBody(req, MAX_JSON_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        throw new ApiError(413, 'RICHIESTA_NON_VALIDA', 'La richiesta supera la dimensione massima ammessa.');
      throw error;
    }
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw new ApiError(400, 'RICHIESTA_NON_VALIDA', 'Il corpo della richiesta non è JSON valido.');
    }
  };
}

function resolve<C>(match: RouteMatch<C>): Extract<RouteMatch<C>, { kind: 'found' }> {
  if (match.kind === 'method_not_allowed') throw methodNotAllowed(match.allowed);
  if (match.kind === 'not_found') throw notFound();
  return match;
}

export function createApiHandler({ store, authenticate, quesiti, before }: ApiHandlerOptions) {
  const userRoutes = createUserRouter();
  const posizioneRoutes = createPosizioneRoutes();

  async function dispatch(req: IncomingMessage, url: URL): Promise<ApiResponse> {
    const method = req.method ?? 'GET';
    if (url.pathname === '/health') {
      if (method !== 'GET') throw methodNotAllowed(['GET']);
      return { body: { stato: 'ok' } };
    }
    if (!url.pathname.startsWith('/v1/')) throw notFound();

    const principal = await authenticate(req.headers.authorization);
    const posizionePath = splitPosizionePath(url.pathname);
    if (posizionePath) {
      const posizione = authorizePosizione(store, principal, posizionePath.id);
      const { handler, params } = resolve(posizioneRoutes.match(method, posizionePath.rest));
      return handler({ principal, posizione, store, url, quesiti, readJson: jsonReader(req) }, params);
    }
    const { handler, params } = resolve(userRoutes.match(method, url.pathname));
    return handler({ principal, store, url, quesiti, readJson: jsonReader(req) }, params);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (before && (await before(req, res, url))) return;
      const response = await dispatch(req, url);
      sendJson(res, response.status ?? 200, response.body);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : internalError();
      if (!(error instanceof ApiError)) console.error('[sandbox api]', error);
      sendJson(res, apiError.status, apiError.toBody(), apiError.headers);
    }
  };
}

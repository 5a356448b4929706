/** The Cassetto API's request handler: plain node:http, JSON in and out. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DelegheDesk } from '../deleghe/delegheDesk';
import { sendJson } from '../http/respond';
import type { QuesitiService } from '../quesiti/quesitiApi';
import type { CassettoStore } from '../store/cassettoStore';
import type { SezioniStore } from '../store/sezioniStore';
import { jsonReader } from './jsonBody';
import type { Authenticator } from './authenticate';
import { ApiError, internalError, methodNotAllowed, notFound } from './errors';
import { authorizePosizione, splitPosizionePath } from './posizioneScope';
import { createPosizioneRoutes, createUserRouter } from './routes';
import type { ApiResponse, RouteMatch } from './router';

export interface ApiHandlerOptions {
  store: CassettoStore;
  sezioni: SezioniStore;
  authenticate: Authenticator;
  deleghe: DelegheDesk;
  quesiti: QuesitiService;
  /** Extra handlers tried before the API (the back-office); true when they answered. */
  before?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
}

function resolve<C>(match: RouteMatch<C>): Extract<RouteMatch<C>, { kind: 'found' }> {
  if (match.kind === 'method_not_allowed') throw methodNotAllowed(match.allowed);
  if (match.kind === 'not_found') throw notFound();
  return match;
}

export function createApiHandler({
  store,
  sezioni,
  authenticate,
  deleghe,
  quesiti,
  before,
}: ApiHandlerOptions) {
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
      const { handler, params, maxBodyBytes } = resolve(posizioneRoutes.match(method, posizionePath.rest));
      const readJson = jsonReader(req, maxBodyBytes);
      return handler({ principal, posizione, store, sezioni, url, quesiti, readJson }, params);
    }
    const { handler, params, maxBodyBytes } = resolve(userRoutes.match(method, url.pathname));
    const readJson = jsonReader(req, maxBodyBytes);
    return handler({ principal, store, url, quesiti, readJson, deleghe }, params);
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

/**
 * The bridge's own pages under /interaction/{uid}: the choice between SPID and CIE, the test
 * identity providers, and the automatic consent. Everything else goes to oidc-provider.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { CIE_LEVEL, SPID_ACR } from '../../shared/domain/spid';
import type { SpidLevel } from '../../shared/domain/spid';
import type { Persona } from '../seed/personae';
import { readForm } from '../http/body';
import { redirect, sendHtml } from '../http/respond';
import type { LoginMethod } from './accountId';
import { decideLogin, requestedAcrFromParams } from './acrPolicy';
import { finishLogin } from './finishLogin';
import { grantEverythingRequested } from './consent';
import { PAGE_HEADERS, STYLESHEET, STYLESHEET_PATH } from './html';
import { landingPage, loginPage, messagePage } from './pages';

export const CLIENT_DISPLAY_NAME = 'Cassetto Enti';

type Route =
  | { kind: 'landing'; uid: string }
  | { kind: 'login'; uid: string; method: LoginMethod }
  | { kind: 'abort'; uid: string };

function matchRoute(pathname: string): Route | undefined {
  const match = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(spid|cie|abort))?$/.exec(pathname);
  if (!match) return undefined;
  const uid = match[1] as string;
  const action = match[2];
  if (action === undefined) return { kind: 'landing', uid };
  if (action === 'abort') return { kind: 'abort', uid };
  return { kind: 'login', uid, method: action as LoginMethod };
}

function parseLevel(value: string | null): SpidLevel | undefined {
  return value === '1' || value === '2' || value === '3' ? (Number(value) as SpidLevel) : undefined;
}

/** Why this persona cannot log in this way, in Italian, or undefined if it can. */
function credentialProblem(persona: Persona, method: LoginMethod, level: SpidLevel): string | undefined {
  if (method === 'cie') {
    return persona.credenziali.cie
      ? undefined
      : `${persona.nome} ${persona.cognome} non ha una CIE abilitata all’accesso.`;
  }
  const highest = persona.credenziali.spid;
  if (highest === null) return `${persona.nome} ${persona.cognome} non ha un’identità SPID.`;
  if (level > highest) {
    return `L’identità SPID di ${persona.nome} ${persona.cognome} è solo di livello ${highest}: scegli un livello non superiore.`;
  }
  return undefined;
}

function isSessionNotFound(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'SessionNotFound' || /interaction session/i.test(error.message))
  );
}

export interface InteractionHandlerOptions {
  provider: Provider;
  personae: readonly Persona[];
  /** A provider without SPID levels: no acr in the session, requested levels ignored. */
  noAcr?: boolean;
  /** The CNS endpoint (https://127.0.0.1:PORT) the landing page links to, when there is one. */
  cnsOrigin?: string;
}

/** Returns a handler that answers the bridge's own paths and reports false for any other. */
export function createInteractionHandler({
  provider,
  personae,
  noAcr = false,
  cnsOrigin,
}: InteractionHandlerOptions) {
  async function landing(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'consent') {
      const result = await grantEverythingRequested(provider, details);
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
      return;
    }
    sendHtml(res, 200, landingPage(uid, CLIENT_DISPLAY_NAME, cnsOrigin), PAGE_HEADERS);
  }

  async function login(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    method: LoginMethod,
  ): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name !== 'login') {
      redirect(res, `/interaction/${uid}`);
      return;
    }
    if (req.method === 'GET') {
      sendHtml(res, 200, loginPage(uid, method, personae), PAGE_HEADERS);
      return;
    }
    const form = await readForm(req);
    const personaKey = form.get('persona') ?? undefined;
    const persona = personae.find((candidate) => candidate.key === personaKey);
    const level = method === 'cie' ? CIE_LEVEL : parseLevel(form.get('livello'));
    const problem =
      persona === undefined
        ? 'Scegli un’identità di prova.'
        : level === undefined
          ? 'Scegli il livello di sicurezza SPID.'
          : credentialProblem(persona, method, level);
    if (problem !== undefined || persona === undefined || level === undefined) {
      const state = { persona: personaKey, level, error: problem ?? 'Dati di accesso non validi.' };
      sendHtml(res, 422, loginPage(uid, method, personae, state), PAGE_HEADERS);
      return;
    }
    const decision = noAcr
      ? ({ outcome: 'login' } as const)
      : decideLogin(SPID_ACR[level], requestedAcrFromParams(details.params));
    await finishLogin(provider, req, res, decision, method, persona.codiceFiscale);
  }

  async function abort(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await provider.interactionDetails(req, res);
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Accesso annullato dall’utente.' },
      { mergeWithLastSubmission: false },
    );
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === STYLESHEET_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' });
      res.end(STYLESHEET);
      return true;
    }
    if (pathname === '/favicon.ico') {
      // Browsers ask for it; answering keeps their consoles free of 404s.
      res.writeHead(204, { 'Cache-Control': 'max-age=86400' });
      res.end();
      return true;
    }
    const route = matchRoute(pathname);
    if (!route) return false;
    const allowed = route.kind === 'abort' ? ['POST'] : route.kind === 'login' ? ['GET', 'POST'] : ['GET'];
    if (!allowed.includes(req.method ?? '')) {
      res.writeHead(405, { Allow: allowed.join(', ') });
      res.end();
      return true;
    }
    try {
      if (route.kind === 'landing') await landing(req, res, route.uid);
      else if (route.kind === 'login') await login(req, res, route.uid, route.method);
      else await abort(req, res);
    } catch (error) {
      if (res.headersSent) throw error;
      if (isSessionNotFound(error)) {
        sendHtml(
          res,
          400,
          messagePage(
            'Richiesta di accesso scaduta',
            'La richiesta di accesso è scaduta o non è più valida. Torna all’applicazione e riprova.',
          ),
          PAGE_HEADERS,
        );
        return true;
      }
      throw error;
    }
    return true;
  };
}

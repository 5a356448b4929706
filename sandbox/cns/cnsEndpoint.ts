/**
 * "Entra con CNS": a loopback HTTPS listener that asks the browser for a TLS client certificate.
 * It answers every connection (rejectUnauthorized false) so that a refusal gets a clear page:
 * no certificate, issued by another CA, expired or not yet valid, revoked (the sandbox's CRL),
 * or without a readable codice fiscale. A good card completes the same OIDC interaction as SPID
 * and CIE, with `acr` CNS_ACR and `amr` ["cns"] (docs/cns.md).
 *
 * Node's TLS (OpenSSL) checks the chain, the dates and the CRL; the chain and dates are checked
 * again here, in that order, so that each refusal names its first cause.
 */
import { X509Certificate } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Provider } from 'oidc-provider';
import { CNS_ACR } from '../../shared/domain/spid';
import type { Persona } from '../seed/personae';
import { redirect, sendHtml } from '../http/respond';
import { decideLogin, requestedAcrFromParams } from '../bridge/acrPolicy';
import { finishLogin } from '../bridge/finishLogin';
import { PAGE_HEADERS, STYLESHEET, STYLESHEET_PATH } from '../bridge/html';
import { cnsPage, italianDate, NO_CERTIFICATE, type PageLinks } from './cnsPages';
import { codiceFiscaleFromSubject } from './subject';

export const CNS_PATH_SUFFIX = '/cns';

export interface CnsEndpointOptions {
  provider: Provider;
  personae: readonly Persona[];
  /** The bridge's issuer: where the login continues, and the "other way in" link points. */
  issuer: string;
  caPem: string;
  now?: () => Date;
}

type Refusal = { status: number; title: string; paragraphs: string[] };

function issuerName(peer: { issuer?: Record<string, unknown> }): string {
  const cn = peer.issuer?.CN ?? peer.issuer?.O;
  return typeof cn === 'string' ? cn.slice(0, 120) : 'sconosciuto';
}

/** What is wrong with the certificate the browser presented, or undefined when it may be used. */
function certificateProblem(socket: TLSSocket, ca: X509Certificate, now: Date): Refusal | undefined {
  const peer = socket.getPeerCertificate();
  if (!peer || !peer.raw)
    return { status: 401, ...NO_CERTIFICATE, paragraphs: [...NO_CERTIFICATE.paragraphs] };
  const certificate = new X509Certificate(peer.raw);
  if (!certificate.checkIssued(ca) || !certificate.verify(ca.publicKey)) {
    return {
      status: 403,
      title: 'Certificato non riconosciuto',
      paragraphs: [
        `Il certificato presentato non è stato emesso da un ente emettitore di CNS riconosciuto da questo servizio (emesso da: ${issuerName(peer)}).`,
        'Usa il certificato di autenticazione della tua Carta Nazionale dei Servizi, oppure entra con SPID o CIE.',
      ],
    };
  }
  if (now.getTime() < Date.parse(certificate.validFrom)) {
    return {
      status: 403,
      title: 'Certificato CNS non ancora valido',
      paragraphs: [
        `Il certificato della carta sarà valido dal ${italianDate(certificate.validFrom)}: fino ad allora non può essere usato per l’accesso.`,
      ],
    };
  }
  if (now.getTime() > Date.parse(certificate.validTo)) {
    return {
      status: 403,
      title: 'Certificato CNS scaduto',
      paragraphs: [
        `Il certificato della carta è scaduto il ${italianDate(certificate.validTo)}: non può più essere usato per l’accesso.`,
        'Rinnova la CNS presso l’ente che l’ha rilasciata, oppure entra con SPID o CIE.',
      ],
    };
  }
  if (socket.authorized) return undefined;
  if (socket.authorizationError?.toString() === 'CERT_REVOKED') {
    return {
      status: 403,
      title: 'Certificato CNS revocato',
      paragraphs: [
        'Il certificato della carta è stato revocato dall’ente che l’ha emessa (è nella lista dei certificati revocati): non può essere usato per l’accesso.',
        'Se la carta è stata smarrita o sostituita, usa la nuova carta, oppure entra con SPID o CIE.',
      ],
    };
  }
  return {
    status: 403,
    title: 'Certificato CNS non valido',
    paragraphs: [
      `La verifica del certificato non è riuscita (${String(socket.authorizationError ?? 'errore sconosciuto').slice(0, 80)}).`,
    ],
  };
}

function isSessionNotFound(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'SessionNotFound' || /interaction session/i.test(error.message))
  );
}

export function createCnsHandler(options: CnsEndpointOptions) {
  const { provider, personae, issuer } = options;
  const ca = new X509Certificate(options.caPem);
  const now = options.now ?? (() => new Date());

  function refuse(res: ServerResponse, refusal: Refusal, nav: PageLinks): void {
    sendHtml(res, refusal.status, cnsPage(refusal.title, refusal.paragraphs, nav), PAGE_HEADERS);
  }

  async function login(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const nav: PageLinks = {
      retry: `/interaction/${encodeURIComponent(uid)}${CNS_PATH_SUFFIX}`,
      back: `${issuer}/interaction/${encodeURIComponent(uid)}`,
    };
    const socket = req.socket as TLSSocket;
    const problem = certificateProblem(socket, ca, now());
    if (problem) return refuse(res, problem, nav);

    const reading = codiceFiscaleFromSubject(
      socket.getPeerCertificate().subject as unknown as Record<string, unknown>,
    );
    if (!reading.ok) {
      return refuse(
        res,
        { status: 403, title: 'Codice fiscale non leggibile', paragraphs: [reading.message] },
        nav,
      );
    }
    const persona = personae.find(
      (candidate) => candidate.codiceFiscale === reading.codiceFiscale && candidate.credenziali.cns,
    );
    if (!persona) {
      return refuse(
        res,
        {
          status: 403,
          title: 'Titolare non riconosciuto',
          paragraphs: [
            `Nessuna identità di prova con il codice fiscale ${reading.codiceFiscale} ha una CNS.`,
          ],
        },
        nav,
      );
    }

    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch (error) {
      if (!isSessionNotFound(error)) throw error;
      details = undefined;
    }
    if (!details || details.uid !== uid) {
      return refuse(
        res,
        {
          status: 400,
          title: 'Richiesta di accesso scaduta',
          paragraphs: [
            'La richiesta di accesso è scaduta o non è più valida. Torna all’applicazione e riprova.',
          ],
        },
        {},
      );
    }
    if (details.prompt.name !== 'login') return redirect(res, nav.back as string);

    const decision = decideLogin(CNS_ACR, requestedAcrFromParams(details.params));
    await finishLogin(provider, req, res, decision, 'cns', persona.codiceFiscale);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? '/', 'https://127.0.0.1').pathname;
    if (pathname === STYLESHEET_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' });
      res.end(STYLESHEET);
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'max-age=86400' });
      res.end();
      return;
    }
    const match = /^\/interaction\/([A-Za-z0-9_-]{1,64})\/cns$/.exec(pathname);
    if (!match) {
      sendHtml(res, 404, cnsPage('Pagina non trovata', ['Questo indirizzo non esiste.'], {}), PAGE_HEADERS);
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405, { Allow: 'GET' });
      res.end();
      return;
    }
    await login(req, res, match[1] as string);
  };
}

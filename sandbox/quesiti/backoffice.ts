/**
 * The INPS operator's back-office for quesiti: a small JSON API and a plain HTML page, on the
 * API's loopback port under /backoffice, guarded by an operator key printed at sandbox start
 * (header `X-Operatore-Key`, or `chiave` in the page's forms).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ESITI_QUESITO, STATI_QUESITO } from '../../shared/domain/quesiti';
import { escapeHtml } from '../../shared/text/escapeHtml';
import { readBody } from '../http/body';
import { checkOperator, isOwnHost } from '../http/operatorGuard';
import { redirect, sendHtml, sendJson } from '../http/respond';
import type { QuesitiStore } from './quesitiStore';
import { QuesitoStateError } from './quesitiStore';

export const BACKOFFICE_PREFIX = '/backoffice';
const OPERATORE = 'Operatore INPS';

const azione = z.discriminatedUnion('azione', [
  z.object({ azione: z.literal('presa-in-carico'), commento: z.string().max(2000).default('') }),
  z.object({ azione: z.literal('commento'), commento: z.string().trim().min(1).max(2000) }),
  z.object({
    azione: z.literal('chiusura'),
    esito: z.enum(ESITI_QUESITO.codes),
    commento: z.string().trim().min(1).max(2000),
  }),
]);

function apply(store: QuesitiStore, id: string, body: z.output<typeof azione>) {
  if (body.azione === 'presa-in-carico') return store.takeInCarico(id, OPERATORE, body.commento);
  if (body.azione === 'commento') return store.comment(id, OPERATORE, body.commento);
  return store.close(id, OPERATORE, body.esito, body.commento);
}

function page(store: QuesitiStore, key: string, message = ''): string {
  const rows = store
    .listAll()
    .map((q) => {
      const detail = store.detail(q.id);
      const timeline = detail.eventi
        .map(
          (e) =>
            `<li>${escapeHtml(e.data.slice(0, 16).replace('T', ' '))} – ${escapeHtml(e.autore)}: ${escapeHtml(e.testo)}</li>`,
        )
        .join('');
      const form = (inner: string, label: string) =>
        `<form method="post" action="${BACKOFFICE_PREFIX}/pagina/${encodeURIComponent(q.id)}"><input type="hidden" name="chiave" value="${escapeHtml(key)}">${inner}<button type="submit">${label}</button></form>`;
      const fieldId = (name: string) => `${name}-${escapeHtml(q.id)}`;
      const actions =
        q.stato === 'chiusa'
          ? ''
          : [
              q.stato === 'aperta'
                ? form('<input type="hidden" name="azione" value="presa-in-carico">', 'Prendi in carico')
                : '',
              form(
                `<input type="hidden" name="azione" value="commento"><label for="${fieldId('c')}">Commento</label> <input id="${fieldId('c')}" name="commento" required>`,
                'Aggiungi commento',
              ),
              form(
                `<input type="hidden" name="azione" value="chiusura"><label for="${fieldId('e')}">Esito</label> <select id="${fieldId('e')}" name="esito">${ESITI_QUESITO.codes.map((e) => `<option value="${e}">${ESITI_QUESITO.labels[e]}</option>`).join('')}</select> <label for="${fieldId('f')}">Commento finale</label> <input id="${fieldId('f')}" name="commento" required>`,
                'Chiudi',
              ),
            ].join('');
      return `<section><h2>${escapeHtml(q.protocollo)} – ${escapeHtml(q.oggettoLabel)}</h2><p>${escapeHtml(q.denominazione)} (${escapeHtml(q.posizioneId)}), sede ${escapeHtml(q.sede)}, stato: ${STATI_QUESITO.labels[q.stato]}${q.esito ? `, esito: ${ESITI_QUESITO.labels[q.esito]}` : ''}</p><p>${escapeHtml(detail.testo)}</p><ul>${timeline}</ul>${actions}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Back-office quesiti – Sandbox INPS</title></head><body><main><h1>Back-office quesiti</h1>${message ? `<p role="status">${escapeHtml(message)}</p>` : ''}${rows || '<p>Nessun quesito.</p>'}</main></body></html>`;
}

/** Answers the /backoffice paths; false for any other path. */
export function createBackofficeHandler(
  store: QuesitiStore,
  operatorKey: string,
  ownHosts: readonly string[],
) {
  return async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (!url.pathname.startsWith(BACKOFFICE_PREFIX)) return false;
    const rest = url.pathname.slice(BACKOFFICE_PREFIX.length);
    const fail = (status: number, message: string) =>
      sendJson(res, status, { error: { code: 'BACKOFFICE', message } });
    // A DNS-rebinding page reaches this port under its own name: refused before any key check.
    if (!isOwnHost(req, ownHosts)) {
      fail(421, 'Host non ammesso.');
      return true;
    }

    // The HTML page: the key travels in the query (GET) or the form (POST), never in a cookie.
    if (rest === '' || rest === '/') {
      if (!checkOperator(req, ownHosts, operatorKey, url.searchParams.get('chiave')).allowed) {
        sendHtml(
          res,
          401,
          '<!doctype html><html lang="it"><head><title>Chiave mancante</title></head><body><main><h1>Chiave operatore mancante o errata</h1></main></body></html>',
        );
        return true;
      }
      sendHtml(res, 200, page(store, operatorKey, url.searchParams.get('esito') ?? ''), {
        'Content-Security-Policy': "default-src 'none'; form-action 'self'",
      });
      return true;
    }
    const pageAction = /^\/pagina\/([^/]+)$/.exec(rest);
    if (pageAction && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      if (!checkOperator(req, ownHosts, operatorKey, form.get('chiave')).allowed) {
        fail(401, 'Chiave operatore mancante o errata.');
        return true;
      }
      const id = decodeURIComponent(pageAction[1] ?? '');
      const parsed = azione.safeParse(Object.fromEntries(form));
      let message = 'Operazione eseguita.';
      if (!parsed.success || !store.exists(id)) message = 'Dati non validi.';
      else {
        try {
          apply(store, id, parsed.data);
        } catch (error) {
          if (!(error instanceof QuesitoStateError)) throw error;
          message = error.message;
        }
      }
      redirect(
        res,
        `${BACKOFFICE_PREFIX}?chiave=${encodeURIComponent(operatorKey)}&esito=${encodeURIComponent(message)}`,
      );
      return true;
    }

    if (!checkOperator(req, ownHosts, operatorKey).allowed) {
      fail(401, 'Chiave operatore mancante o errata.');
      return true;
    }
    if (rest === '/quesiti' && req.method === 'GET') {
      sendJson(res, 200, store.listAll());
      return true;
    }
    const one = /^\/quesiti\/([^/]+)(\/azioni|\/notifiche)?$/.exec(rest);
    const id = one ? decodeURIComponent(one[1] ?? '') : '';
    if (!one || !store.exists(id)) {
      fail(404, 'Quesito non trovato.');
      return true;
    }
    if (!one[2] && req.method === 'GET') sendJson(res, 200, store.detail(id));
    else if (one[2] === '/notifiche' && req.method === 'GET') sendJson(res, 200, store.notices(id));
    else if (one[2] === '/azioni' && req.method === 'POST') {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        body = undefined;
      }
      const parsed = azione.safeParse(body);
      if (!parsed.success)
        fail(400, 'Azione non valida: presa-in-carico, commento o chiusura (con esito e commento).');
      else {
        try {
          sendJson(res, 200, apply(store, id, parsed.data));
        } catch (error) {
          if (!(error instanceof QuesitoStateError)) throw error;
          fail(409, error.message);
        }
      }
    } else fail(405, 'Metodo non consentito.');
    return true;
  };
}

/** The quesiti, Agenda and Instant Feedback endpoints of the Cassetto API. */
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import {
  feedbackSchema,
  findOggetto,
  nuovoQuesitoSchema,
  type AllegatoLimits,
} from '../../shared/domain/quesiti';
import { z } from 'zod';
import { ApiError, notFound } from '../api/errors';
import { BODY_LIMITS } from '../api/jsonBody';
import type { PosizioneRouter } from '../api/posizioneScope';
import type { Router } from '../api/router';
import type { UserContext } from '../api/routes';
import type { QuesitiStore } from './quesitiStore';
import { QuesitoStateError } from './quesitiStore';
import { checkAllegatiZip } from './zipCheck';

/** What the quesiti routes need besides the caller: their archive and the office's limits. */
export interface QuesitiService {
  store: QuesitiStore;
  limits: AllegatoLimits;
}

export function invalid(message: string): ApiError {
  return new ApiError(400, 'RICHIESTA_NON_VALIDA', message);
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(
      `Richiesta non valida${issue ? ` (${issue.path.join('.') || 'corpo'}: ${issue.message})` : ''}.`,
    );
  }
  return parsed.data;
}

export function stateRefused(error: unknown): never {
  if (error instanceof QuesitoStateError) throw new ApiError(409, 'OPERAZIONE_NON_CONSENTITA', error.message);
  throw error;
}

const slotChoice = z.object({ slotId: z.string().min(1).max(100) });

export function addQuesitiRoutes(router: PosizioneRouter): PosizioneRouter {
  return (
    router
      .add(
        'POST',
        '/quesiti',
        async ({ posizione, principal, store, quesiti, readJson }) => {
          const body = parse(nuovoQuesitoSchema, await readJson());
          if (!findOggetto(body.classe, body.oggetto)) {
            throw invalid('Classe e oggetto non corrispondono alla tassonomia della circolare 34/2023.');
          }
          let zip: Uint8Array | null = null;
          let allegati: Array<{ nome: string; dimensione: number }> = [];
          if (body.allegatiZip !== null) {
            zip = new Uint8Array(Buffer.from(body.allegatiZip, 'base64'));
            const checked = checkAllegatiZip(zip, quesiti.limits);
            if ('problems' in checked) throw invalid(checked.problems.join(' '));
            allegati = checked.allegati;
          }
          const persona = store.findPersona(principal.codiceFiscale);
          const { quesito, created } = quesiti.store.create({
            posizione,
            autore: {
              codiceFiscale: principal.codiceFiscale,
              email: persona?.email ?? '',
              nome: persona ? `${persona.nome} ${persona.cognome}` : principal.codiceFiscale,
            },
            idempotencyKey: body.idempotencyKey,
            classe: body.classe,
            oggetto: body.oggetto,
            testo: body.testo,
            zip,
            allegati,
          });
          return { status: created ? 201 : 200, body: quesito };
        },
        { maxBodyBytes: BODY_LIMITS.quesito },
      )
      .get('/quesiti/:quesitoId', ({ posizione, principal, quesiti }, { quesitoId = '' }) => {
        const quesito = quesiti.store.find(quesitoId, posizione.id, principal.codiceFiscale);
        if (!quesito) throw notFound();
        return { body: quesito };
      })
      // The ZIP exactly as it was sent; 404 also when the quesito had no attachments.
      .get('/quesiti/:quesitoId/allegati', ({ posizione, principal, quesiti }, { quesitoId = '' }) => {
        const quesito = quesiti.store.find(quesitoId, posizione.id, principal.codiceFiscale);
        const zipFile = quesito ? quesiti.store.zipFileOf(quesito.id) : null;
        if (!quesito || !zipFile || !existsSync(zipFile)) throw notFound();
        return {
          body: {
            nomeFile: `Allegati_${quesito.protocollo}.zip`,
            contenutoBase64: readFileSync(zipFile).toString('base64'),
          },
        };
      })
      .get('/quesiti/:quesitoId/slot', ({ posizione, principal, quesiti }, { quesitoId = '' }) => {
        const quesito = quesiti.store.find(quesitoId, posizione.id, principal.codiceFiscale);
        if (!quesito) throw notFound();
        return { body: quesiti.store.slots(quesito) };
      })
      .add('POST', '/quesiti/:quesitoId/appuntamento', async (context, { quesitoId = '' }) => {
        const { posizione, principal, quesiti, readJson } = context;
        const { slotId } = parse(slotChoice, await readJson());
        const quesito = quesiti.store.find(quesitoId, posizione.id, principal.codiceFiscale);
        if (!quesito) throw notFound();
        try {
          return { status: 201, body: quesiti.store.book(quesito, slotId) };
        } catch (error) {
          return stateRefused(error);
        }
      })
      .add(
        'DELETE',
        '/quesiti/:quesitoId/appuntamento',
        ({ posizione, principal, quesiti }, { quesitoId = '' }) => {
          const quesito = quesiti.store.find(quesitoId, posizione.id, principal.codiceFiscale);
          if (!quesito || !quesiti.store.cancelBooking(quesito.id)) throw notFound();
          return { body: { annullato: true } };
        },
      )
  );
}

export function addQuesitiUserRoutes(router: Router<UserContext>): Router<UserContext> {
  return router
    .get('/v1/quesiti', ({ principal, quesiti }) => ({
      body: quesiti.store.listByAutore(principal.codiceFiscale),
    }))
    .add('POST', '/v1/feedback', async ({ principal, quesiti, readJson }) => {
      quesiti.store.addFeedback(principal.codiceFiscale, parse(feedbackSchema, await readJson()));
      return { status: 201, body: { registrato: true } };
    });
}

/** The quesiti, Agenda and Instant Feedback endpoints of the Cassetto API. */
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { findOggetto, type AllegatoLimits } from '../../shared/domain/quesiti';
import { endpoints } from '../../shared/inpsApi/endpoints';
import { ApiError, notFound } from '../api/errors';
import { BODY_LIMITS } from '../api/jsonBody';
import type { PosizioneContext, PosizioneRouter } from '../api/posizioneScope';
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

export function stateRefused(error: unknown): never {
  if (error instanceof QuesitoStateError) throw new ApiError(409, 'OPERAZIONE_NON_CONSENTITA', error.message);
  throw error;
}

/** The quesiti of one posizione: only the caller's own, each looked up within the posizione. */
export function addQuesitiRoutes(router: PosizioneRouter): PosizioneRouter {
  const own = ({ posizione, principal, quesiti }: PosizioneContext, quesitoId: string) => {
    const quesito = quesiti.store.find(quesitoId, posizione.id, principal.codiceFiscale);
    if (!quesito) throw notFound();
    return quesito;
  };
  return (
    router
      .endpoint(
        endpoints.quesitoCreate,
        ({ posizione, principal, store, quesiti }, { body }) => {
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
      .endpoint(endpoints.quesitoDetail, (context, { params }) => ({ body: own(context, params.quesitoId) }))
      // The ZIP exactly as it was sent; 404 also when the quesito had no attachments.
      .endpoint(endpoints.quesitoAllegati, (context, { params }) => {
        const quesito = own(context, params.quesitoId);
        const zipFile = context.quesiti.store.zipFileOf(quesito.id);
        if (!zipFile || !existsSync(zipFile)) throw notFound();
        return {
          body: {
            nomeFile: `Allegati_${quesito.protocollo}.zip`,
            contenutoBase64: readFileSync(zipFile).toString('base64'),
          },
        };
      })
      .endpoint(endpoints.quesitoSlots, (context, { params }) => ({
        body: context.quesiti.store.slots(own(context, params.quesitoId)),
      }))
      .endpoint(endpoints.appuntamentoBook, (context, { params, body }) => {
        const quesito = own(context, params.quesitoId);
        try {
          return { status: 201, body: context.quesiti.store.book(quesito, body.slotId) };
        } catch (error) {
          return stateRefused(error);
        }
      })
      .endpoint(endpoints.appuntamentoCancel, (context, { params }) => {
        const quesito = own(context, params.quesitoId);
        if (!context.quesiti.store.cancelBooking(quesito.id)) throw notFound();
        return { body: { annullato: true } };
      })
  );
}

export function addQuesitiUserRoutes(router: Router<UserContext>): Router<UserContext> {
  return router
    .endpoint(endpoints.quesitiList, ({ principal, quesiti }) => ({
      body: quesiti.store.listByAutore(principal.codiceFiscale),
    }))
    .endpoint(endpoints.feedbackSend, ({ principal, quesiti }, { body }) => {
      quesiti.store.addFeedback(principal.codiceFiscale, body);
      return { status: 201, body: { registrato: true } };
    });
}

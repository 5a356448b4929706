/** The endpoints of the Cassetto API (shared/inpsApi/endpoints.ts), answered by the sandbox. */
import { randomUUID } from 'node:crypto';
import type { Profilo } from '../../shared/domain/cassettoApi';
import { SEZIONI, type Sezione } from '../../shared/domain/sezioni';
import type { WireResponseOf } from '../../shared/inpsApi/endpoint';
import { endpoints, sezioneEndpoints } from '../../shared/inpsApi/endpoints';
import { SezioneError } from '../store/sezioniStore';
import {
  assessSubmission,
  DenunciaIlleggibileError,
  PosizioneMismatchError,
} from '../listapospa/denunciaSubmission';
import { ApiError } from './errors';
import { BODY_LIMITS } from './jsonBody';
import type { DelegheDesk } from '../deleghe/delegheDesk';
import { addDelegheRoutes } from '../deleghe/delegheRoutes';
import { addQuesitiRoutes, addQuesitiUserRoutes, type QuesitiService } from '../quesiti/quesitiApi';
import type { CassettoStore } from '../store/cassettoStore';
import type { Principal } from './authenticate';
import type { PosizioneRouter } from './posizioneScope';
import { createPosizioneRouter } from './posizioneScope';
import { Router } from './router';

export interface UserContext {
  principal: Principal;
  store: CassettoStore;
  url: URL;
  /** The request's JSON body, read once, only by the routes that take one. */
  readJson: () => Promise<unknown>;
  deleghe: DelegheDesk;
  quesiti: QuesitiService;
}

function profilo({ principal, store }: UserContext): Profilo {
  const persona = store.findPersona(principal.codiceFiscale);
  const ruoli = [...new Set(store.ricerca(principal.codiceFiscale).map((posizione) => posizione.ruolo))];
  return {
    codiceFiscale: principal.codiceFiscale,
    nome: persona?.nome ?? '',
    cognome: persona?.cognome ?? '',
    email: persona?.email ?? '',
    ruoli,
    livello: principal.livello,
    abilitato: (persona?.profilo ?? null) !== null,
  };
}

/** Routes of the authenticated user that do not concern one posizione. */
export function createUserRouter(): Router<UserContext> {
  const router = new Router<UserContext>()
    .endpoint(endpoints.profilo, (context) => ({ body: profilo(context) }))
    .endpoint(endpoints.ricerca, ({ principal, store }) => ({
      body: store.ricerca(principal.codiceFiscale),
    }));
  return addQuesitiUserRoutes(addDelegheRoutes(router));
}

/** Routes under /v1/posizioni/{posizioneId}: reached only after authorizePosizione. */
export function createPosizioneRoutes(): PosizioneRouter {
  const router = createPosizioneRouter().endpoint(endpoints.anagrafica, ({ posizione, store }) => ({
    body: store.anagrafica(posizione),
  }));
  // The six consultation sections: one pattern, the section's rows as the body.
  for (const sezione of SEZIONI) {
    router.endpoint(sezioneEndpoints[sezione], ({ posizione, sezioni }) => ({
      // Rows the store wrote from the seed's typed rows: read back as JSON, not parsed again.
      body: sezioni.rows(posizione.id, sezione) as WireResponseOf<(typeof sezioneEndpoints)[Sezione]>,
    }));
  }
  addQuesitiRoutes(router);
  return (
    router
      .endpoint(
        endpoints.contestazioneCreate,
        ({ posizione, sezioni, principal }, { body }) => ({
          status: 201,
          body: asApiError(() => sezioni.contesta(posizione.id, principal.codiceFiscale, body)),
        }),
        { maxBodyBytes: BODY_LIMITS.contestazione },
      )
      .endpoint(endpoints.tracciati, ({ posizione, sezioni }) => ({ body: sezioni.tracciati(posizione.id) }))
      .endpoint(
        endpoints.tracciatoSend,
        ({ posizione, sezioni, principal }, { body }) => ({
          status: 201,
          body: asApiError(() =>
            sezioni.riceviTracciato(posizione.id, posizione.codiceFiscaleEnte, principal.codiceFiscale, body),
          ),
        }),
        { maxBodyBytes: BODY_LIMITS.tracciato },
      )
      // The last ListaPosPA sent for this posizione, with its XML: the start of the next draft.
      .endpoint(endpoints.dmaUltimaInviata, ({ posizione, sezioni }) => {
        const ultima = sezioni.ultimaInviata(posizione.id);
        if (!ultima)
          throw new ApiError(
            404,
            'RISORSA_NON_TROVATA',
            'Nessuna denuncia ListaPosPA risulta inviata per questa posizione da questo servizio.',
          );
        return { body: ultima };
      })
      // A ListaPosPA submission: checked again here, recorded with its esito whatever it is.
      .endpoint(
        endpoints.dmaSend,
        async ({ posizione, sezioni }, { body: { xml, idempotencyKey } }) => {
          // A repeat (double click, retry after a lost answer) gets the first answer, unrecorded.
          const earlier = idempotencyKey ? sezioni.rispostaInvio(posizione.id, idempotencyKey) : undefined;
          if (earlier) return { status: 200, body: earlier };
          const dataInvio = new Date().toISOString().slice(0, 10);
          try {
            const denuncia = await assessSubmission({
              posizione,
              xml,
              dataInvio,
              id: `${posizione.id}-L${randomUUID().slice(0, 8).toUpperCase()}`,
            });
            return {
              status: 201,
              body: sezioni.registraDenuncia(posizione.id, denuncia, idempotencyKey, xml),
            };
          } catch (error) {
            if (error instanceof PosizioneMismatchError || error instanceof DenunciaIlleggibileError) {
              throw new ApiError(400, 'RICHIESTA_NON_VALIDA', error.message);
            }
            throw error;
          }
        },
        { maxBodyBytes: BODY_LIMITS.dma },
      )
  );
}

function asApiError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SezioneError) {
      throw new ApiError(
        error.status,
        error.status === 404
          ? 'RISORSA_NON_TROVATA'
          : error.status === 400
            ? 'RICHIESTA_NON_VALIDA'
            : 'OPERAZIONE_NON_CONSENTITA',
        error.message,
      );
    }
    throw error;
  }
}

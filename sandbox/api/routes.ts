/** The endpoints of the Cassetto API. Sections of a posizione are added to `posizione`. */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Profilo } from '../../shared/domain/cassettoApi';
import { contestazioneInputSchema, SEZIONI, tracciatoInputSchema } from '../../shared/domain/sezioni';
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
  /** The JSON body of a POST (undefined for a GET); `readJson` reads the same, on demand. */
  body: unknown;
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
    .get('/v1/profilo', (context) => ({ body: profilo(context) }))
    .get('/v1/posizioni', ({ principal, store }) => ({ body: store.ricerca(principal.codiceFiscale) }));
  return addQuesitiUserRoutes(addDelegheRoutes(router));
}

/** Routes under /v1/posizioni/{id}: reached only after authorizePosizione. */
export function createPosizioneRoutes(): PosizioneRouter {
  const router = createPosizioneRouter().get('/', ({ posizione, store }) => ({
    body: store.anagrafica(posizione),
  }));
  // The six consultation sections: one pattern, the section's rows as the body.
  for (const sezione of SEZIONI) {
    router.get(`/${sezione}`, ({ posizione, sezioni }) => ({ body: sezioni.rows(posizione.id, sezione) }));
  }
  addQuesitiRoutes(router);
  return (
    router
      .post(
        '/contestazioni',
        async ({ posizione, sezioni, principal, body }) => {
          const input = parseBody(contestazioneInputSchema, await body());
          return {
            status: 201,
            body: asApiError(() => sezioni.contesta(posizione.id, principal.codiceFiscale, input)),
          };
        },
        { maxBodyBytes: BODY_LIMITS.contestazione },
      )
      .get('/tracciati', ({ posizione, sezioni }) => ({ body: sezioni.tracciati(posizione.id) }))
      .post(
        '/tracciati',
        async ({ posizione, sezioni, principal, body }) => {
          const input = parseBody(tracciatoInputSchema, await body());
          return {
            status: 201,
            body: asApiError(() =>
              sezioni.riceviTracciato(
                posizione.id,
                posizione.codiceFiscaleEnte,
                principal.codiceFiscale,
                input,
              ),
            ),
          };
        },
        { maxBodyBytes: BODY_LIMITS.tracciato },
      )
      // The last ListaPosPA sent for this posizione, with its XML: the start of the next draft.
      .get('/dma/ultima-inviata', ({ posizione, sezioni }) => {
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
      .post(
        '/dma',
        async ({ posizione, sezioni, body }) => {
          const { xml, idempotencyKey } = parseBody(dmaInputSchema, await body());
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

const dmaInputSchema = z.object({
  xml: z.string().min(1, 'il testo XML della ListaPosPA è vuoto'),
  /** Chosen by the sender when the user confirms; the same key is recorded once per posizione. */
  idempotencyKey: z.string().uuid('la chiave di idempotenza non è un UUID').optional(),
});

function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      400,
      'RICHIESTA_NON_VALIDA',
      `Richiesta non valida: ${issue ? `${issue.path.join('.') || 'corpo'} – ${issue.message}` : 'formato errato'}.`,
    );
  }
  return parsed.data;
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

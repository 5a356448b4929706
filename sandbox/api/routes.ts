/** The endpoints of the Cassetto API. Sections of a posizione are added to `posizione`. */
import type { Profilo } from '../../shared/domain/cassettoApi';
import { livelloOfLevel } from '../../shared/domain/spid';
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
  readJson: () => Promise<unknown>;
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
    livello: livelloOfLevel(principal.level),
    abilitato: (persona?.profilo ?? null) !== null,
  };
}

/** Routes of the authenticated user that do not concern one posizione. */
export function createUserRouter(): Router<UserContext> {
  const router = new Router<UserContext>()
    .get('/v1/profilo', (context) => ({ body: profilo(context) }))
    .get('/v1/posizioni', ({ principal, store }) => ({ body: store.ricerca(principal.codiceFiscale) }));
  return addQuesitiUserRoutes(router);
}

/** Routes under /v1/posizioni/{id}: reached only after authorizePosizione. */
export function createPosizioneRoutes(): PosizioneRouter {
  const router = createPosizioneRouter().get('/', ({ posizione, store }) => ({
    body: store.anagrafica(posizione),
  }));
  return addQuesitiRoutes(router);
}

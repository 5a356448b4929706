/**
 * Everything under /v1/posizioni/{id} goes through here, and here only is it decided whether
 * the caller may see that posizione: the same rules as the Ricerca (CassettoStore), checked
 * before any sub-route is even looked up, so a section added later cannot forget the check,
 * and an unknown posizione is indistinguishable from a forbidden one.
 */
import type { PosizioneContributiva } from '../../shared/domain/cassettoApi';
import { POSIZIONE_PATH } from '../../shared/inpsApi/endpoints';
import type { QuesitiService } from '../quesiti/quesitiApi';
import type { CassettoStore } from '../store/cassettoStore';
import type { SezioniStore } from '../store/sezioniStore';
import type { Principal } from './authenticate';
import { posizioneForbidden } from './errors';
import { Router } from './router';

export const POSIZIONE_PREFIX = '/v1/posizioni/';

export interface PosizioneContext {
  principal: Principal;
  /** The posizione as the caller reaches it: `ruolo` says how (legale rappresentante, delegato…). */
  posizione: PosizioneContributiva;
  store: CassettoStore;
  sezioni: SezioniStore;
  url: URL;
  /** The request's JSON body, read once, only by the routes that take one. */
  readJson: () => Promise<unknown>;
  quesiti: QuesitiService;
}

/** The endpoints under /v1/posizioni/{posizioneId}, matched once the posizione is authorized. */
export type PosizioneRouter = Router<PosizioneContext>;

export function createPosizioneRouter(): PosizioneRouter {
  return new Router<PosizioneContext>({
    prefix: POSIZIONE_PATH,
    paramsOf: ({ posizione }) => ({ posizioneId: posizione.id }),
  });
}

/** Splits `/v1/posizioni/{id}/rest` into id and rest; undefined for other paths. */
export function splitPosizionePath(pathname: string): { id: string; rest: string } | undefined {
  if (!pathname.startsWith(POSIZIONE_PREFIX)) return undefined;
  const tail = pathname.slice(POSIZIONE_PREFIX.length);
  const slash = tail.indexOf('/');
  const rawId = slash === -1 ? tail : tail.slice(0, slash);
  if (rawId === '') return undefined;
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return undefined;
  }
  return { id, rest: slash === -1 ? '/' : tail.slice(slash) };
}

/** The one authorization check for a posizione. Throws 403 when the caller has no title to it. */
export function authorizePosizione(
  store: CassettoStore,
  principal: Principal,
  posizioneId: string,
): PosizioneContributiva {
  const posizione = store.accessiblePosizione(principal.codiceFiscale, posizioneId);
  if (!posizione) throw posizioneForbidden();
  return posizione;
}

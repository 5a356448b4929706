import type { HandlersFor } from '../../../shared/contract';
import type { cruscottoCalls } from '../../../shared/contract/calls/cruscottoCalls';
import { userDraftStore } from '../listapospa/draftStore';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createCruscottoCache } from './cruscottoCache';
import { createCruscottoService } from './cruscottoService';

/** The Cruscotto calls: one service per user (userScope.ts), dropped at logout or switch. */
export function cruscottoHandlers({
  cassetto,
  userScope,
  environment,
  events,
}: ServiceDeps): HandlersFor<typeof cruscottoCalls, CallContext> {
  // The same key as the ListaPosPA handlers: one draft store per user, whoever reads it.
  const drafts = userDraftStore(userScope);
  const cruscotto = userScope.perUser(
    'cruscotto',
    (user) =>
      createCruscottoService({
        gateway: cassetto,
        cache: createCruscottoCache(user.dir, user.codiceFiscale),
        bozzeNonInviate: async (posizioneId) =>
          (await drafts.list(posizioneId))
            .filter((draft) => draft.invio?.stato !== 'inviata')
            .map((draft) => draft.annoMese),
        onProgress: (progress) => events.emit('cruscotto.changed', progress),
        ...(environment.log ? { log: environment.log } : {}),
      }),
    (service) => service.dispose(),
  );
  return {
    'cruscotto.list': () => cruscotto.list(),
    'cruscotto.reload': () => cruscotto.reload(),
    'cruscotto.refresh': ({ posizioneId }) => cruscotto.refresh(posizioneId),
  };
}

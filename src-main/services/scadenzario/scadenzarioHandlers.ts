import { cruscottoSchema } from '../../../shared/domain/cruscotto/posizioneSnapshot';
import { ContractError, type HandlersFor } from '../../../shared/contract';
import type { scadenzarioCalls } from '../../../shared/contract/calls/scadenzarioCalls';
import type { InnerCall } from '../files/fileHandlers';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createScadenzarioService } from './scadenzarioService';
import { createScadenzarioStore } from './scadenzarioStore';

/**
 * The Scadenzario calls, which only map to the service. The facts come from the Cruscotto
 * through its own call (the same per-user cache, no second collection); the marks and reminders
 * live in each user's folder and go at logout or switch (userScope.ts).
 */
export function scadenzarioHandlers(
  { userScope, settings, environment }: ServiceDeps,
  inner: InnerCall,
): HandlersFor<typeof scadenzarioCalls, CallContext> {
  const cruscotto = async () => {
    const result = await inner('cruscotto.list', {});
    if (!result.ok) throw new ContractError(result.error.code, result.error.message);
    return cruscottoSchema.parse(result.value);
  };
  const scadenzario = userScope.perUser('scadenzario', (user) =>
    createScadenzarioService({
      cruscotto,
      store: createScadenzarioStore(user.dir),
      preavvisoGiorni: () => settings.get().scadenzarioPreavvisoGiorni,
      ...(environment.notify ? { notify: environment.notify } : {}),
    }),
  );
  return {
    'scadenzario.list': () => scadenzario.list(),
    'scadenzario.markDone': ({ id, fatta }) => scadenzario.markDone(id, fatta),
    'scadenzario.remind': async () => ({ promemoria: await scadenzario.remind() }),
    'scadenzario.exportIcs': (filter) => scadenzario.exportIcs(filter),
  };
}

import type { HandlersFor } from '../../../shared/contract';
import type { listapospaRatesCalls } from '../../../shared/contract/calls/listapospaRatesCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createRateOverridesStore } from './rateOverridesStore';

/** The "Aliquote" panel: the user's overrides of the ListaPosPA rate tables (errors are INVALID_INPUT already). */
export function listapospaRatesHandlers({
  userScope,
}: ServiceDeps): HandlersFor<typeof listapospaRatesCalls, CallContext> {
  // The same per-user instance as the validations' (same key), so their caches agree.
  const store = userScope.perUser('listapospa.aliquote', (user) => createRateOverridesStore(user.dir));
  return {
    'listapospa.rates.get': async () => ({ overrides: await store.get() }),
    'listapospa.rates.set': async ({ kind, codGestione, totale }) => ({
      overrides: await store.set(kind, codGestione, totale),
    }),
  };
}

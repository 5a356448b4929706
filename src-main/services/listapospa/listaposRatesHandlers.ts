import type { HandlersFor } from '../../../shared/contract';
import type { listaposRatesCalls } from '../../../shared/contract/calls/listaposRatesCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { rateOverridesStoreFor } from './rateOverridesStore';

/** The "Aliquote" panel: the user's overrides of the ListaPosPA rate tables (errors are INVALID_INPUT already). */
export function listaposRatesHandlers({
  environment,
}: ServiceDeps): HandlersFor<typeof listaposRatesCalls, CallContext> {
  const store = rateOverridesStoreFor(environment.dataDir);
  return {
    'listapospa.rates.get': async () => ({ overrides: await store.get() }),
    'listapospa.rates.set': async ({ kind, codGestione, totale }) => ({
      overrides: await store.set(kind, codGestione, totale),
    }),
  };
}

import { ContractError, type HandlersFor } from '../../../shared/contract';
import type { listaposRatesCalls } from '../../../shared/contract/calls/listaposRatesCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { RateOverrideError, rateOverridesStoreFor } from './rateOverridesStore';

/** The "Aliquote" panel: the user's overrides of the ListaPosPA rate tables. */
export function listaposRatesHandlers({
  environment,
}: ServiceDeps): HandlersFor<typeof listaposRatesCalls, CallContext> {
  const store = rateOverridesStoreFor(environment.dataDir);
  const asContractError = (error: unknown): never => {
    if (error instanceof RateOverrideError) throw new ContractError('INVALID_INPUT', error.message);
    throw error;
  };
  return {
    'listapospa.rates.get': async () => ({ overrides: await store.get().catch(asContractError) }),
    'listapospa.rates.set': async ({ kind, codGestione, totale }) => ({
      overrides: await store.set(kind, codGestione, totale).catch(asContractError),
    }),
  };
}

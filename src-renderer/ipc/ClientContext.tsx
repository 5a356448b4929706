import { createContext, useContext } from 'react';
import type { ContractClient } from '../../shared/contract';

export const ClientContext = createContext<ContractClient | null>(null);

/** The one typed client of the contract, whatever carries it. */
export function useClient(): ContractClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('ClientContext mancante');
  return client;
}

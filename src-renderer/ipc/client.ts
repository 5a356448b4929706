import {
  createClient,
  transportOfPreload,
  type ContractClient,
  type PreloadApi,
} from '../../shared/contract';
import { createWebTransport, takeSessionToken } from './webTransport';

declare global {
  interface Window {
    cassetto?: PreloadApi;
  }
}

export type Connection = { kind: 'electron' | 'web'; client: ContractClient } | { kind: 'missing-token' };

/** Picks the transport once: the preload's API in Electron, HTTP to the loopback host otherwise. */
export function connect(): Connection {
  if (window.cassetto) return { kind: 'electron', client: createClient(transportOfPreload(window.cassetto)) };
  const token = takeSessionToken(window.location, window.sessionStorage, window.history);
  if (!token) return { kind: 'missing-token' };
  return { kind: 'web', client: createClient(createWebTransport(token)) };
}

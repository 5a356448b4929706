/** Where login and data come from: the embedded sandbox or the real services of Settings. */
export interface Endpoints {
  issuer: string;
  clientId: string;
  apiBaseUrl: string;
  /** Plain http on loopback is allowed for the sandbox only. */
  sandbox: boolean;
}

export type ResolveEndpoints = () => Promise<Endpoints>;

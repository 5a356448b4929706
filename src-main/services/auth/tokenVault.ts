/** What a session keeps between calls. Lives in main only; never crosses to the renderer. */
export interface StoredSession {
  accessToken: string;
  refreshToken: string | null;
  idToken: string | null;
  /** Epoch ms at which the access token expires. */
  expiresAt: number;
  /** The level of the original login: a refreshed SPID token says level 1, so it is never re-derived. */
  acr: string;
  metodo: 'spid' | 'cie' | 'cns';
  issuer: string;
}

/** Where tokens rest: encrypted with safeStorage in Electron, memory only in the web host. */
export interface TokenVault {
  readonly persistent: boolean;
  load(): Promise<StoredSession | null>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
}

export function createMemoryVault(): TokenVault {
  let current: StoredSession | null = null;
  return {
    persistent: false,
    load: async () => current,
    save: async (session) => {
      current = session;
    },
    clear: async () => {
      current = null;
    },
  };
}

/**
 * Each signed-in user's own corner of the data folder: `<dataDir>/utenti/<id>/`, where `<id>` is
 * derived from the codice fiscale (so the folder names do not tell who uses this computer), 0700.
 * Offices share computers: drafts, rates, snapshots, saved delega requests and scans, the quesiti
 * outbox all live there, and the stores that hold them in memory are made per user and dropped
 * at logout or when another user signs in.
 *
 * Files the previous version wrote straight under `<dataDir>` (listapospa/, deleghe/, quesiti/,
 * snapshots/) are not read for anyone: most do not say whose they are. Only what provably belongs
 * to one user moves into that user's folder: a section snapshot that records their codice fiscale
 * (snapshotStore) and a delega request that names them as its intermediario (legacyRequests).
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContractError, type AuthStatus, type EventHub } from '../../shared/contract';

export interface ScopedUser {
  codiceFiscale: string;
  /** The user's private folder, created 0700. */
  dir: string;
}

export interface UserScope {
  /** The signed-in user and their folder; UNAUTHENTICATED when nobody is signed in. */
  current(): ScopedUser;
  /**
   * A stand-in for a per-user object: every property read goes to the signed-in user's instance
   * (made by `make` on first use, one per key and user), so callers keep their code as it was.
   * Instances are dropped, `dispose` called, at logout and when another user signs in.
   */
  perUser<T extends object>(key: string, make: (user: ScopedUser) => T, dispose?: (value: T) => void): T;
}

/** Stable, not reversible at a glance, the same on every run: the name of a user's folder. */
export function userFolderName(codiceFiscale: string): string {
  return createHash('sha256')
    .update(`cassetto-enti/utente/${codiceFiscale.toUpperCase()}`)
    .digest('hex')
    .slice(0, 32);
}

export const userDirOf = (dataDir: string, codiceFiscale: string) =>
  join(dataDir, 'utenti', userFolderName(codiceFiscale));

interface Held {
  value: object;
  dispose?: ((value: never) => void) | undefined;
}

export function createUserScope(options: {
  dataDir: string;
  status: () => AuthStatus;
  /** When given, the instances go at once on logout, not at the next call. */
  events?: EventHub;
}): UserScope {
  let owner: string | null = null;
  let held = new Map<string, Held>();

  const drop = () => {
    const gone = held;
    held = new Map();
    owner = null;
    for (const { value, dispose } of gone.values()) dispose?.(value as never);
  };

  const current = (): ScopedUser => {
    const status = options.status();
    if (status.state !== 'signed-in') {
      if (owner !== null) drop();
      throw new ContractError('UNAUTHENTICATED', 'Accedere con SPID, CIE o CNS.');
    }
    const { codiceFiscale } = status.user;
    // Checked at every use, events or not: another user never gets the previous one's objects.
    if (owner !== null && owner !== codiceFiscale) drop();
    const dir = userDirOf(options.dataDir, codiceFiscale);
    if (owner === null) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      owner = codiceFiscale;
    }
    return { codiceFiscale, dir };
  };

  options.events?.subscribe((name, payload) => {
    if (name !== 'auth.changed') return;
    const next = payload as AuthStatus;
    if (next.state === 'signed-out' || (next.state === 'signed-in' && next.user.codiceFiscale !== owner)) {
      if (owner !== null) drop();
    }
  });

  const instance = <T extends object>(
    key: string,
    make: (user: ScopedUser) => T,
    dispose?: (value: T) => void,
  ) => {
    const user = current();
    let entry = held.get(key);
    if (!entry) held.set(key, (entry = { value: make(user), dispose }));
    return entry.value as T;
  };

  return {
    current,
    perUser(key, make, dispose) {
      return new Proxy({} as never, {
        get(_target, property) {
          const target = instance(key, make, dispose);
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function'
            ? (value as (...args: unknown[]) => unknown).bind(target)
            : value;
        },
      });
    },
  };
}

/** One fixed folder for every call, signed in or not: a service given a plain folder (its unit tests). */
export function fixedScope(dir: string, codiceFiscale = ''): UserScope {
  const held = new Map<string, object>();
  const user = { codiceFiscale, dir };
  return {
    current: () => user,
    perUser(key, make) {
      let value = held.get(key);
      if (!value) held.set(key, (value = make(user)));
      return value as never;
    },
  };
}

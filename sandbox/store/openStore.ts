import { join } from 'node:path';
import { CassettoStore } from './cassettoStore';
import { createOidcAdapterFactory } from './oidcAdapter';
import type { SqliteOidcAdapter } from './oidcAdapter';
import { migrate } from './schema';
import { seedIfEmpty } from './seed';
import { openDatabase, type Database } from './sqlite';

export const DATABASE_FILE = 'cassetto.sqlite';

export interface OpenedStore {
  store: CassettoStore;
  /** oidc-provider's `adapter` option, backed by the same archive. */
  oidcAdapter: (model: string) => SqliteOidcAdapter;
  /** True when this start created and seeded the archive. */
  seeded: boolean;
  /** The archive itself, for the parts with their own store class (quesiti). */
  db: Database;
  close(): void;
}

/** Opens (creating and seeding when new) the archive in `dataDir`, which must exist. */
export function openStore(dataDir: string): OpenedStore {
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  try {
    migrate(db);
    const seeded = seedIfEmpty(db);
    return {
      store: new CassettoStore(db),
      oidcAdapter: createOidcAdapterFactory(db),
      seeded,
      db,
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

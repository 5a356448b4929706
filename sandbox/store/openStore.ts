import { join } from 'node:path';
import { Mailbox } from '../mail/mailbox';
import { CassettoStore } from './cassettoStore';
import { createOidcAdapterFactory } from './oidcAdapter';
import type { SqliteOidcAdapter } from './oidcAdapter';
import { migrate } from './schema';
import { oggiInItalia } from '../../shared/domain/sezioni';
import { seedDelegheIfMissing, seedIfEmpty } from './seed';
import { oggiSeedOf, SezioniStore, type SezioniOptions } from './sezioniStore';
import { seedDenunceAsOf } from './seedDenunce';
import { seedPosizioniIfMissing, type SeedPosizioniOption } from './seedPosizioni';
import { openDatabase, type Database } from './sqlite';

export const DATABASE_FILE = 'cassetto.sqlite';

export interface OpenedStore {
  store: CassettoStore;
  /** What the sandbox's SMTP server received. */
  mailbox: Mailbox;
  /** The Cassetto sections of each posizione. */
  sezioni: SezioniStore;
  /** oidc-provider's `adapter` option, backed by the same archive. */
  oidcAdapter: (model: string) => SqliteOidcAdapter;
  /** True when this start created and seeded the archive. */
  seeded: boolean;
  /** The archive itself, for the parts with their own store and queries (deleghe, quesiti). */
  db: Database;
  close(): void;
}

/** Opens (creating and seeding when new) the archive in `dataDir`, which must exist. */
export function openStore(
  dataDir: string,
  sezioniOptions: SezioniOptions = {},
  seedPosizioni?: SeedPosizioniOption,
): OpenedStore {
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  try {
    migrate(db);
    const seeded = seedIfEmpty(db);
    // The sections are dated as of the sandbox's today (sandbox/seed/frame.ts).
    const oggiSeed = oggiSeedOf(sezioniOptions);
    seedDenunceAsOf(db, oggiSeed);
    // Deleghe follow the real clock (their end dates, the app's reminders), not a test's.
    seedDelegheIfMissing(db, oggiInItalia(new Date()));
    if (seedPosizioni) seedPosizioniIfMissing(db, seedPosizioni, oggiSeed);
    return {
      store: new CassettoStore(db),
      mailbox: new Mailbox(db),
      sezioni: new SezioniStore(db, sezioniOptions, oggiSeed),
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

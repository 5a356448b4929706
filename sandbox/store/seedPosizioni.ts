/**
 * Writes the extra posizioni of `--seed-posizioni N` into the archive (seed/seededPosizioni.ts):
 * ente, posizione, the persona's abilitazione and a year of denunce (as of the sandbox's today). Only what is missing is
 * added, so a restart with the same N changes nothing and a larger N adds the rest.
 */
import { seededEnte, seededPosizioni } from '../seed/seededPosizioni';
import { posizioneIdOf } from '../seed/enti';
import { insertEnte, insertPosizione } from './seed';
import { insertSeededDenunce } from './seedDenunce';
import type { Database } from './sqlite';
import { inTransaction } from './sqlite';

export interface SeedPosizioniOption {
  count: number;
  /** Who reaches them, as intermediario (the intermediario persona by default). */
  codiceFiscale: string;
}

export function seedPosizioniIfMissing(
  db: Database,
  { count, codiceFiscale }: SeedPosizioniOption,
  oggi: string,
): void {
  if (count <= 0) return;
  inTransaction(db, () => {
    for (const posizione of seededPosizioni(count)) {
      const id = posizioneIdOf(posizione);
      if (db.get('SELECT id FROM posizioni WHERE id = ?', [id])) continue;
      insertEnte(db, seededEnte(posizione), true);
      insertPosizione(db, posizione);
      db.run(
        `INSERT INTO abilitazioni (codice_fiscale, posizione_id, ruolo, stato, delegante_codice_fiscale, data_inizio)
         VALUES (?, ?, 'intermediario', 'attiva', NULL, '2025-01-01')`,
        [codiceFiscale, id],
      );
      insertSeededDenunce(db, id, posizione, oggi);
    }
  });
}

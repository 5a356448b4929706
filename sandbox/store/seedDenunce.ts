/**
 * The seeded DMA denunce in the archive, dated as of the sandbox's today (`oggiSeed`) like the
 * sections generated on request. Written at the first start and moved again at a start on
 * another day, so an archive made months ago does not show months without denuncia: the seeded
 * rows (those with no XML, not received through POST dma) are dropped and written anew, while
 * what users sent stays, and still replaces the seeded ordinario of its month.
 */
import type { SeedPosizione } from '../seed/enti';
import { generateDenunce, seedPosizioneById } from '../seed/sezioni';
import { aYearOf } from '../seed/seededPosizioni';
import { text } from './rows';
import { insertDenuncia } from './sezioniStore';
import type { Database } from './sqlite';
import { allRows, inTransaction } from './sqlite';

const SEEDED_AS_OF = 'sezioni_seed_oggi';
const SEEDED = 'id NOT IN (SELECT denuncia_id FROM denunce_xml)';

export function seedDenunceAsOf(db: Database, oggi: string): void {
  if (db.get('SELECT value FROM meta WHERE key = ?', [SEEDED_AS_OF])?.value === oggi) return;
  inTransaction(db, () => {
    db.run(`DELETE FROM denunce WHERE ${SEEDED}`);
    for (const row of allRows(db, 'SELECT id FROM posizioni')) {
      const id = text(row, 'id');
      const posizione = seedPosizioneById(id);
      if (posizione) insertSeededDenunce(db, id, posizione, oggi);
    }
    // An ordinario sent and not scartato replaced the seeded one of its month (sandbox/README.md).
    db.run(
      `UPDATE denunce SET esito = 'sostituita'
       WHERE ${SEEDED} AND tipo = 'ordinario' AND esito IN ('acquisita', 'acquisita con errori')
         AND EXISTS (SELECT 1 FROM denunce sent JOIN denunce_xml x ON x.denuncia_id = sent.id
                     WHERE sent.posizione_id = denunce.posizione_id AND sent.mese = denunce.mese
                       AND sent.tipo = 'ordinario' AND sent.esito != 'scartata')`,
    );
    db.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [SEEDED_AS_OF, oggi]);
  });
}

/** A seeded posizione of `--seed-posizioni` has a year of them, the others five. */
export function insertSeededDenunce(
  db: Database,
  posizioneId: string,
  posizione: SeedPosizione,
  oggi: string,
): void {
  const denunce = generateDenunce(posizione, oggi);
  const kept = posizione.key.startsWith('seeded-') ? aYearOf('dma', denunce, oggi) : denunce;
  for (const denuncia of kept) insertDenuncia(db, posizioneId, denuncia);
}

/** Fills a new archive with the seed data, once: a restart keeps whatever changed since. */
import { ABILITAZIONI } from '../seed/abilitazioni';
import { ENTI, POSIZIONI, posizioneIdOf, seedPosizione } from '../seed/enti';
import { PERSONAE, personaByKey } from '../seed/personae';
import type { Database } from './sqlite';
import { inTransaction } from './sqlite';

const SEED_VERSION = '1';

export function seedIfEmpty(db: Database): boolean {
  if (db.get("SELECT value FROM meta WHERE key = 'seed_version'")) return false;
  inTransaction(db, () => {
    for (const ente of ENTI) {
      db.run(
        `INSERT INTO enti (codice_fiscale, denominazione, tipo_ente, comparto, codice_ipa, indirizzo, cap, comune, provincia, pec, legale_rappresentante)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          ente.codiceFiscale,
          ente.denominazione,
          ente.tipoEnte,
          ente.comparto,
          ente.codiceIpa,
          ente.indirizzo,
          ente.cap,
          ente.comune,
          ente.provincia,
          ente.pec,
          ente.legaleRappresentante,
        ],
      );
    }
    for (const posizione of POSIZIONI) {
      db.run(
        `INSERT INTO posizioni (id, codice_fiscale_ente, progressivo, denominazione, sede_inps, gestioni, data_iscrizione, stato)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          posizioneIdOf(posizione),
          posizione.codiceFiscaleEnte,
          posizione.progressivo,
          posizione.denominazione,
          posizione.sedeInps,
          JSON.stringify(posizione.gestioni),
          posizione.dataIscrizione,
          posizione.stato,
        ],
      );
    }
    for (const persona of PERSONAE) {
      db.run('INSERT INTO persone (codice_fiscale, nome, cognome, email, profilo) VALUES (?, ?, ?, ?, ?)', [
        persona.codiceFiscale,
        persona.nome,
        persona.cognome,
        persona.email,
        persona.profilo,
      ]);
    }
    for (const abilitazione of ABILITAZIONI) {
      db.run(
        `INSERT INTO abilitazioni (codice_fiscale, posizione_id, ruolo, stato, delegante_codice_fiscale, data_inizio)
         VALUES (?, ?, ?, ?, ?, ?)`,
        [
          personaByKey(abilitazione.persona).codiceFiscale,
          posizioneIdOf(seedPosizione(abilitazione.posizione)),
          abilitazione.ruolo,
          abilitazione.stato,
          abilitazione.delegante ? personaByKey(abilitazione.delegante).codiceFiscale : null,
          abilitazione.dataInizio,
        ],
      );
    }
    db.run("INSERT INTO meta (key, value) VALUES ('seed_version', ?)", [SEED_VERSION]);
  });
  return true;
}

/** Fills a new archive with the seed data, once: a restart keeps whatever changed since. */
import { randomInt } from 'node:crypto';
import { hashOtp } from '../deleghe/otp';
import { ABILITAZIONI } from '../seed/abilitazioni';
import { seedDeleghe } from '../seed/deleghe';
import {
  ENTI,
  POSIZIONI,
  posizioneIdOf,
  seedPosizione,
  type SeedEnte,
  type SeedPosizione,
} from '../seed/enti';
import { PERSONAE, personaByKey } from '../seed/personae';
import type { Database } from './sqlite';
import { inTransaction } from './sqlite';

const SEED_VERSION = '1';

/** One ente of the seed; `orIgnore` when it may be there already (the extra posizioni). */
export function insertEnte(db: Database, ente: SeedEnte, orIgnore = false): void {
  db.run(
    `INSERT ${orIgnore ? 'OR IGNORE ' : ''}INTO enti (codice_fiscale, denominazione, tipo_ente, comparto, codice_ipa, indirizzo, cap, comune, provincia, pec, legale_rappresentante)
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

export function insertPosizione(db: Database, posizione: SeedPosizione): void {
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

export function seedIfEmpty(db: Database): boolean {
  if (db.get("SELECT value FROM meta WHERE key = 'seed_version'")) return false;
  inTransaction(db, () => {
    for (const ente of ENTI) insertEnte(db, ente);
    for (const posizione of POSIZIONI) insertPosizione(db, posizione);
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

/**
 * The deleghe on record for the seeded abilitazioni of the intermediario, once per archive (also
 * for an archive seeded before they existed), dated from `oggi`. The one waiting for its OTP has
 * one nobody knows, already expired: the user asks for a new one, as after a lost PEC.
 */
export function seedDelegheIfMissing(db: Database, oggi: string): void {
  if (db.get("SELECT value FROM meta WHERE key = 'deleghe_seed'")) return;
  inTransaction(db, () => {
    for (const delega of seedDeleghe(oggi)) {
      const waiting = delega.stato === 'richiesta';
      db.run(
        `INSERT INTO deleghe (numero, intermediario_codice_fiscale, posizione_id, request, stato, data_richiesta, data_attivazione, data_revoca, data_fine, otp_hash, otp_expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          delega.numero,
          delega.request.intermediario.codiceFiscale,
          delega.posizioneId,
          JSON.stringify(delega.request),
          delega.stato,
          delega.dataRichiesta,
          delega.dataAttivazione,
          delega.dataRevoca,
          delega.dataFine,
          waiting ? hashOtp(String(randomInt(0, 100_000_000)).padStart(8, '0')) : null,
          waiting ? new Date(Date.parse(delega.dataRichiesta) + 24 * 60 * 60_000).toISOString() : null,
        ],
      );
    }
    db.run("INSERT INTO meta (key, value) VALUES ('deleghe_seed', ?)", [oggi]);
  });
}

/**
 * The sandbox's INPS archive. One version number in `meta`; later issues add tables with new
 * migrations appended to the list, never by editing an applied one.
 */
import type { Database } from './sqlite';
import { inTransaction } from './sqlite';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE enti (
    codice_fiscale TEXT PRIMARY KEY CHECK (length(codice_fiscale) = 11),
    denominazione TEXT NOT NULL,
    tipo_ente TEXT NOT NULL,
    comparto TEXT NOT NULL,
    codice_ipa TEXT NOT NULL,
    indirizzo TEXT NOT NULL,
    cap TEXT NOT NULL,
    comune TEXT NOT NULL,
    provincia TEXT NOT NULL,
    pec TEXT NOT NULL,
    legale_rappresentante TEXT NOT NULL
  );
  CREATE TABLE posizioni (
    id TEXT PRIMARY KEY,
    codice_fiscale_ente TEXT NOT NULL REFERENCES enti (codice_fiscale),
    progressivo TEXT NOT NULL CHECK (length(progressivo) = 5),
    denominazione TEXT NOT NULL,
    sede_inps TEXT NOT NULL,
    gestioni TEXT NOT NULL,
    data_iscrizione TEXT NOT NULL,
    stato TEXT NOT NULL CHECK (stato IN ('attiva', 'cessata', 'sospesa')),
    UNIQUE (codice_fiscale_ente, progressivo)
  );
  CREATE TABLE persone (
    codice_fiscale TEXT PRIMARY KEY CHECK (length(codice_fiscale) = 16),
    nome TEXT NOT NULL,
    cognome TEXT NOT NULL,
    email TEXT NOT NULL,
    profilo TEXT CHECK (profilo IN ('azienda_operatore', 'intermediario'))
  );
  CREATE TABLE abilitazioni (
    id INTEGER PRIMARY KEY,
    codice_fiscale TEXT NOT NULL REFERENCES persone (codice_fiscale),
    posizione_id TEXT NOT NULL REFERENCES posizioni (id),
    ruolo TEXT NOT NULL CHECK (ruolo IN ('legale_rappresentante', 'delegato', 'delegato_comando', 'intermediario', 'subdelegato')),
    stato TEXT NOT NULL CHECK (stato IN ('attiva', 'in_attesa_otp', 'revocata')),
    delegante_codice_fiscale TEXT REFERENCES persone (codice_fiscale),
    data_inizio TEXT NOT NULL,
    CHECK ((ruolo = 'subdelegato') = (delegante_codice_fiscale IS NOT NULL))
  );
  CREATE INDEX abilitazioni_per_persona ON abilitazioni (codice_fiscale, stato);
  CREATE TABLE revoked_grants (
    grant_id TEXT PRIMARY KEY,
    revoked_at TEXT NOT NULL
  );
  `,
  // The bridge's sessions, grants, codes and refresh tokens: a restart of the app (and of the
  // embedded sandbox) must not log its user out.
  `
  CREATE TABLE oidc_models (
    model TEXT NOT NULL,
    id TEXT NOT NULL,
    payload TEXT NOT NULL,
    grant_id TEXT,
    user_code TEXT,
    uid TEXT,
    expires_at INTEGER,
    PRIMARY KEY (model, id)
  );
  CREATE INDEX oidc_models_grant ON oidc_models (grant_id);
  CREATE INDEX oidc_models_uid ON oidc_models (model, uid);
  `,
  // Comunicazione bidirezionale (circ. 34/2023 §3.1): quesiti, their timeline, the notices
  // sent, appointments of the Agenda, and Instant Feedback ratings.
  `
  CREATE TABLE quesiti (
    id TEXT PRIMARY KEY,
    protocollo TEXT NOT NULL UNIQUE,
    posizione_id TEXT NOT NULL REFERENCES posizioni (id),
    autore_codice_fiscale TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    classe TEXT NOT NULL,
    oggetto TEXT NOT NULL,
    testo TEXT NOT NULL,
    stato TEXT NOT NULL CHECK (stato IN ('aperta', 'in_carico', 'chiusa')),
    esito TEXT CHECK (esito IN ('accolta', 'non_accolta')),
    sede TEXT NOT NULL,
    data_apertura TEXT NOT NULL,
    data_aggiornamento TEXT NOT NULL,
    soglia_giorni INTEGER NOT NULL,
    allegati TEXT NOT NULL,
    zip_file TEXT,
    UNIQUE (autore_codice_fiscale, idempotency_key)
  );
  CREATE TABLE quesito_eventi (
    id INTEGER PRIMARY KEY,
    quesito_id TEXT NOT NULL REFERENCES quesiti (id),
    data TEXT NOT NULL,
    tipo TEXT NOT NULL,
    stato TEXT NOT NULL,
    autore TEXT NOT NULL,
    testo TEXT NOT NULL
  );
  CREATE TABLE quesito_notifiche (
    id INTEGER PRIMARY KEY,
    quesito_id TEXT NOT NULL,
    destinatario TEXT NOT NULL,
    oggetto TEXT NOT NULL,
    testo TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE TABLE appuntamenti (
    id TEXT PRIMARY KEY,
    quesito_id TEXT NOT NULL UNIQUE REFERENCES quesiti (id),
    inizio TEXT NOT NULL,
    fine TEXT NOT NULL,
    sede TEXT NOT NULL,
    modalita TEXT NOT NULL
  );
  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    autore_codice_fiscale TEXT NOT NULL,
    servizio TEXT NOT NULL,
    voto INTEGER NOT NULL CHECK (voto BETWEEN 1 AND 5),
    commento TEXT NOT NULL,
    data TEXT NOT NULL
  );
  `,
];

export function migrate(db: Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const row = db.get("SELECT value FROM meta WHERE key = 'schema_version'");
  let version = row ? Number(row.value) : 0;
  while (version < MIGRATIONS.length) {
    const sql = MIGRATIONS[version] ?? '';
    const next = version + 1;
    inTransaction(db, () => {
      db.exec(sql);
      db.run(
        "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [String(next)],
      );
    });
    version = next;
  }
}

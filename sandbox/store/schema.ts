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
  // The sandbox's mailbox (every message its SMTP server receives, PEC included) and the
  // deleghe requested by intermediari, with their one-time password (issue #6).
  `
  CREATE TABLE mail_messages (
    id INTEGER PRIMARY KEY,
    message_id TEXT,
    envelope_from TEXT NOT NULL,
    envelope_to TEXT NOT NULL,
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    received_at TEXT NOT NULL
  );
  CREATE TABLE deleghe (
    id INTEGER PRIMARY KEY,
    numero TEXT NOT NULL UNIQUE,
    intermediario_codice_fiscale TEXT NOT NULL REFERENCES persone (codice_fiscale),
    posizione_id TEXT NOT NULL REFERENCES posizioni (id),
    request TEXT NOT NULL,
    stato TEXT NOT NULL CHECK (stato IN ('richiesta', 'bloccata', 'attiva', 'revocata')),
    data_richiesta TEXT NOT NULL,
    data_attivazione TEXT,
    data_revoca TEXT,
    data_fine TEXT NOT NULL,
    otp_hash TEXT,
    otp_expires_at TEXT,
    tentativi_falliti INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX deleghe_per_intermediario ON deleghe (intermediario_codice_fiscale);
  `,
  // The Cassetto sections. DMA denunce are stored (the ListaPosPA submission adds to them);
  // the other consultation sections are generated from the seed, and what users change on
  // them (contestazioni, tracciati) is stored here.
  `
  CREATE TABLE denunce (
    id TEXT PRIMARY KEY,
    posizione_id TEXT NOT NULL REFERENCES posizioni (id),
    mese TEXT NOT NULL CHECK (mese GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    tipo TEXT NOT NULL CHECK (tipo IN ('ordinario', 'variazione')),
    data_invio TEXT NOT NULL,
    esito TEXT NOT NULL CHECK (esito IN ('acquisita', 'acquisita con errori', 'scartata', 'annullata', 'sostituita')),
    numero_d0 INTEGER NOT NULL,
    totale_contributi TEXT NOT NULL,
    -- JSON array of {codice, messaggio, codiceFiscaleLavoratore, quadro}
    errori TEXT NOT NULL DEFAULT '[]'
  );
  CREATE INDEX denunce_per_posizione ON denunce (posizione_id, mese);
  CREATE TABLE contestazioni (
    id TEXT PRIMARY KEY,
    posizione_id TEXT NOT NULL REFERENCES posizioni (id),
    nota_id TEXT NOT NULL,
    codice_fiscale_lavoratore TEXT NOT NULL,
    contributo_proposto TEXT NOT NULL,
    motivazione TEXT NOT NULL,
    allegati TEXT NOT NULL,
    autore TEXT NOT NULL,
    data_contestazione TEXT NOT NULL
  );
  CREATE INDEX contestazioni_per_nota ON contestazioni (posizione_id, nota_id);
  CREATE TABLE tracciati (
    protocollo TEXT PRIMARY KEY,
    posizione_id TEXT NOT NULL REFERENCES posizioni (id),
    nome_file TEXT NOT NULL,
    dimensione INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    righe INTEGER NOT NULL,
    esito TEXT NOT NULL,
    motivo TEXT,
    autore TEXT NOT NULL,
    data_ricezione TEXT NOT NULL
  );
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
  // Every new OTP asked for a delega request: the INPS sends at most a few an hour (issue 12 §8).
  `
  CREATE TABLE deleghe_otp_reinvii (
    id INTEGER PRIMARY KEY,
    delega_id INTEGER NOT NULL REFERENCES deleghe (id),
    inviato_il TEXT NOT NULL
  );
  CREATE INDEX deleghe_otp_reinvii_per_delega ON deleghe_otp_reinvii (delega_id, inviato_il);
  `,
  // A ListaPosPA sent twice with the same idempotency key is recorded once: the key, per
  // posizione, keeps the answer first given, which a repeat gets back unchanged.
  `
  CREATE TABLE invii_denuncia (
    posizione_id TEXT NOT NULL REFERENCES posizioni (id),
    idempotency_key TEXT NOT NULL,
    risposta TEXT NOT NULL,
    PRIMARY KEY (posizione_id, idempotency_key)
  );
  `,
  // The XML of each ListaPosPA received, so a user can start the next draft from the last one
  // sent (issue #14). Seeded denunce have none: they were not sent through this API.
  `
  CREATE TABLE denunce_xml (
    denuncia_id TEXT PRIMARY KEY REFERENCES denunce (id),
    posizione_id TEXT NOT NULL REFERENCES posizioni (id),
    ricevuta_il TEXT NOT NULL,
    xml TEXT NOT NULL
  );
  CREATE INDEX denunce_xml_per_posizione ON denunce_xml (posizione_id, ricevuta_il);
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

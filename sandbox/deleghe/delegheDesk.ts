/**
 * Gestione Deleghe on the INPS side (circ. 34/2023 §2): an intermediario's request, the OTP sent
 * by PEC to the ente, activation (which opens the posizione in the Ricerca through the
 * abilitazioni table), revocation, and the sub-abilitazioni and deleghe that intermediari and
 * legali rappresentanti give their own people. Every rule on the OTP is enforced here.
 */
import {
  conservareFino,
  dataFineDelega,
  delegaRequestSchema,
  otpActivationSchema,
  type Delega,
  type DelegaRequest,
  type StatoDelega,
  type SubAbilitazione,
} from '../../shared/domain/delega';
import { formatData } from '../../shared/text/formatIt';
import type { MailSender } from '../mail/mailSender';
import type { Row } from '../store/rows';
import { optionalText, text } from '../store/rows';
import type { Database } from '../store/sqlite';
import { allRows, getRow, inTransaction } from '../store/sqlite';
import {
  alreadyPresent,
  delegaNotFound,
  invalidRequest,
  notAllowed,
  otpExpired,
  otpUsed,
  otpWrong,
  posizioneMissing,
  requestBlocked,
  tooManyResends,
} from './delegheErrors';
import { hashOtp, newOtp, otpMatches } from './otp';

export interface DelegheDeskOptions {
  db: Database;
  mail: MailSender;
  now?: () => Date;
  /** How long an OTP is valid (default 24 hours). */
  otpTtlMs?: number;
  /** Wrong OTPs accepted before the request is blocked (default 3), over all its OTPs. */
  maxAttempts?: number;
  /** New OTPs sent per request in any hour (default 3): each is a PEC to the ente. */
  maxResendsPerHour?: number;
}

const HOUR_MS = 60 * 60_000;

export const OTP_SUBJECT_PREFIX = 'Comunicazione inserimento richiesta nuova delega per la posizione';

export interface DelegheDesk {
  list(codiceFiscale: string): Delega[];
  get(codiceFiscale: string, numero: string): Delega;
  create(codiceFiscale: string, body: unknown): Promise<Delega>;
  activate(codiceFiscale: string, numero: string, body: unknown): Delega;
  resendOtp(codiceFiscale: string, numero: string): Promise<Delega>;
  revoke(codiceFiscale: string, numero: string): Delega;
  listSub(codiceFiscale: string): SubAbilitazione[];
  grantSub(codiceFiscale: string, body: unknown): SubAbilitazione;
  revokeSub(codiceFiscale: string, id: number): void;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

export function createDelegheDesk(options: DelegheDeskOptions): DelegheDesk {
  const { db, mail } = options;
  const now = options.now ?? (() => new Date());
  const ttl = options.otpTtlMs ?? 24 * 60 * 60_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const maxResends = options.maxResendsPerHour ?? 3;

  /** The resends of the last hour, oldest first: their count and when the next is allowed. */
  function resendWindow(delegaId: number) {
    const at = now();
    const sent = allRows(
      db,
      'SELECT inviato_il FROM deleghe_otp_reinvii WHERE delega_id = ? AND inviato_il > ? ORDER BY inviato_il',
      [delegaId, new Date(at.getTime() - HOUR_MS).toISOString()],
    ).map((row) => new Date(text(row, 'inviato_il')));
    const left = Math.max(0, maxResends - sent.length);
    const oldest = sent[sent.length - maxResends];
    const next = left === 0 && oldest ? new Date(oldest.getTime() + HOUR_MS) : null;
    return { left, next, at };
  }

  function toDelega(row: Row): Delega {
    const stored = text(row, 'stato') as Exclude<StatoDelega, 'scaduta'>;
    const dataFine = text(row, 'data_fine');
    const expired = stored === 'attiva' && dataFine < today(now());
    const resends = resendWindow(Number(row.id));
    return {
      numeroRichiesta: text(row, 'numero'),
      posizioneId: text(row, 'posizione_id'),
      stato: expired ? 'scaduta' : stored,
      request: JSON.parse(text(row, 'request')) as DelegaRequest,
      dataRichiesta: text(row, 'data_richiesta'),
      dataAttivazione: optionalText(row, 'data_attivazione'),
      dataRevoca: optionalText(row, 'data_revoca'),
      dataFine,
      conservareFino: conservareFino(dataFine),
      tentativiRimasti: Math.max(0, maxAttempts - Number(row.tentativi_falliti)),
      reinviiOtpRimasti: resends.left,
      prossimoReinvioOtp: resends.next ? resends.next.toISOString() : null,
    };
  }

  function rowOf(codiceFiscale: string, numero: string): Row {
    const row = getRow(db, 'SELECT * FROM deleghe WHERE numero = ? AND intermediario_codice_fiscale = ?', [
      numero,
      codiceFiscale,
    ]);
    if (!row) throw delegaNotFound();
    return row;
  }

  function profiloOf(codiceFiscale: string): string | null {
    const row = getRow(db, 'SELECT profilo FROM persone WHERE codice_fiscale = ?', [codiceFiscale]);
    return row ? optionalText(row, 'profilo') : null;
  }

  /**
   * Issues a fresh OTP for the request and sends it to the ente's PEC, as the archive knows it.
   * The wrong attempts stay counted: a new OTP must not buy three more guesses.
   */
  async function sendOtp(row: Row): Promise<void> {
    const otp = newOtp();
    const expiresAt = new Date(now().getTime() + ttl);
    db.run('UPDATE deleghe SET otp_hash = ?, otp_expires_at = ? WHERE id = ?', [
      hashOtp(otp),
      expiresAt.toISOString(),
      Number(row.id),
    ]);
    const request = JSON.parse(text(row, 'request')) as DelegaRequest;
    const ente = getRow(
      db,
      'SELECT e.pec, e.codice_fiscale FROM posizioni p JOIN enti e ON e.codice_fiscale = p.codice_fiscale_ente WHERE p.id = ?',
      [text(row, 'posizione_id')],
    );
    if (!ente) throw posizioneMissing();
    const { intermediario } = request;
    await mail.send({
      to: text(ente, 'pec'),
      subject: `${OTP_SUBJECT_PREFIX} ${text(ente, 'codice_fiscale')}`,
      text: [
        `Richiesta n. ${text(row, 'numero')} per la posizione contributiva ${text(row, 'posizione_id')}.`,
        `Intermediario: ${intermediario.nome} ${intermediario.cognome} (${intermediario.codiceFiscale}).`,
        `Decorrenza ${formatData(request.dataInizio)}, durata ${request.durataMesi} mesi.`,
        '',
        `Password monouso (OTP): ${otp}`,
        `Valida fino al ${expiresAt.toISOString()}, per un solo utilizzo.`,
        '',
        "Consegnare l'OTP all'intermediario solo dopo aver firmato la delega.",
      ].join('\n'),
    });
  }

  return {
    list(codiceFiscale) {
      return allRows(db, 'SELECT * FROM deleghe WHERE intermediario_codice_fiscale = ? ORDER BY id DESC', [
        codiceFiscale,
      ]).map(toDelega);
    },

    get(codiceFiscale, numero) {
      return toDelega(rowOf(codiceFiscale, numero));
    },

    async create(codiceFiscale, body) {
      const parsed = delegaRequestSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalidRequest(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'richiesta non valida'}`);
      }
      const request = parsed.data;
      if (
        request.intermediario.codiceFiscale !== codiceFiscale ||
        profiloOf(codiceFiscale) !== 'intermediario'
      ) {
        throw notAllowed(
          "Solo l'intermediario abilitato (profilo intermediario INPS) può chiedere una delega a proprio nome.",
        );
      }
      const posizione = getRow(
        db,
        'SELECT id FROM posizioni WHERE codice_fiscale_ente = ? AND progressivo = ?',
        [request.ente.codiceFiscale, request.ente.progressivo],
      );
      if (!posizione) throw posizioneMissing();
      const posizioneId = text(posizione, 'id');
      const row = inTransaction(db, () => {
        const open = getRow(
          db,
          "SELECT 1 AS found FROM deleghe WHERE intermediario_codice_fiscale = ? AND posizione_id = ? AND stato IN ('richiesta', 'attiva') AND data_fine >= ?",
          [codiceFiscale, posizioneId, today(now())],
        );
        if (open) throw alreadyPresent();
        const next = Number(getRow(db, 'SELECT COALESCE(MAX(id), 0) + 1 AS next FROM deleghe')?.next ?? 1);
        const numero = `DLG-${now().getUTCFullYear()}-${String(next).padStart(6, '0')}`;
        db.run(
          `INSERT INTO deleghe (id, numero, intermediario_codice_fiscale, posizione_id, request, stato, data_richiesta, data_fine)
           VALUES (?, ?, ?, ?, ?, 'richiesta', ?, ?)`,
          [
            next,
            numero,
            codiceFiscale,
            posizioneId,
            JSON.stringify({ ...request, numeroRichiesta: numero }),
            now().toISOString(),
            dataFineDelega(request.dataInizio, request.durataMesi),
          ],
        );
        return getRow(db, 'SELECT * FROM deleghe WHERE id = ?', [next]) as Row;
      });
      await sendOtp(row);
      return toDelega(rowOf(codiceFiscale, text(row, 'numero')));
    },

    activate(codiceFiscale, numero, body) {
      const parsed = otpActivationSchema.safeParse(body);
      if (!parsed.success) throw invalidRequest(parsed.error.issues[0]?.message ?? 'Richiesta non valida.');
      const row = rowOf(codiceFiscale, numero);
      const stato = text(row, 'stato');
      if (stato === 'bloccata') throw requestBlocked();
      if (stato !== 'richiesta') throw otpUsed();
      const hash = optionalText(row, 'otp_hash');
      const expiresAt = optionalText(row, 'otp_expires_at');
      if (hash === null || expiresAt === null) throw otpUsed();
      if (now().toISOString() > expiresAt) throw otpExpired();
      if (!otpMatches(parsed.data.otp, hash)) {
        const failed = Number(row.tentativi_falliti) + 1;
        const blocked = failed >= maxAttempts;
        db.run('UPDATE deleghe SET tentativi_falliti = ?, stato = ? WHERE id = ?', [
          failed,
          blocked ? 'bloccata' : 'richiesta',
          Number(row.id),
        ]);
        throw blocked ? requestBlocked() : otpWrong(maxAttempts - failed);
      }
      inTransaction(db, () => {
        // The hash goes: the same OTP can never open anything again.
        db.run(
          "UPDATE deleghe SET stato = 'attiva', data_attivazione = ?, otp_hash = NULL, otp_expires_at = NULL WHERE id = ?",
          [now().toISOString(), Number(row.id)],
        );
        db.run(
          `INSERT INTO abilitazioni (codice_fiscale, posizione_id, ruolo, stato, data_inizio)
           VALUES (?, ?, 'intermediario', 'attiva', ?)`,
          [codiceFiscale, text(row, 'posizione_id'), today(now())],
        );
      });
      return toDelega(rowOf(codiceFiscale, numero));
    },

    async resendOtp(codiceFiscale, numero) {
      const row = rowOf(codiceFiscale, numero);
      const stato = text(row, 'stato');
      if (stato === 'bloccata') throw requestBlocked();
      if (stato !== 'richiesta') throw otpUsed();
      // Counted before sending, in one synchronous step: two clicks at once cannot both pass.
      const { left, next, at } = resendWindow(Number(row.id));
      if (left === 0 && next) throw tooManyResends(maxResends, next, at);
      db.run('INSERT INTO deleghe_otp_reinvii (delega_id, inviato_il) VALUES (?, ?)', [
        Number(row.id),
        at.toISOString(),
      ]);
      await sendOtp(row);
      return toDelega(rowOf(codiceFiscale, numero));
    },

    revoke(codiceFiscale, numero) {
      const row = rowOf(codiceFiscale, numero);
      if (text(row, 'stato') === 'revocata') return toDelega(row);
      inTransaction(db, () => {
        db.run("UPDATE deleghe SET stato = 'revocata', data_revoca = ?, otp_hash = NULL WHERE id = ?", [
          now().toISOString(),
          Number(row.id),
        ]);
        db.run(
          "UPDATE abilitazioni SET stato = 'revocata' WHERE codice_fiscale = ? AND posizione_id = ? AND ruolo = 'intermediario' AND stato = 'attiva'",
          [codiceFiscale, text(row, 'posizione_id')],
        );
      });
      return toDelega(rowOf(codiceFiscale, numero));
    },

    listSub(codiceFiscale) {
      return allRows(
        db,
        `SELECT a.id, a.codice_fiscale, a.posizione_id, a.ruolo, a.data_inizio, pe.nome, pe.cognome
         FROM abilitazioni a JOIN persone pe ON pe.codice_fiscale = a.codice_fiscale
         WHERE a.stato = 'attiva' AND (
           (a.ruolo = 'subdelegato' AND a.delegante_codice_fiscale = :cf)
           OR (a.ruolo IN ('delegato', 'delegato_comando') AND a.posizione_id IN (
             SELECT l.posizione_id FROM abilitazioni l
             WHERE l.codice_fiscale = :cf AND l.ruolo = 'legale_rappresentante' AND l.stato = 'attiva')))
         ORDER BY a.posizione_id, pe.cognome`,
        { ':cf': codiceFiscale },
      ).map((row) => ({
        id: Number(row.id),
        codiceFiscale: text(row, 'codice_fiscale'),
        posizioneId: text(row, 'posizione_id'),
        nome: text(row, 'nome'),
        cognome: text(row, 'cognome'),
        ruolo: text(row, 'ruolo') as SubAbilitazione['ruolo'],
        dataInizio: text(row, 'data_inizio'),
      }));
    },

    grantSub(codiceFiscale, body) {
      const input = body as { codiceFiscale?: unknown; posizioneId?: unknown; ruolo?: unknown } | null;
      const employee =
        typeof input?.codiceFiscale === 'string' ? input.codiceFiscale.trim().toUpperCase() : '';
      const posizioneId = typeof input?.posizioneId === 'string' ? input.posizioneId : '';
      const ruolo = input?.ruolo;
      if (ruolo !== 'subdelegato' && ruolo !== 'delegato' && ruolo !== 'delegato_comando') {
        throw invalidRequest('ruolo: scegli subdelegato, delegato o delegato_comando.');
      }
      const persona = getRow(db, 'SELECT profilo FROM persone WHERE codice_fiscale = ?', [employee]);
      if (!persona || optionalText(persona, 'profilo') !== 'azienda_operatore') {
        throw invalidRequest(
          "codiceFiscale: la persona non risulta tra gli utenti INPS con profilo di operatore d'azienda (SC62).",
        );
      }
      const holds = (who: string, role: string) =>
        getRow(
          db,
          "SELECT 1 AS found FROM abilitazioni WHERE codice_fiscale = ? AND posizione_id = ? AND ruolo = ? AND stato = 'attiva'",
          [who, posizioneId, role],
        ) !== undefined;
      if (!holds(codiceFiscale, ruolo === 'subdelegato' ? 'intermediario' : 'legale_rappresentante')) {
        throw notAllowed(
          ruolo === 'subdelegato'
            ? 'Puoi sub-abilitare solo sulle posizioni per cui hai una delega attiva da intermediario.'
            : 'Solo il legale rappresentante della posizione può delegare i dipendenti.',
        );
      }
      if (holds(employee, ruolo)) throw alreadyPresent();
      db.run(
        `INSERT INTO abilitazioni (codice_fiscale, posizione_id, ruolo, stato, delegante_codice_fiscale, data_inizio)
         VALUES (?, ?, ?, 'attiva', ?, ?)`,
        [employee, posizioneId, ruolo, ruolo === 'subdelegato' ? codiceFiscale : null, today(now())],
      );
      const granted = this.listSub(codiceFiscale).find(
        (sub) => sub.codiceFiscale === employee && sub.posizioneId === posizioneId && sub.ruolo === ruolo,
      );
      if (!granted) throw new Error('Abilitazione appena inserita non trovata');
      return granted;
    },

    revokeSub(codiceFiscale, id) {
      if (!this.listSub(codiceFiscale).some((sub) => sub.id === id)) {
        throw notAllowed('Questa abilitazione non è tra quelle che hai concesso.');
      }
      db.run("UPDATE abilitazioni SET stato = 'revocata' WHERE id = ?", [id]);
    },
  };
}

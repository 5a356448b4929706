/** The quesiti archive of the sandbox: protocol, timeline, esito, appointments, feedback. */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PosizioneContributiva } from '../../shared/domain/cassettoApi';
import {
  STATI_QUESITO,
  addWorkingDays,
  bookingState,
  canMove,
  subjectOf,
  type Appuntamento,
  type EsitoQuesito,
  type EventoQuesito,
  type Feedback,
  type QuesitoDetail,
  type QuesitoSummary,
  type Slot,
  type StatoQuesito,
} from '../../shared/domain/quesiti';
import { text, optionalText, type Row } from '../store/rows';
import { allRows, getRow, inTransaction, type Database } from '../store/sqlite';
import type { QuesitoNotifier } from './notifier';
import { nextProtocollo } from '../store/protocollo';

export interface NewQuesito {
  posizione: PosizioneContributiva;
  autore: { codiceFiscale: string; email: string; nome: string };
  idempotencyKey: string;
  classe: string;
  oggetto: string;
  testo: string;
  zip: Uint8Array | null;
  allegati: Array<{ nome: string; dimensione: number }>;
}

export class QuesitoStateError extends Error {}

const num = (row: Row, column: string) => Number(row[column]);

export class QuesitiStore {
  constructor(
    private readonly db: Database,
    private readonly dataDir: string,
    private readonly notifier: QuesitoNotifier,
    private readonly sogliaGiorni: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Protocols the quesito and routes it to the posizione's sede; the same key gives the same quesito. */
  create(input: NewQuesito): { quesito: QuesitoDetail; created: boolean } {
    const existing = getRow(
      this.db,
      'SELECT id FROM quesiti WHERE autore_codice_fiscale = ? AND idempotency_key = ?',
      [input.autore.codiceFiscale, input.idempotencyKey],
    );
    if (existing) return { quesito: this.detail(text(existing, 'id')), created: false };

    const id = randomUUID();
    const at = this.now().toISOString();
    const sede = input.posizione.sedeInps;
    let zipFile: string | null = null;
    if (input.zip) {
      const folder = join(this.dataDir, 'quesiti');
      mkdirSync(folder, { recursive: true });
      zipFile = join(folder, `${id}.zip`);
      writeFileSync(zipFile, input.zip);
    }
    const protocollo = inTransaction(this.db, () => {
      // The sede is recorded beside the protocol, not in it.
      const protocollo = nextProtocollo(this.db, 'quesiti', at);
      this.db.run(
        `INSERT INTO quesiti (id, protocollo, posizione_id, autore_codice_fiscale, idempotency_key, classe, oggetto, testo,
           stato, esito, sede, data_apertura, data_aggiornamento, soglia_giorni, allegati, zip_file)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'aperta', NULL, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          protocollo,
          input.posizione.id,
          input.autore.codiceFiscale,
          input.idempotencyKey,
          input.classe,
          input.oggetto,
          input.testo,
          sede,
          at,
          at,
          this.sogliaGiorni,
          JSON.stringify(input.allegati),
          zipFile,
        ],
      );
      this.addEvent(
        id,
        at,
        'protocollazione',
        'aperta',
        'Sistema',
        `Protocollato e assegnato alla sede ${sede}.`,
      );
      return protocollo;
    });
    this.notifier.notify({
      quesitoId: id,
      to: input.autore.email,
      subject: `Quesito protocollato n. ${protocollo}`,
      text: `Il quesito «${subjectOf(input.classe, input.oggetto)}» è stato protocollato con il n. ${protocollo} del ${at.slice(0, 10)} e assegnato alla sede INPS ${sede}.`,
    });
    return { quesito: this.detail(id), created: true };
  }

  listByAutore(codiceFiscale: string): QuesitoSummary[] {
    return allRows(
      this.db,
      `${SUMMARY_QUERY} WHERE q.autore_codice_fiscale = ? ORDER BY q.data_apertura DESC`,
      [codiceFiscale],
    ).map((row) => this.summary(row));
  }

  listAll(): QuesitoSummary[] {
    return allRows(this.db, `${SUMMARY_QUERY} ORDER BY q.data_apertura DESC`).map((row) => this.summary(row));
  }

  /** The quesito if it belongs to that posizione and that author; a stranger's looks absent. */
  find(id: string, posizioneId: string, codiceFiscale: string): QuesitoDetail | undefined {
    const row = getRow(
      this.db,
      'SELECT id FROM quesiti WHERE id = ? AND posizione_id = ? AND autore_codice_fiscale = ?',
      [id, posizioneId, codiceFiscale],
    );
    return row ? this.detail(id) : undefined;
  }

  exists(id: string): boolean {
    return getRow(this.db, 'SELECT 1 AS found FROM quesiti WHERE id = ?', [id]) !== undefined;
  }

  detail(id: string): QuesitoDetail {
    const row = getRow(this.db, `${SUMMARY_QUERY} WHERE q.id = ?`, [id]);
    if (!row) throw new Error(`Quesito ${id} non trovato`);
    const eventi = allRows(this.db, 'SELECT * FROM quesito_eventi WHERE quesito_id = ? ORDER BY id', [
      id,
    ]).map((e): EventoQuesito => ({
      data: text(e, 'data'),
      tipo: text(e, 'tipo') as EventoQuesito['tipo'],
      stato: text(e, 'stato') as StatoQuesito,
      autore: text(e, 'autore'),
      testo: text(e, 'testo'),
    }));
    return {
      ...this.summary(row),
      testo: text(row, 'testo'),
      allegati: JSON.parse(text(row, 'allegati')) as QuesitoDetail['allegati'],
      eventi,
    };
  }

  zipFileOf(id: string): string | null {
    const row = getRow(this.db, 'SELECT zip_file FROM quesiti WHERE id = ?', [id]);
    return row ? optionalText(row, 'zip_file') : null;
  }

  takeInCarico(id: string, operatore: string, commento: string): QuesitoDetail {
    return this.move(id, 'in_carico', 'presa_in_carico', operatore, commento || 'Preso in carico.', null);
  }

  comment(id: string, operatore: string, testo: string): QuesitoDetail {
    const current = this.detail(id);
    if (current.stato === 'chiusa')
      throw new QuesitoStateError('Il quesito è chiuso: non si possono aggiungere commenti.');
    const at = this.now().toISOString();
    inTransaction(this.db, () => {
      this.addEvent(id, at, 'commento', current.stato, operatore, testo);
      this.db.run('UPDATE quesiti SET data_aggiornamento = ? WHERE id = ?', [at, id]);
    });
    return this.detail(id);
  }

  close(id: string, operatore: string, esito: EsitoQuesito, commento: string): QuesitoDetail {
    const closed = this.move(id, 'chiusa', 'chiusura', operatore, commento, esito);
    const row = getRow(
      this.db,
      'SELECT p.email FROM quesiti q JOIN persone p ON p.codice_fiscale = q.autore_codice_fiscale WHERE q.id = ?',
      [id],
    );
    this.notifier.notify({
      quesitoId: id,
      to: row ? text(row, 'email') : '',
      subject: `Quesito n. ${closed.protocollo} chiuso`,
      text: `Il quesito n. ${closed.protocollo} è stato chiuso con esito «${esito === 'accolta' ? 'accolta' : 'non accolta'}». ${commento}`,
    });
    return closed;
  }

  notices(quesitoId: string): Array<{ to: string; subject: string; text: string }> {
    return allRows(this.db, 'SELECT * FROM quesito_notifiche WHERE quesito_id = ? ORDER BY id', [
      quesitoId,
    ]).map((row) => ({
      to: text(row, 'destinatario'),
      subject: text(row, 'oggetto'),
      text: text(row, 'testo'),
    }));
  }

  /** Free slots at the quesito's sede: the next five working days, three each, booked ones left out. */
  slots(quesito: QuesitoSummary): Slot[] {
    const booked = new Set(
      allRows(this.db, 'SELECT inizio FROM appuntamenti WHERE sede = ?', [quesito.sede]).map((r) =>
        text(r, 'inizio'),
      ),
    );
    const start = this.now();
    start.setUTCHours(0, 0, 0, 0);
    const slots: Slot[] = [];
    for (let day = 1; day <= 5; day += 1) {
      const date = addWorkingDays(start, day);
      for (const hour of [8, 9, 10]) {
        const inizio = new Date(date.getTime());
        inizio.setUTCHours(hour, 0, 0, 0);
        const fine = new Date(inizio.getTime() + 30 * 60_000);
        const id = inizio.toISOString();
        if (!booked.has(id)) slots.push({ id, inizio: id, fine: fine.toISOString(), sede: quesito.sede });
      }
    }
    return slots;
  }

  book(quesito: QuesitoSummary, slotId: string): Appuntamento {
    if (!bookingState(quesito, this.now()).allowed) {
      throw new QuesitoStateError(
        'Un appuntamento si può prenotare solo se la risposta non è arrivata entro i tempi della sede o se l’esito è «non accolta».',
      );
    }
    if (quesito.appuntamento)
      throw new QuesitoStateError('Per questo quesito è già prenotato un appuntamento.');
    const slot = this.slots(quesito).find((s) => s.id === slotId);
    if (!slot) throw new QuesitoStateError('L’orario scelto non è più disponibile: sceglierne un altro.');
    const appuntamento: Appuntamento = {
      id: randomUUID(),
      inizio: slot.inizio,
      fine: slot.fine,
      sede: slot.sede,
      modalita: 'Videochiamata',
    };
    this.db.run(
      'INSERT INTO appuntamenti (id, quesito_id, inizio, fine, sede, modalita) VALUES (?, ?, ?, ?, ?, ?)',
      [
        appuntamento.id,
        quesito.id,
        appuntamento.inizio,
        appuntamento.fine,
        appuntamento.sede,
        appuntamento.modalita,
      ],
    );
    return appuntamento;
  }

  cancelBooking(quesitoId: string): boolean {
    const before = getRow(this.db, 'SELECT 1 AS found FROM appuntamenti WHERE quesito_id = ?', [quesitoId]);
    this.db.run('DELETE FROM appuntamenti WHERE quesito_id = ?', [quesitoId]);
    return before !== undefined;
  }

  addFeedback(codiceFiscale: string, feedback: Feedback): void {
    this.db.run(
      'INSERT INTO feedback (autore_codice_fiscale, servizio, voto, commento, data) VALUES (?, ?, ?, ?, ?)',
      [codiceFiscale, feedback.servizio, feedback.voto, feedback.commento, this.now().toISOString()],
    );
  }

  private move(
    id: string,
    to: StatoQuesito,
    tipo: EventoQuesito['tipo'],
    operatore: string,
    testo: string,
    esito: EsitoQuesito | null,
  ): QuesitoDetail {
    const current = this.detail(id);
    if (!canMove(current.stato, to)) {
      throw new QuesitoStateError(
        `Il quesito è «${STATI_QUESITO.labels[current.stato]}»: non può passare a «${STATI_QUESITO.labels[to]}».`,
      );
    }
    const at = this.now().toISOString();
    inTransaction(this.db, () => {
      this.db.run('UPDATE quesiti SET stato = ?, esito = ?, data_aggiornamento = ? WHERE id = ?', [
        to,
        esito,
        at,
        id,
      ]);
      this.addEvent(id, at, tipo, to, operatore, testo);
    });
    return this.detail(id);
  }

  private addEvent(
    id: string,
    at: string,
    tipo: EventoQuesito['tipo'],
    stato: StatoQuesito,
    autore: string,
    testo: string,
  ) {
    this.db.run(
      'INSERT INTO quesito_eventi (quesito_id, data, tipo, stato, autore, testo) VALUES (?, ?, ?, ?, ?, ?)',
      [id, at, tipo, stato, autore, testo],
    );
  }

  private summary(row: Row): QuesitoSummary {
    const appuntamentoId = optionalText(row, 'app_id');
    return {
      id: text(row, 'id'),
      protocollo: text(row, 'protocollo'),
      posizioneId: text(row, 'posizione_id'),
      denominazione: text(row, 'denominazione'),
      classe: text(row, 'classe'),
      oggetto: text(row, 'oggetto'),
      oggettoLabel: subjectOf(text(row, 'classe'), text(row, 'oggetto')),
      stato: text(row, 'stato') as StatoQuesito,
      esito: optionalText(row, 'esito') as EsitoQuesito | null,
      sede: text(row, 'sede'),
      dataApertura: text(row, 'data_apertura'),
      dataAggiornamento: text(row, 'data_aggiornamento'),
      sogliaGiorni: num(row, 'soglia_giorni'),
      appuntamento: appuntamentoId
        ? {
            id: appuntamentoId,
            inizio: text(row, 'app_inizio'),
            fine: text(row, 'app_fine'),
            sede: text(row, 'app_sede'),
            modalita: text(row, 'app_modalita'),
          }
        : null,
    };
  }
}

const SUMMARY_QUERY = `SELECT q.*, p.denominazione, a.id AS app_id, a.inizio AS app_inizio, a.fine AS app_fine,
  a.sede AS app_sede, a.modalita AS app_modalita
  FROM quesiti q JOIN posizioni p ON p.id = q.posizione_id LEFT JOIN appuntamenti a ON a.quesito_id = q.id`;

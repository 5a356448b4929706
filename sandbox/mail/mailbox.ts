/**
 * The sandbox's mailbox: every message its SMTP server accepted, kept in the archive so tests,
 * the e2e suite and a tester (GET /sandbox/mailbox on the API port) can read what "INPS" sent.
 */
import type { Database } from '../store/sqlite';
import { allRows } from '../store/sqlite';
import { optionalText, text } from '../store/rows';

export interface MailMessage {
  id: number;
  messageId: string | null;
  from: string;
  /** Envelope recipients, lower case. */
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

export interface MailQuery {
  /** A recipient address (case-insensitive). */
  to?: string;
  /** A part of the subject (case-insensitive). */
  subject?: string;
}

export class Mailbox {
  constructor(private readonly db: Database) {}

  store(message: Omit<MailMessage, 'id'>): void {
    this.db.run(
      `INSERT INTO mail_messages (message_id, envelope_from, envelope_to, subject, text, received_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        message.messageId,
        message.from,
        JSON.stringify(message.to.map((address) => address.toLowerCase())),
        message.subject,
        message.text,
        message.receivedAt,
      ],
    );
  }

  /** Matching messages, newest first. */
  find(query: MailQuery = {}): MailMessage[] {
    const rows = allRows(this.db, 'SELECT * FROM mail_messages ORDER BY id DESC');
    const to = query.to?.toLowerCase();
    const subject = query.subject?.toLowerCase();
    return rows
      .map((row) => ({
        id: Number(row.id),
        messageId: optionalText(row, 'message_id'),
        from: text(row, 'envelope_from'),
        to: JSON.parse(text(row, 'envelope_to')) as string[],
        subject: text(row, 'subject'),
        text: text(row, 'text'),
        receivedAt: text(row, 'received_at'),
      }))
      .filter((message) => to === undefined || message.to.includes(to))
      .filter((message) => subject === undefined || message.subject.toLowerCase().includes(subject));
  }
}

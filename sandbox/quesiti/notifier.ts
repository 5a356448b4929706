/**
 * Notices of protocollazione, routing and closing (circ. 34/2023 §3.1). Every notice is recorded
 * in the archive, where tests and the back-office read it; the sandbox also mails it through the
 * shared SMTP mailbox (mailingNotifier.ts wraps this one).
 */
import type { Database } from '../store/sqlite';

export interface QuesitoNotice {
  quesitoId: string;
  to: string;
  subject: string;
  text: string;
}

export interface QuesitoNotifier {
  notify(notice: QuesitoNotice): void;
}

export function createRecordingNotifier(db: Database, now: () => Date = () => new Date()): QuesitoNotifier {
  return {
    notify({ quesitoId, to, subject, text }) {
      db.run(
        'INSERT INTO quesito_notifiche (quesito_id, destinatario, oggetto, testo, data) VALUES (?, ?, ?, ?, ?)',
        [quesitoId, to, subject, text, now().toISOString()],
      );
    },
  };
}

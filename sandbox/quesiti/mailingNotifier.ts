/**
 * Notices of quesiti as INPS sends them: recorded in the archive (the back-office and tests read
 * them there) and e-mailed over the sandbox's real SMTP server to the local mailbox.
 */
import type { MailSender } from '../mail/mailSender';
import type { QuesitoNotifier } from './notifier';

export function createMailingNotifier(recording: QuesitoNotifier, mail: MailSender): QuesitoNotifier {
  return {
    notify(notice) {
      recording.notify(notice);
      // A notice that cannot be mailed must not undo the protocollazione it reports.
      mail.send({ to: notice.to, subject: notice.subject, text: notice.text }).catch((error: unknown) => {
        console.error('[sandbox quesiti] invio e-mail non riuscito', error);
      });
    },
  };
}

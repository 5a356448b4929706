/**
 * A real SMTP server on loopback (smtp-server): what the sandbox "sends" travels over SMTP and
 * lands, parsed by mailparser, in the Mailbox. No TLS and no authentication: loopback only.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Mailbox } from './mailbox';

export interface RunningSmtpServer {
  port: number;
  close(): Promise<void>;
}

export async function startSmtpServer(mailbox: Mailbox, port = 0): Promise<RunningSmtpServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    banner: 'Sandbox INPS PEC',
    size: 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const rcpt = session.envelope.rcptTo.map((address) => address.address);
          const mailFrom = session.envelope.mailFrom;
          mailbox.store({
            messageId: parsed.messageId ?? null,
            from: mailFrom === false ? '' : mailFrom.address,
            to: rcpt,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: new Date().toISOString(),
          });
          // Stored before the 250 reply: once the sender's call resolves, tests can read it.
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

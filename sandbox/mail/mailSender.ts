/** How sandbox features send e-mail and PEC: nodemailer over SMTP to the sandbox's own server. */
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

export const INPS_PEC_SENDER =
  'Istituto Nazionale Previdenza Sociale <noreply.deleghe@postacert.inps.example.it>';

export function createMailSender(port: number): MailSender {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: INPS_PEC_SENDER, ...mail });
    },
  };
}

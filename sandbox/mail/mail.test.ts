import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, type OpenedStore } from '../store/openStore';
import { createMailSender } from './mailSender';
import { startSmtpServer, type RunningSmtpServer } from './smtpServer';

let dir: string;
let opened: OpenedStore;
let smtp: RunningSmtpServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-mail-'));
  opened = openStore(dir);
  smtp = await startSmtpServer(opened.mailbox);
});
afterAll(async () => {
  await smtp.close();
  opened.close();
  await rm(dir, { recursive: true, force: true });
});

it('delivers over SMTP into the mailbox, accents and all, findable by recipient and subject', async () => {
  const sender = createMailSender(smtp.port);
  await sender.send({
    to: 'Ente@PEC.example.it',
    subject: 'Comunicazione di prova – è così',
    text: 'Perché sì.',
  });
  await sender.send({ to: 'altro@pec.example.it', subject: 'Altro', text: 'No.' });

  const found = opened.mailbox.find({ to: 'ente@pec.example.it', subject: 'di prova' });
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ subject: 'Comunicazione di prova – è così', text: 'Perché sì.\n' });
  expect(found[0]?.from).toContain('inps');
  expect(opened.mailbox.find()).toHaveLength(2);
});

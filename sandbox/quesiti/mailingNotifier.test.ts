/** The notices of a quesito reach the user's mailbox over the sandbox's real SMTP server. */
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { personaByKey } from '../seed/personae';
import { posizioneId } from '../seed/enti';
import { loginHeadless } from '../testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;
beforeAll(async () => {
  sandbox = await startTempSandbox();
});
afterAll(() => sandbox?.dispose());

it('e-mails the protocollazione of a quesito to its author', async () => {
  const { accessToken } = await loginHeadless(sandbox, {
    persona: 'delegato-comune',
    method: 'spid',
    level: 2,
  });
  const response = await fetch(`${sandbox.apiBaseUrl}/v1/posizioni/${posizioneId('comune-borgo')}/quesiti`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      idempotencyKey: 'notifica-mail-1',
      classe: 'VERSAMENTI',
      oggetto: 'PAGAMENTI',
      testo: 'Versamento di ottobre non abbinato.',
      allegatiZip: Buffer.from(zipSync({ 'ricevuta.pdf': strToU8('pdf') })).toString('base64'),
    }),
  });
  expect(response.status).toBe(201);
  const { protocollo } = (await response.json()) as { protocollo: string };
  const to = personaByKey('delegato-comune').email;
  await expect
    .poll(() => sandbox.mailbox.find({ to, subject: `Quesito protocollato n. ${protocollo}` }).length, {
      timeout: 10_000,
    })
    .toBe(1);
  expect(sandbox.mailbox.find({ to })[0]?.text).toContain(protocollo);
});

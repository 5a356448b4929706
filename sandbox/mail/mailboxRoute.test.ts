/**
 * The mailbox shows the OTPs that activate deleghe (issue 13, point 11): like the back-office it
 * answers only requests addressed to the API's own host and holding the operator key.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempSandbox, type TempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;

beforeAll(async () => {
  sandbox = await startTempSandbox();
  await sandbox.mail.send({ to: 'ente@pec.example.it', subject: 'OTP di prova', text: 'OTP): 12345678' });
});
afterAll(async () => {
  await sandbox?.dispose();
});

/** fetch cannot forge Host; node:http can. */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const { port, host } = new URL(sandbox.apiBaseUrl);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { host, ...headers } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('sandbox mailbox', () => {
  it('refuses a request without the operator key, or with a wrong one', async () => {
    const none = await get('/sandbox/mailbox', {});
    expect(none.status).toBe(401);
    expect(none.body).not.toContain('12345678');
    expect(JSON.parse(none.body)).toMatchObject({
      error: { message: 'Chiave operatore mancante o errata.' },
    });
    expect((await get('/sandbox/mailbox', { 'x-operatore-key': 'x'.repeat(24) })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) even with the key', async () => {
    const rebound = await get('/sandbox/mailbox', {
      host: `attacker.example:${new URL(sandbox.apiBaseUrl).port}`,
      'x-operatore-key': sandbox.operatorKey,
    });
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain('12345678');
  });

  it('answers the operator on its own host, by header or by chiave in the URL', async () => {
    const byHeader = await get('/sandbox/mailbox?to=ente@pec.example.it', {
      'x-operatore-key': sandbox.operatorKey,
    });
    expect(byHeader.status).toBe(200);
    expect(byHeader.body).toContain('12345678');
    const byQuery = await get(`/sandbox/mailbox?chiave=${sandbox.operatorKey}`, {
      host: `localhost:${new URL(sandbox.apiBaseUrl).port}`,
    });
    expect(byQuery.status).toBe(200);
  });

  it('puts the back-office behind the same Host check', async () => {
    const rebound = await get('/backoffice/quesiti', {
      host: 'attacker.example',
      'x-operatore-key': sandbox.operatorKey,
    });
    expect(rebound.status).toBe(421);
    expect((await get('/backoffice/quesiti', { 'x-operatore-key': sandbox.operatorKey })).status).toBe(200);
  });
});

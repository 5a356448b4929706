/**
 * Issue 13 through the web host: a delega PDF asked with a 50 KB PEC is refused at once, on its
 * field and in Italian, while another call is answered; a valid request gives the PDF. (A
 * 1,505-character PEC used to block every other call for 14 s.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import { startTestWebHost, type TestWebHost } from './testing/testWebHost';

let web: TestWebHost;

beforeEach(async () => {
  web = await startTestWebHost('webhost-delega');
});
afterEach(() => web.close());

const call = (name: string, body: unknown) => web.call<{ fileName: string; base64: string }>(name, body);

describe('delega PDF through the web host', () => {
  it('refuses a 50 KB PEC on its field while another call answers', async () => {
    const request = { ...fixture, ente: { ...fixture.ente, pec: `${'p'.repeat(50_000)}@pec.it` } };
    const [refused, info] = await Promise.all([call('deleghe.pdf', { request }), call('app.info', {})]);
    expect(info.ok).toBe(true);
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('INVALID_INPUT');
    expect(refused.error?.issues).toEqual([
      { path: 'request.ente.pec', message: "L'indirizzo PEC supera i 254 caratteri." },
    ]);
  });

  it('refuses a Chinese surname on its field rather than printing a blank', async () => {
    const request = { ...fixture, legaleRappresentante: { ...fixture.legaleRappresentante, cognome: '王' } };
    const refused = await call('deleghe.pdf', { request });
    expect(refused.error?.issues?.[0]).toMatchObject({
      path: 'request.legaleRappresentante.cognome',
      message: expect.stringContaining('Il cognome contiene caratteri non ammessi: «王»') as unknown,
    });
  });

  it('gives the PDF of a valid request', async () => {
    const answer = await call('deleghe.pdf', { request: fixture });
    expect(answer.ok).toBe(true);
    expect(
      Buffer.from(answer.value?.base64 ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});

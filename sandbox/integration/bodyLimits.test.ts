/**
 * Body limits fitted to each route: a small JSON call (a delega request) is refused with 413 as
 * soon as its declared size is over the small limit, before the body is read; the routes that
 * carry files keep their own larger limits. And a delega request with a huge PEC is refused at
 * once, on its field (issue 13: a 120 KB ente.pec stalled the sandbox for 4 s).
 */
import { request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posizioneId } from '../seed/enti';
import type { PersonaKey } from '../seed/personae';
import { MAX_JSON_BODY_BYTES } from '../api/jsonBody';
import { forgeTokenFor } from '../testing/tokens';
import { startTempSandbox, type TempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;
let fixture: Record<string, unknown> & { ente: Record<string, string> };

beforeAll(async () => {
  sandbox = await startTempSandbox();
  fixture = JSON.parse(
    await readFile(new URL('../../e2e/fixtures/delega-request.json', import.meta.url), 'utf8'),
  ) as typeof fixture;
});
afterAll(async () => {
  await sandbox?.dispose();
});

const tokenOf = (persona: PersonaKey) => forgeTokenFor(sandbox, persona);

/** Declares `declared` bytes, sends only the first kilobyte, and waits for the answer. */
async function postDeclaring(path: string, token: string, declared: number) {
  const url = new URL(`${sandbox.apiBaseUrl}${path}`);
  return new Promise<{ status: number; body: { error?: { message: string } } }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': String(declared),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          req.destroy();
          resolve({
            status: response.statusCode ?? 0,
            body: JSON.parse(text) as { error?: { message: string } },
          });
        });
      },
    );
    req.on('error', reject);
    // The rest of the body never comes: only an answer given without reading it ends the wait.
    req.write(`{"pad":"${'x'.repeat(1024)}`);
  });
}

async function postJson(path: string, token: string, body: unknown) {
  const response = await fetch(`${sandbox.apiBaseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { error?: { message: string } } };
}

describe('request body limits', () => {
  it('refuses an oversized delega request by its declared size, before reading it', async () => {
    const answer = await postDeclaring('/v1/deleghe', await tokenOf('intermediario'), 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.body.error?.message).toBe('La richiesta supera la dimensione massima ammessa (64 kB).');
  });

  it('refuses a delega request with a 120 KB PEC as too large, and one with a 50 KB PEC on its field', async () => {
    const token = await tokenOf('intermediario');
    const huge = await postJson('/v1/deleghe', token, {
      ...fixture,
      ente: { ...fixture.ente, pec: `${'a'.repeat(120 * 1024)}@pec.it` },
    });
    expect(huge.status).toBe(413);
    expect(JSON.stringify({ ...fixture, ente: { pec: 'a'.repeat(50_000) } }).length).toBeLessThan(
      MAX_JSON_BODY_BYTES,
    );
    const long = await postJson('/v1/deleghe', token, {
      ...fixture,
      ente: { ...fixture.ente, pec: `${'a'.repeat(50_000)}@pec.it` },
    });
    expect(long.status).toBe(400);
    expect(long.body.error?.message).toBe("ente.pec: L'indirizzo PEC supera i 254 caratteri.");
  });

  it('keeps a larger limit for the routes that carry files', async () => {
    const token = await tokenOf('legale-comune');
    const id = posizioneId('comune-borgo');
    const refused = await postDeclaring(`/v1/posizioni/${id}/tracciati`, token, 8 * 1024 * 1024);
    expect(refused.status).toBe(413);
    expect(refused.body.error?.message).toBe('La richiesta supera la dimensione massima ammessa (7 MB).');
    // 300 kB of records, well over the small limit: received (a testa with the ente's
    // codice fiscale, then records of its length, as the tracciato check wants).
    const cfEnte = id.split('-')[0] ?? '';
    const testa = `0${cfEnte}`.padEnd(99, 'T');
    const content = `${testa}\n${`${'1'.repeat(99)}\n`.repeat(3000)}`;
    const accepted = await postJson(`/v1/posizioni/${id}/tracciati`, token, {
      nomeFile: 'grande.txt',
      contenutoBase64: Buffer.from(content).toString('base64'),
    });
    expect(accepted.status).toBe(201);
  });
});

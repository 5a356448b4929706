/**
 * Files through the web host (issue 10): main makes the bytes, the host serves them once at a
 * random address with Content-Disposition; the renderer never builds a download link.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import { createOneTimeFiles } from './oneTimeFiles';
import type { WebHost } from './webHost';
import { startTestWebHost, type TestWebHost } from './testing/testWebHost';

let web: TestWebHost;
let host: WebHost;

beforeEach(async () => {
  web = await startTestWebHost('webhost-files');
  host = web.host;
});
afterEach(() => web.close());

// These calls answer a value whenever they succeed: read as such, as the tests did before.
const call = (name: string, body: unknown) =>
  web.call(name, body) as Promise<{ ok: boolean; value: Record<string, unknown>; error?: { code: string } }>;

/** A GET with headers fetch will not let us set (Host). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const url = new URL(path, host.origin);
      const request = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      request.on('error', reject);
      request.end();
    },
  );
}

const delegaSource = { call: 'deleghe.pdf', input: { request: fixture } };

describe('files through the web host', () => {
  it('saves the delega as a one-time download with its Italian name, the bytes main made', async () => {
    const made = await call('deleghe.pdf', { request: fixture });
    const saved = await call('files.save', { source: delegaSource });
    expect(saved.value).toMatchObject({ outcome: 'download', fileName: made.value.fileName });
    const response = await get(saved.value.url as string, { 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(
      `attachment; filename="${String(made.value.fileName)}"`,
    );
    expect(response.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(response.body.length).toBe(Buffer.from(made.value.base64 as string, 'base64').length);
  });

  it('serves a file once: the second request finds nothing', async () => {
    const saved = await call('files.save', { source: delegaSource });
    expect((await get(saved.value.url as string)).status).toBe(200);
    expect((await get(saved.value.url as string)).status).toBe(404);
  });

  it('opens the PDF to print inline, in a new tab', async () => {
    const printed = await call('files.print', { source: delegaSource });
    expect(printed.value.outcome).toBe('open');
    const response = await get(printed.value.url as string);
    expect(response.headers['content-disposition']).toMatch(/^inline; /);
  });

  it('refuses another site, another Host, and a guessed address', async () => {
    const saved = await call('files.save', { source: delegaSource });
    const url = saved.value.url as string;
    expect((await get(url, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(url, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(url, { host: 'evil.example' })).status).toBe(421);
    expect((await get(`/files/${'A'.repeat(43)}`)).status).toBe(404);
    // Refusals did not spend the file: the page that asked still gets it.
    expect((await get(url)).status).toBe(200);
  });

  it('passes the source call refusal through, field by field', async () => {
    const request = { ...fixture, ente: { ...fixture.ente, pec: 'non-una-pec' } };
    const saved = await call('files.save', { source: { call: 'deleghe.pdf', input: { request } } });
    expect(saved.ok).toBe(false);
    expect(saved.error?.code).toBe('INVALID_INPUT');
  });

  it('asks the page for its own file input when the user picks a file', async () => {
    expect((await call('files.pick', { kind: 'xml' })).value).toEqual({ outcome: 'browser' });
  });
});

describe('one-time files', () => {
  it('forget a file after a minute', () => {
    let now = 0;
    const files = createOneTimeFiles(() => now);
    const file = {
      fileName: 'a.pdf',
      mimeType: 'application/pdf',
      kind: 'pdf' as const,
      bytes: new Uint8Array([1]),
    };
    return files.delivery.save(file).then((outcome) => {
      const token = (outcome as { url: string }).url.split('/').pop() ?? '';
      now = 60_000;
      expect(files.take(token)).toBeNull();
    });
  });
});

describe('a file chosen in the browser for Settings', () => {
  it('is kept under the data folder and its path can be saved as the official XSD', async () => {
    const xsd = readFileSync(
      new URL('../../../shared/domain/listapospa/ListaPosPA.ricostruito.xsd', import.meta.url),
    );
    const kept = await call('files.keepForSettings', {
      field: 'officialXsdPath',
      name: '../../fuori.xsd',
      base64: xsd.toString('base64'),
    });
    const path = kept.value.path as string;
    expect(path).toMatch(/impostazioni[\\/]officialXsdPath\.xsd$/);
    expect(readFileSync(path).equals(xsd)).toBe(true);
    const settings = await call('settings.get', {});
    const saved = await call('settings.set', { ...settings.value, officialXsdPath: path });
    expect(saved.ok).toBe(true);
  });
});

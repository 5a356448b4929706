import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventHub, defaultSettings, webRoutes, type Dispatch } from '../../../shared/contract';
import { composeWebServices } from './composeWebServices';
import { startWebHost, type WebHost } from './webHost';

let host: WebHost;

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cassetto-webhost-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Cassetto Enti</title>');
  const services = composeWebServices({ dataDir: dir, version: '9.9.9' });
  host = await startWebHost({
    rendererDir: join(dir, 'renderer'),
    dispatch: services.dispatch,
    events: services.events,
    context: {},
  });
});
afterEach(() => host.close());

const call = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}${webRoutes.callPrefix}${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [webRoutes.tokenHeader]: host.secret, ...headers },
    body: JSON.stringify(body),
  });

/** fetch cannot forge Host; node:http can. */
function rawGet(path: string, hostHeader: string): Promise<number> {
  return rawRequest({ path, headers: { host: hostHeader } }).then((answer) => answer.status);
}

/** A request fetch would refuse to send (bad percent-encoding, odd methods), read as status + body. */
function rawRequest(
  options: { path: string; method?: string; headers?: Record<string, string> },
  body?: string,
  target: WebHost = host,
): Promise<{ status: number; body: string }> {
  const { port, host: hostHeader } = new URL(target.origin);
  return new Promise((resolve, reject) => {
    request(
      { host: '127.0.0.1', port, ...options, headers: { host: hostHeader, ...options.headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    )
      .on('error', reject)
      .end(body);
  });
}

const apiHeaders = () => ({ 'content-type': 'application/json', [webRoutes.tokenHeader]: host.secret });

describe('web host', () => {
  it('binds to loopback and keeps the secret out of the request line', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.secret}`);
    expect(host.secret.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a contract call that carries the secret', async () => {
    const response = await call('app.info', {});
    expect(await response.json()).toEqual({
      ok: true,
      value: { productName: 'Cassetto Enti', version: '9.9.9', mode: 'sandbox', host: 'web' },
    });
  });

  it('refuses a call without the secret, or with a wrong one', async () => {
    const missing = await fetch(`${host.origin}${webRoutes.callPrefix}app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(
      (await call('app.info', {}, { [webRoutes.tokenHeader]: 'x'.repeat(host.secret.length) })).status,
    ).toBe(401);
  });

  it('refuses a call from another origin even with the secret', async () => {
    expect((await call('app.info', {}, { origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await call('app.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding), even for static files', async () => {
    expect(await rawGet('/', 'attacker.example:80')).toBe(421);
    expect(await rawGet('/', new URL(host.origin).host)).toBe(200);
  });

  it('answers input that fails its schema with a typed error, and stays up', async () => {
    const response = await call('settings.set', { ...defaultSettings, environment: 'production' });
    const body = (await response.json()) as {
      ok: boolean;
      error: { code: string; issues: Array<{ path: string }> };
    };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.issues.map((issue) => issue.path)).toEqual([
      'cassettoApiBaseUrl',
      'oidcIssuer',
      'oidcClientId',
    ]);
    expect((await call('app.info', {})).status).toBe(200);
  });

  it('answers malformed JSON and oversized bodies with typed errors', async () => {
    const malformed = await fetch(`${host.origin}${webRoutes.callPrefix}app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [webRoutes.tokenHeader]: host.secret },
      body: '{not json',
    });
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const huge = await call('settings.set', { blob: 'x'.repeat(7 * 1024 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('pushes events over the stream to a holder of the secret', async () => {
    const controller = new AbortController();
    const response = await fetch(`${host.origin}${webRoutes.events}`, {
      headers: { [webRoutes.tokenHeader]: host.secret },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read(); // the greeting comment
    await call('settings.set', { ...defaultSettings, httpProxy: 'http://proxy.local:8080' });
    let received = '';
    while (!received.includes('settings.changed')) received += (await reader.read()).value ?? '';
    expect(received).toContain('proxy.local:8080');
    controller.abort();
    expect((await fetch(`${host.origin}${webRoutes.events}`)).status).toBe(401);
  });

  it('answers a malformed percent-encoding in the call name with 400, and stays up', async () => {
    const answer = await rawRequest({ path: '/api/call/%E0', method: 'POST', headers: apiHeaders() }, '{}');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Nome della chiamata non valido.' },
    });
    expect((await call('app.info', {})).status).toBe(200);
  });

  it('answers unknown calls, wrong methods and content types with 4xx in Italian', async () => {
    const unknown = await call('non.esiste', {});
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: 'Chiamata sconosciuta: non.esiste' },
    });
    const get = await rawRequest({ path: '/api/call/app.info', method: 'GET', headers: apiHeaders() });
    expect(get.status).toBe(405);
    expect(JSON.parse(get.body)).toMatchObject({ error: { message: 'Metodo non ammesso.' } });
    const text = await rawRequest(
      {
        path: '/api/call/app.info',
        method: 'POST',
        headers: { ...apiHeaders(), 'content-type': 'text/plain' },
      },
      '{}',
    );
    expect(text.status).toBe(415);
    expect(JSON.parse(text.body)).toMatchObject({ error: { message: 'Il corpo deve essere JSON.' } });
    expect((await rawRequest({ path: '/api/altro', method: 'POST', headers: apiHeaders() })).status).toBe(
      404,
    );
    expect((await rawRequest({ path: '/%E0%A4%A', headers: {} })).status).toBe(404);
    expect((await call('app.info', {})).status).toBe(200);
  });

  it('turns a dispatch that throws or rejects, with an Error or anything else, into a typed answer', async () => {
    const failures: Record<string, () => never | Promise<never>> = {
      sync: () => {
        throw new Error('sincrono');
      },
      syncValue: () => {
        throw 'una stringa';
      },
      rejected: () => Promise.reject(new TypeError('asincrono')),
      rejectedValue: () => Promise.reject(null),
    };
    const seen: unknown[] = [];
    const dispatch: Dispatch<object> = (name) => {
      const fail = failures[String(name)];
      return fail ? fail() : Promise.resolve({ ok: true, value: 'vivo' });
    };
    const dir = mkdtempSync(join(tmpdir(), 'cassetto-webhost-throw-'));
    const throwing = await startWebHost({
      rendererDir: dir,
      dispatch,
      events: createEventHub(),
      context: {},
      onUnexpected: (error) => seen.push(error),
    });
    try {
      for (const name of Object.keys(failures)) {
        const answer = await rawRequest(
          {
            path: `${webRoutes.callPrefix}${name}`,
            method: 'POST',
            headers: { 'content-type': 'application/json', [webRoutes.tokenHeader]: throwing.secret },
          },
          '{}',
          throwing,
        );
        expect(answer.status).toBe(500);
        expect(JSON.parse(answer.body)).toEqual({
          ok: false,
          error: { code: 'INTERNAL', message: 'Errore interno imprevisto.' },
        });
      }
      expect(seen).toHaveLength(4);
      const alive = await rawRequest(
        {
          path: `${webRoutes.callPrefix}altro`,
          method: 'POST',
          headers: { 'content-type': 'application/json', [webRoutes.tokenHeader]: throwing.secret },
        },
        '{}',
        throwing,
      );
      expect(JSON.parse(alive.body)).toEqual({ ok: true, value: 'vivo' });
    } finally {
      await throwing.close();
    }
  });
});

import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, webRoutes } from '../../../shared/contract';
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
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { host: hostHeader } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

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
});

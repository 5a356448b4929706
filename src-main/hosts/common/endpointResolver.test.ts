import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedSandbox } from './endpointResolver';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()?.();
});

describe('the embedded sandbox', () => {
  it('comes back on the same issuer after a restart, so a saved session still names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-sandbox-'));
    const first = await startEmbeddedSandbox(dir);
    const issuer = first.issuer;
    const api = first.apiBaseUrl;
    await first.stop();
    const second = await startEmbeddedSandbox(dir);
    stops.push(() => second.stop());
    expect(second.issuer).toBe(issuer);
    expect(second.apiBaseUrl).toBe(api);
  });

  it('starts on new ports when its old one was taken meanwhile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-sandbox-'));
    const first = await startEmbeddedSandbox(dir);
    const port = Number(new URL(first.issuer).port);
    await first.stop();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    stops.push(() => new Promise((resolve) => squatter.close(resolve)));
    const second = await startEmbeddedSandbox(dir);
    stops.push(() => second.stop());
    expect(second.issuer).not.toBe(first.issuer);
    const discovery = await fetch(`${second.issuer}/.well-known/openid-configuration`);
    expect(discovery.ok).toBe(true);
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../shared/contract';
import { selfSignedLoopbackCertificate } from './loopbackCertificate.test-support';
import { createOutboundFetch } from './outboundFetch';

const dir = mkdtempSync(join(tmpdir(), 'cassetto-net-'));
const certFile = join(dir, 'ca.pem');
let api: Server;
let proxy: Server;
let apiUrl = '';
let proxyUrl = '';
const tunnels: string[] = [];

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

beforeAll(async () => {
  // A self-signed certificate, as an office's TLS-inspecting proxy or an internal CA would present.
  const { keyFile } = selfSignedLoopbackCertificate(dir, 'ca');
  api = createHttpsServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"stato":"ok"}');
  });
  apiUrl = `https://127.0.0.1:${await listen(api)}/health`;
  // A real CONNECT proxy that records where it tunnels to.
  proxy = createHttpServer();
  proxy.on('connect', (request, socket, head) => {
    tunnels.push(request.url ?? '');
    const [host, port] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  proxyUrl = `http://127.0.0.1:${await listen(proxy)}`;
});
afterAll(() => {
  api.close();
  proxy.close();
});

const production = (overrides: Partial<Settings>): Settings => ({
  ...defaultSettings,
  environment: 'production',
  cassettoApiBaseUrl: 'https://api.example.it',
  oidcIssuer: 'https://bridge.example.it',
  oidcClientId: 'cassetto-enti',
  ...overrides,
});

describe('outbound fetch', () => {
  it('trusts the extra CA of Settings, and only then', async () => {
    await expect(createOutboundFetch(() => production({}))(apiUrl)).rejects.toThrow();
    const response = await createOutboundFetch(() => production({ extraCaCertFile: certFile }))(apiUrl);
    expect(await response.json()).toEqual({ stato: 'ok' });
  });

  it('goes through the proxy of Settings', async () => {
    tunnels.length = 0;
    const outbound = createOutboundFetch(() =>
      production({ extraCaCertFile: certFile, httpProxy: proxyUrl }),
    );
    expect((await outbound(apiUrl)).status).toBe(200);
    expect(tunnels).toEqual([new URL(apiUrl).host]);
  });

  it('follows a change of Settings without a restart, and ignores proxy and CA in sandbox mode', async () => {
    let settings = production({ extraCaCertFile: certFile, httpProxy: proxyUrl });
    const outbound = createOutboundFetch(() => settings);
    tunnels.length = 0;
    await outbound(apiUrl);
    settings = { ...settings, environment: 'sandbox' };
    await expect(outbound(apiUrl)).rejects.toThrow();
    expect(tunnels).toHaveLength(1);
  });
});

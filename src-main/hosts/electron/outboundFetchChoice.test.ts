/**
 * Which fetch each host sends the bridge and Cassetto API requests with (issue 18): the Electron
 * host uses Electron's net.fetch on the app's session (system proxy/PAC, OS certificates,
 * integrated authentication), with the proxy and extra CA of Impostazioni applied to that
 * session; the web host keeps undici, which goes through the proxy of Settings itself.
 */
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Certificate, Request as CertificateRequest } from 'electron';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../shared/contract';
import { selfSignedLoopbackCertificate } from '../../services/net/loopbackCertificate.test-support';
import { startTestWebHost } from '../web/testing/testWebHost';
import { proxyRule, trustingAlso } from './sessionFetch';
import { current, ipcCall, startElectronHost } from './testing/startElectronHost';

const dir = mkdtempSync(join(tmpdir(), 'cassetto-fetch-choice-'));
let proxy: Server;
let proxyUrl = '';
const tunnels: string[] = [];

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

const selfSigned = (name: string) => selfSignedLoopbackCertificate(dir, name).certFile;

let caFile = '';
let otherFile = '';

beforeAll(async () => {
  caFile = selfSigned('ente-ca');
  otherFile = selfSigned('estraneo');
  // A real CONNECT proxy that records where it tunnels to, and refuses to connect anywhere.
  proxy = createHttpServer();
  proxy.on('connect', (request, socket) => {
    tunnels.push(request.url ?? '');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  proxy.on('error', () => undefined);
  proxyUrl = `http://127.0.0.1:${await listen(proxy)}`;
  const closed = createHttpServer();
  closedPort = await listen(closed);
  closed.close();
});
afterAll(() => proxy.close());
afterEach(() => {
  tunnels.length = 0;
  current.fake?.electron.app.quit();
});

// A loopback port nothing listens on: the bridge is unreachable whichever way the request goes.
let closedPort = 0;
const issuer = () => `https://127.0.0.1:${closedPort}/bridge`;
const production = (): Settings => ({
  ...defaultSettings,
  environment: 'production',
  oidcIssuer: issuer(),
  oidcClientId: 'cassetto-enti',
  cassettoApiBaseUrl: `https://127.0.0.1:${closedPort}/api`,
  httpProxy: proxyUrl,
  extraCaCertFile: caFile,
});

describe('the fetch of each host', () => {
  it('Electron: the bridge is asked through net.fetch on the app session, with the proxy and CA of Impostazioni', async () => {
    const fake = await startElectronHost();
    expect((await ipcCall(fake, 'settings.set', production())).ok).toBe(true);
    const login = await ipcCall(fake, 'auth.login', {});
    expect(login.ok).toBe(false);

    expect(fake.recorded('session.fetch').map(([url]) => String(url))).toContain(
      `${issuer()}/.well-known/openid-configuration`,
    );
    expect(fake.recorded('session.setProxy')).toContainEqual([{ proxyRules: proxyUrl }]);
    expect(fake.recorded('session.setCertificateVerifyProc').at(-1)?.[0]).toBeTypeOf('function');
    // Not undici: the Settings proxy was handed to Chromium, never dialled by Node.
    expect(tunnels).toEqual([]);
  });

  it('Electron: back to the system proxy and Chromium’s own verification in sandbox mode', async () => {
    const fake = await startElectronHost();
    await ipcCall(fake, 'settings.set', production());
    await ipcCall(fake, 'auth.login', {});
    await ipcCall(fake, 'settings.set', { ...production(), environment: 'sandbox' });
    await ipcCall(fake, 'auth.login', {});
    await ipcCall(fake, 'auth.cancel', {});
    expect(fake.recorded('session.setProxy').at(-1)).toEqual([{ mode: 'system' }]);
    expect(fake.recorded('session.setCertificateVerifyProc').at(-1)).toEqual([null]);
  });

  it('web host: the same request goes through undici and the CONNECT proxy of Settings', async () => {
    const web = await startTestWebHost('fetch-choice');
    try {
      expect((await web.call('settings.set', production())).ok).toBe(true);
      expect((await web.call('auth.login', {})).ok).toBe(false);
      expect(tunnels).toContain(new URL(issuer()).host);
    } finally {
      await web.close();
    }
  });
});

describe('the proxy of Impostazioni in Chromium’s rules', () => {
  it('keeps scheme, host and port, and leaves credentials to the system', () => {
    expect(proxyRule('http://proxy.ente.local:3128')).toBe('http://proxy.ente.local:3128');
    expect(proxyRule('http://mario:segreto@proxy.ente.local:3128/')).toBe('http://proxy.ente.local:3128');
  });
});

describe('the extra CA in Chromium’s verification', () => {
  const asElectron = (file: string): Certificate =>
    ({ data: readFileSync(file, 'utf8'), issuerCert: undefined }) as unknown as Certificate;
  const verdict = (file: string, verificationResult: string, hostname = '127.0.0.1') => {
    const proc = trustingAlso([new X509Certificate(readFileSync(caFile))]);
    let answer: number | undefined;
    proc({ hostname, certificate: asElectron(file), verificationResult } as CertificateRequest, (code) => {
      answer = code;
    });
    return answer;
  };

  it('trusts a chain ending at the extra CA that Chromium rejected for its unknown authority', () => {
    expect(verdict(caFile, 'net::ERR_CERT_AUTHORITY_INVALID')).toBe(0);
  });

  it('leaves every other verdict to Chromium: another authority, a wrong name, a certificate Chromium accepts', () => {
    expect(verdict(otherFile, 'net::ERR_CERT_AUTHORITY_INVALID')).toBe(-3);
    expect(verdict(caFile, 'net::ERR_CERT_AUTHORITY_INVALID', 'bridge.example.it')).toBe(-3);
    expect(verdict(caFile, 'net::ERR_CERT_COMMON_NAME_INVALID')).toBe(-3);
    expect(verdict(caFile, 'net::OK')).toBe(-3);
  });
});

import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import type { Certificate, Request as CertificateRequest, Session } from 'electron';
import type { Settings } from '../../../shared/contract';
import type { HttpFetch } from '../../services/net/outboundFetch';

/** Chromium's codes for setCertificateVerifyProc: trust, or keep Chromium's own verdict. */
const TRUSTED = 0;
const CHROMIUM_VERDICT = -3;
const MAX_CHAIN = 10;

/**
 * The fetch of the Electron host: Electron's net.fetch on the app's session, so requests to the
 * bridge and the Cassetto API follow the system proxy and PAC file, the OS certificate store and
 * integrated authentication (NTLM/Kerberos), as the office's browser does. The proxy and extra
 * CA of Impostazioni override them in production; they are re-applied only when they change.
 */
export function createSessionFetch(session: Session, currentSettings: () => Settings): HttpFetch {
  let appliedKey: string | null = null;
  let applied: Promise<void> = Promise.resolve();

  const apply = (settings: Settings): Promise<void> => {
    const production = settings.environment === 'production';
    const proxy = production ? settings.httpProxy : '';
    const caFile = production ? settings.extraCaCertFile : '';
    const key = `${proxy}\n${caFile}`;
    if (key === appliedKey) return applied;
    // A CA file gone meanwhile throws here, and is read again at the next request.
    const extraCas = caFile ? pemCertificates(readFileSync(caFile, 'utf8')) : [];
    appliedKey = key;
    session.setCertificateVerifyProc(extraCas.length > 0 ? trustingAlso(extraCas) : null);
    applied = session.setProxy(proxy ? { proxyRules: proxyRule(proxy) } : { mode: 'system' });
    applied.catch(() => (appliedKey = null));
    return applied;
  };

  return async (input, init) => {
    await apply(currentSettings());
    // net.fetch takes a string or a Request; its Response is the global one openid-client expects.
    const target = input instanceof URL ? input.href : input;
    return session.fetch(target, init as Parameters<Session['fetch']>[1]);
  };
}

/**
 * Chromium's proxy rules take scheme://host:port only: credentials written in the URL would
 * make the rule unreadable. The proxy then asks for them itself, answered by the system's
 * integrated authentication as in the office's browser.
 */
export function proxyRule(proxy: string): string {
  const url = new URL(proxy);
  return `${url.protocol}//${url.host}`;
}

type VerifyProc = (request: CertificateRequest, callback: (verificationResult: number) => void) => void;

/**
 * Chromium verifies as usual; only a chain Chromium rejects for an unknown authority, and that
 * ends at the extra CA, for the host asked and within its dates, becomes trusted. Every other
 * verdict (name mismatch, expired, revoked) stays Chromium's.
 */
export function trustingAlso(extraCas: X509Certificate[], now = () => new Date()): VerifyProc {
  return (request, callback) => {
    if (request.verificationResult !== 'net::ERR_CERT_AUTHORITY_INVALID') return callback(CHROMIUM_VERDICT);
    const trusted = extraCas.some((ca) => chainEndsAt(request.certificate, request.hostname, ca, now()));
    callback(trusted ? TRUSTED : CHROMIUM_VERDICT);
  };
}

const BEGIN = '-----BEGIN CERTIFICATE-----';
const END = '-----END CERTIFICATE-----';

/** Every certificate of a PEM file (an office may give a bundle: root and intermediate). */
export function pemCertificates(text: string): X509Certificate[] {
  const found: X509Certificate[] = [];
  for (let start = text.indexOf(BEGIN); start !== -1; start = text.indexOf(BEGIN, start + 1)) {
    const end = text.indexOf(END, start);
    if (end === -1) break;
    const cert = parse(text.slice(start, end + END.length));
    if (cert) found.push(cert);
  }
  return found;
}

function chainEndsAt(
  leafCertificate: Certificate,
  hostname: string,
  ca: X509Certificate,
  now: Date,
): boolean {
  let current: Certificate | undefined = leafCertificate;
  let child: X509Certificate | null = null;
  for (let depth = 0; current && depth < MAX_CHAIN; depth++) {
    const cert = parse(current.data);
    if (!cert || !withinDates(cert, now)) return false;
    if (child === null && !matchesHost(cert, hostname)) return false;
    if (child && !(child.checkIssued(cert) && child.verify(cert.publicKey))) return false;
    if (cert.raw.equals(ca.raw)) return true;
    if (cert.checkIssued(ca) && cert.verify(ca.publicKey)) return withinDates(ca, now);
    child = cert;
    current = current.issuerCert;
  }
  return false;
}

function parse(pem: string): X509Certificate | null {
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}

const withinDates = (cert: X509Certificate, now: Date) =>
  new Date(cert.validFrom) <= now && now <= new Date(cert.validTo);

function matchesHost(cert: X509Certificate, hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return (isIP(bare) ? cert.checkIP(bare) : cert.checkHost(bare)) !== undefined;
}

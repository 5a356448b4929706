import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { PERSONAE } from '../seed/personae';
import { loadOrCreateCnsPki } from './testPki';

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cns-pki-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

describe('the test CNS issuer of the sandbox', () => {
  it('makes PKCS#12 files that open with the printed password, issued by the test CA', async () => {
    const pki = await loadOrCreateCnsPki(await freshDir(), PERSONAE);
    const ca = new X509Certificate(pki.caPem);
    for (const card of pki.cards) {
      const pfx = await readFile(card.pfxPath);
      expect(() => createSecureContext({ pfx, passphrase: pki.passphrase }), card.pfxPath).not.toThrow();
      expect(() => createSecureContext({ pfx, passphrase: 'sbagliata' })).toThrow();
    }
    expect(new X509Certificate(pki.serverCertPem).checkIssued(ca)).toBe(true);
    expect(pki.cards.map((card) => card.kind).sort()).toEqual([
      'ca-estranea',
      'revocata',
      'scaduta',
      ...Array(6).fill('valida'),
    ]);
  });

  it('keeps the cards across restarts and issues the CRL again each time', async () => {
    const dir = await freshDir();
    const first = await loadOrCreateCnsPki(dir, PERSONAE);
    const second = await loadOrCreateCnsPki(dir, PERSONAE, Date.now() + 60_000);
    expect(second.passphrase).toBe(first.passphrase);
    expect(second.cards).toEqual(first.cards);
    expect(second.caPem).toBe(first.caPem);
    expect(second.crlPem).not.toBe(first.crlPem);
  });

  it('makes the folder again when a card meant to be valid is about to expire', async () => {
    const dir = await freshDir();
    const first = await loadOrCreateCnsPki(dir, PERSONAE);
    const later = await loadOrCreateCnsPki(dir, PERSONAE, Date.now() + 6 * YEAR_MS);
    expect(later.passphrase).not.toBe(first.passphrase);
    const card = later.cards.find((c) => c.kind === 'valida');
    expect(Date.parse(card!.notAfter)).toBeGreaterThan(Date.now() + 6 * YEAR_MS);
  });
});

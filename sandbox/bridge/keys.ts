/**
 * The bridge's signing key and cookie secrets, generated on first start and kept in the data
 * directory, so that a restart keeps the JWKS (and tokens signed before it stay verifiable).
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';

export const KEYS_FILE = 'bridge-keys.json';
/** RS256: the OpenID Connect default for ID tokens, and what SPID providers sign with. */
export const SIGNING_ALG = 'RS256';

export interface BridgeKeys {
  /** Private JWKs, as oidc-provider wants them. */
  jwks: { keys: JWK[] };
  cookieKeys: string[];
}

function isBridgeKeys(value: unknown): value is BridgeKeys {
  const candidate = value as Partial<BridgeKeys> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Array.isArray(candidate.jwks?.keys) &&
    candidate.jwks.keys.length > 0 &&
    Array.isArray(candidate.cookieKeys)
  );
}

async function generateBridgeKeys(): Promise<BridgeKeys> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return {
    jwks: { keys: [{ ...jwk, kid, alg: SIGNING_ALG, use: 'sig' }] },
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
}

/** Reads the keys of a sandbox data directory; undefined when the sandbox never started there. */
export async function readBridgeKeys(dataDir: string): Promise<BridgeKeys | undefined> {
  let raw: string;
  try {
    raw = await readFile(join(dataDir, KEYS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed: unknown = JSON.parse(raw);
  if (!isBridgeKeys(parsed)) throw new Error(`${KEYS_FILE} in ${dataDir} non è un archivio di chiavi valido`);
  return parsed;
}

export async function loadOrCreateBridgeKeys(dataDir: string): Promise<BridgeKeys> {
  const existing = await readBridgeKeys(dataDir);
  if (existing) return existing;
  const keys = await generateBridgeKeys();
  // Written aside and renamed, so that a crash never leaves half a key file behind.
  const file = join(dataDir, KEYS_FILE);
  await writeFile(`${file}.tmp`, JSON.stringify(keys, null, 2), { mode: 0o600 });
  await rename(`${file}.tmp`, file);
  return keys;
}

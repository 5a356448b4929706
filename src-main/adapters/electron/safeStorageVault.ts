import { readFile, unlink } from 'node:fs/promises';
import { safeStorage } from 'electron';
import { createMemoryVault, type StoredSession, type TokenVault } from '../../services/auth/tokenVault';
import { writeFileAtomic } from '../node/atomicWrite';

/**
 * Tokens at rest encrypted by the OS keychain through safeStorage. On Linux without a keyring
 * safeStorage falls back to "basic_text", which protects nothing: then tokens stay in memory.
 */
export function createSafeStorageVault(filePath: string): TokenVault {
  const protects =
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
  if (!protects) return createMemoryVault();
  return {
    persistent: true,
    async load() {
      try {
        return JSON.parse(safeStorage.decryptString(await readFile(filePath))) as StoredSession;
      } catch {
        return null;
      }
    },
    save: (session) => writeFileAtomic(filePath, safeStorage.encryptString(JSON.stringify(session))),
    clear: () => unlink(filePath).catch(() => undefined),
  };
}

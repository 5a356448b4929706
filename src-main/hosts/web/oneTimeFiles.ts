import { randomBytes } from 'node:crypto';
import { ContractError } from '../../../shared/contract';
import type { FileDelivery, FileToDeliver } from '../../services/files/fileDelivery';

export const FILES_PREFIX = '/files/';
/** Long enough for the page to open it, short enough that a leaked address is worth nothing. */
export const FILE_TTL_MS = 60_000;
/** Files waiting to be taken at once: a page that asks and never comes back cannot fill memory. */
const MAX_WAITING = 32;

interface Waiting {
  file: FileToDeliver;
  disposition: 'attachment' | 'inline';
  expires: number;
}

export interface OneTimeFiles {
  delivery: FileDelivery;
  /** The file behind an address, once: a second request, or one after a minute, gets nothing. */
  take(token: string): Waiting | null;
  /** How many files wait to be taken (what the tests of cancelled exports look at). */
  waitingCount(): number;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The web host's delivery: each file gets a random one-time address, served by the host with
 * Content-Disposition, so large files do not travel as base64 JSON. The browser's own download
 * and PDF viewer do the rest; there is no dialog to open in a page, so `pick` says so.
 */
export function createOneTimeFiles(now: () => number = Date.now): OneTimeFiles {
  const waiting = new Map<string, Waiting>();
  const sweep = () => {
    const time = now();
    for (const [token, entry] of waiting) if (entry.expires <= time) waiting.delete(token);
  };
  const register = (file: FileToDeliver, disposition: Waiting['disposition']) => {
    sweep();
    // The oldest goes first: a burst of exports never refuses the newest.
    while (waiting.size >= MAX_WAITING) waiting.delete(waiting.keys().next().value as string);
    const token = randomBytes(32).toString('base64url');
    waiting.set(token, { file, disposition, expires: now() + FILE_TTL_MS });
    return `${FILES_PREFIX}${token}`;
  };
  return {
    delivery: {
      save: (file) =>
        Promise.resolve({ outcome: 'download', fileName: file.fileName, url: register(file, 'attachment') }),
      print: (file) =>
        Promise.resolve({ outcome: 'open', fileName: file.fileName, url: register(file, 'inline') }),
      // Nothing is saved here by the host: the browser keeps its downloads.
      reveal: () => Promise.reject(new ContractError('NOT_FOUND', 'Nessun file salvato da aprire.')),
      pick: () => Promise.resolve({ outcome: 'browser' }),
    },
    waitingCount: () => {
      sweep();
      return waiting.size;
    },
    take(token) {
      if (!TOKEN.test(token)) return null;
      const entry = waiting.get(token);
      waiting.delete(token);
      if (!entry || entry.expires <= now()) return null;
      return entry;
    },
  };
}

/** RFC 6266: an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(disposition: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The INPS side does not trust the app: the ZIP is opened and the same rules are checked again
 * (count, size, type, names that cannot escape), before anything is stored.
 *
 * Nothing is unpacked into memory: a 400 KB ZIP can declare, or inflate to, 400 MB. The central
 * directory's declared sizes are checked first, then each file is inflated as a stream whose
 * bytes are only counted, in small steps, and the stream stops as soon as a file passes the limit.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { formatMegabytes, problemsOf, type AllegatoLimits } from '../../shared/domain/quesiti';

export interface CheckedZip {
  allegati: Array<{ nome: string; dimensione: number }>;
}

type Verdict = CheckedZip | { problems: string[] };

/** Compressed bytes fed per step: deflate expands at most ~1032×, so one step makes ≤ 16 MB. */
const STEP_BYTES = 16 * 1024;

const unreadable: Verdict = { problems: ['Il file compresso degli allegati non è leggibile.'] };
const tooLarge = (name: string, limits: AllegatoLimits) => ({
  problems: [
    `Il file «${name}» supera il limite di ${formatMegabytes(limits.maxBytesPerFile)} per allegato.`,
  ],
});

/** The entries the central directory lists, with their declared sizes; nothing is inflated. */
function declaredEntries(zip: Uint8Array): Array<{ name: string; size: number }> | null {
  const entries: Array<{ name: string; size: number }> = [];
  try {
    unzipSync(zip, {
      filter: (file) => {
        if (!file.name.endsWith('/')) entries.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

/** Inflates every file as a stream, counting its bytes; stops at the first file over the limit. */
function inflatedSizes(
  zip: Uint8Array,
  limits: AllegatoLimits,
): Array<{ name: string; size: number }> | Verdict {
  const files: Array<{ name: string; size: number }> = [];
  let refusal: Verdict | null = null;
  const unzip = new Unzip((file) => {
    if (file.name.endsWith('/') || refusal) return;
    const entry = { name: file.name, size: 0 };
    files.push(entry);
    if (files.length > limits.maxFiles) {
      refusal = { problems: [`Si possono allegare al massimo ${limits.maxFiles} file.`] };
      return;
    }
    file.ondata = (error, chunk) => {
      if (refusal) return;
      if (error) {
        refusal = unreadable;
        return;
      }
      entry.size += chunk.length;
      if (entry.size > limits.maxBytesPerFile) {
        refusal = tooLarge(entry.name, limits);
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length && !refusal; at += STEP_BYTES) {
      unzip.push(zip.subarray(at, at + STEP_BYTES), at + STEP_BYTES >= zip.length);
    }
  } catch {
    return unreadable;
  }
  return refusal ?? files;
}

export function checkAllegatiZip(zip: Uint8Array, limits: AllegatoLimits): Verdict {
  const declared = declaredEntries(zip);
  if (declared === null) return unreadable;
  if (declared.length === 0) return { problems: ['Il file compresso degli allegati è vuoto.'] };
  // What the ZIP says of itself is checked before a byte is inflated.
  const declaredProblems = problemsOf(declared, limits);
  if (declaredProblems.length > 0) return { problems: declaredProblems };

  const inflated = inflatedSizes(zip, limits);
  if (!Array.isArray(inflated)) return inflated;
  // A ZIP whose entries differ from its directory (sizes or names) lies about itself.
  const same =
    inflated.length === declared.length &&
    inflated.every(
      (file, index) => file.name === declared[index]?.name && file.size === declared[index]?.size,
    );
  if (!same) return unreadable;
  const problems = problemsOf(inflated, limits);
  if (problems.length > 0) return { problems };
  return { allegati: inflated.map((file) => ({ nome: file.name, dimensione: file.size })) };
}

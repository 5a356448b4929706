/**
 * The INPS side does not trust the app: the ZIP is opened and the same rules are checked again
 * (count, size, type, names that cannot escape), before anything is stored.
 */
import { unzipSync } from 'fflate';
import { problemsOf, type AllegatoLimits } from '../../shared/domain/quesiti';

export interface CheckedZip {
  allegati: Array<{ nome: string; dimensione: number }>;
}

export function checkAllegatiZip(
  zip: Uint8Array,
  limits: AllegatoLimits,
): CheckedZip | { problems: string[] } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    return { problems: ['Il file compresso degli allegati non è leggibile.'] };
  }
  const files = Object.entries(entries)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, size: data.length }));
  if (files.length === 0) return { problems: ['Il file compresso degli allegati è vuoto.'] };
  const problems = problemsOf(files, limits);
  if (problems.length > 0) return { problems };
  return { allegati: files.map((file) => ({ nome: file.name, dimensione: file.size })) };
}

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContractError } from '../../../shared/contract';
import { RateOverridesSchema } from '../../../shared/contract/calls/listapospaRatesCalls';
import { RATES, rateKey, type RateKind, type RateOverrides } from '../../../shared/domain/listapospa/rates';
import { writeFileAtomic } from '../../adapters/node/atomicWrite';

/**
 * The rates the user set instead of the tables' (rates.ts), one file per user:
 * `<user folder>/listapospa/aliquote.json` (userScope.ts), written atomically. Rates are
 * national, not per ente, but what one user set is theirs to vouch for, not the next user's.
 * Kept in memory after the first read; every validation (editor, export, submission, CLI) reads
 * them from here, so what the user sees computed is what is checked.
 */

/** Wrong input or a broken file: INVALID_INPUT with its Italian message, wherever it surfaces. */
export class RateOverrideError extends ContractError {
  constructor(message: string) {
    super('INVALID_INPUT', message);
  }
}

export interface RateOverridesStore {
  get(): Promise<RateOverrides>;
  set(kind: RateKind, codGestione: string, totale: string | null): Promise<RateOverrides>;
}

export function createRateOverridesStore(userDir: string): RateOverridesStore {
  const path = join(userDir, 'listapospa', 'aliquote.json');
  let cached: RateOverrides | null = null;
  // Two sets in a row must not both start from the same old value.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<RateOverrides> {
    if (cached) return cached;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return (cached = {});
      throw error;
    }
    const parsed = RateOverridesSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new RateOverrideError(
        `Il file delle aliquote impostate (${path}) non è valido: correggilo o eliminalo.`,
      );
    }
    return (cached = parsed.data);
  }

  return {
    get: read,
    set(kind, codGestione, totale) {
      const run = queue.then(async () => {
        if (!RATES.some((rate) => rate.kind === kind && rate.codGestione === codGestione)) {
          throw new RateOverrideError(
            `Nessuna aliquota ${kind} per la gestione ${codGestione} nelle tabelle.`,
          );
        }
        const next: Record<string, string> = { ...(await read()) };
        const key = rateKey(kind, codGestione);
        if (totale === null) delete next[key];
        else next[key] = totale;
        await mkdir(join(userDir, 'listapospa'), { recursive: true, mode: 0o700 });
        await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`);
        cached = next;
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

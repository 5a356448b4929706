/**
 * The Cruscotto rows of one user, kept in that user's folder (`<user folder>/cruscotto.json`,
 * userScope.ts) so that after a restart the table shows at once with its "aggiornato al". The
 * file records whose it is; one naming someone else, or unreadable, is not used.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  posizioneSnapshotSchema,
  type PosizioneSnapshot,
} from '../../../shared/domain/cruscotto/posizioneSnapshot';
import { writeFileAtomic } from '../../adapters/node/atomicWrite';

const fileSchema = z.object({
  format: z.literal('cassetto-enti/cruscotto'),
  version: z.literal(1),
  codiceFiscale: z.string(),
  righe: z.array(posizioneSnapshotSchema),
});

export interface CruscottoCache {
  read(): Promise<PosizioneSnapshot[]>;
  /** Writes are coalesced: many saves during a load end in one write of the latest rows. */
  save(righe: readonly PosizioneSnapshot[]): Promise<void>;
}

export function createCruscottoCache(userDir: string, codiceFiscale: string): CruscottoCache {
  const path = join(userDir, 'cruscotto.json');
  let writing: Promise<void> | null = null;
  let pending: readonly PosizioneSnapshot[] | null = null;

  // The check for more and the release happen in one step: a save never finds a loop that is
  // ending without having seen it.
  const writeLoop = async () => {
    try {
      while (pending) {
        const righe = pending;
        pending = null;
        const file = { format: 'cassetto-enti/cruscotto', version: 1, codiceFiscale, righe };
        await writeFileAtomic(path, JSON.stringify(file));
      }
    } finally {
      writing = null;
    }
  };

  return {
    async read() {
      try {
        const parsed = fileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        return parsed.success && parsed.data.codiceFiscale === codiceFiscale ? parsed.data.righe : [];
      } catch {
        return [];
      }
    },
    save(righe) {
      pending = righe;
      writing ??= writeLoop();
      return writing;
    },
  };
}

/**
 * The delega requests the signed-in user submitted from this computer (kept by `saveRequestCopy`
 * in their folder, userScope.ts), read without any network: when the INPS archive cannot be
 * reached they are what the user can still reprint. Another user's are never listed.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SavedDelegaRequest } from '../../../shared/contract/calls/delegheCalls';
import { delegaRequestSchema } from '../../../shared/domain/delega';
import { readRequestCopy } from './attachmentStore';

const NUMERO = /^DLG-\d{4}-\d{6}$/;

/** Newest first; a copy that is unreadable or no longer a valid request is left out, not fatal. */
export async function listSavedRequests(userDir: string): Promise<SavedDelegaRequest[]> {
  const root = join(userDir, 'deleghe');
  const names = await readdir(root).catch(() => [] as string[]);
  const saved: SavedDelegaRequest[] = [];
  for (const numero of names.filter((name) => NUMERO.test(name))) {
    const parsed = delegaRequestSchema.safeParse(await readRequestCopy(userDir, numero).catch(() => null));
    if (!parsed.success) continue;
    const info = await stat(join(root, numero, 'richiesta.json'));
    saved.push({ numeroRichiesta: numero, savedAt: info.mtime.toISOString(), request: parsed.data });
  }
  return saved.sort((a, b) => b.numeroRichiesta.localeCompare(a.numeroRichiesta));
}

/**
 * Attachments reach main one by one before the quesito is sent (the renderer has no file
 * paths in a sandboxed window, so it sends the bytes): checked against the limits, named
 * safely, kept on disk in the user's folder (0600 in 0700) until sent or removed.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContractError } from '../../../shared/contract';
import { refusalOf, sanitiseFileName, type AllegatoLimits } from '../../../shared/domain/quesiti';

export interface StagedFile {
  stagedId: string;
  nome: string;
  dimensione: number;
  path: string;
}

export function createStaging(dir: string, limits: AllegatoLimits) {
  const staged = new Map<string, StagedFile>();
  return {
    async stage(nomeOriginale: string, contenutoBase64: string): Promise<StagedFile> {
      const bytes = Buffer.from(contenutoBase64, 'base64');
      const nome = sanitiseFileName(nomeOriginale);
      const refusal = refusalOf({ name: nome, size: bytes.length }, 0, limits);
      if (refusal) throw new ContractError('INVALID_INPUT', refusal);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const stagedId = randomUUID();
      const file: StagedFile = { stagedId, nome, dimensione: bytes.length, path: join(dir, stagedId) };
      await writeFile(file.path, bytes, { mode: 0o600 });
      staged.set(stagedId, file);
      return file;
    },
    get(stagedId: string): StagedFile {
      const file = staged.get(stagedId);
      if (!file) throw new ContractError('NOT_FOUND', 'Allegato non più disponibile: aggiungerlo di nuovo.');
      return file;
    },
    /** Every file staged and not sent (the user's session ended). */
    async clear(): Promise<void> {
      staged.clear();
      await rm(dir, { recursive: true, force: true });
    },
    async remove(stagedId: string): Promise<boolean> {
      const file = staged.get(stagedId);
      if (!file) return false;
      staged.delete(stagedId);
      await rm(file.path, { force: true });
      return true;
    },
  };
}

export type Staging = ReturnType<typeof createStaging>;

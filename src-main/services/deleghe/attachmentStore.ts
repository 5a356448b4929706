/**
 * The scans of a signed delega and of the delegante's identity document, which the intermediario
 * must keep (circ. 34/2023): on this computer only, in the signed-in user's folder (userScope.ts),
 * never uploaded. Private like every user data file: files 0600, folders 0700.
 */
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ContractError } from '../../../shared/contract';
import type { ATTACHMENT_KINDS } from '../../../shared/contract/calls/delegheCalls';

type Kind = (typeof ATTACHMENT_KINDS)[number];

export interface Attachment {
  kind: Kind;
  fileName: string;
  size: number;
  savedAt: string;
}

export interface AttachmentStore {
  list(numero: string): Promise<Attachment[]>;
  save(numero: string, kind: Kind, fileName: string, bytes: Uint8Array): Promise<Attachment[]>;
}

const safeName = (fileName: string) => basename(fileName).replace(/[^\p{L}\p{N}._ -]/gu, '_');

export function createAttachmentStore(userDir: string): AttachmentStore {
  const root = join(userDir, 'deleghe');
  const dirOf = (numero: string) => {
    if (!/^DLG-\d{4}-\d{6}$/.test(numero))
      throw new ContractError('INVALID_INPUT', 'Numero di richiesta non valido.');
    return join(root, numero);
  };

  async function list(numero: string): Promise<Attachment[]> {
    const dir = dirOf(numero);
    const names = await readdir(dir).catch(() => [] as string[]);
    const result: Attachment[] = [];
    for (const name of names.sort()) {
      const match = /^(delega_firmata|documento_identita)--(.+)$/.exec(name);
      if (!match) continue;
      const info = await stat(join(dir, name));
      result.push({
        kind: match[1] as Kind,
        fileName: match[2] ?? name,
        size: info.size,
        savedAt: info.mtime.toISOString(),
      });
    }
    return result;
  }

  return {
    list,
    async save(numero, kind, fileName, bytes) {
      const dir = dirOf(numero);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // One file per kind: a new scan replaces the old one.
      for (const existing of await list(numero)) {
        if (existing.kind === kind) await rm(join(dir, `${kind}--${existing.fileName}`), { force: true });
      }
      await writeFile(join(dir, `${kind}--${safeName(fileName)}`), bytes, { mode: 0o600 });
      return list(numero);
    },
  };
}

/** The request as submitted, kept so its PDF can be printed again without a connection. */
export async function saveRequestCopy(userDir: string, numero: string, json: unknown): Promise<void> {
  const dir = join(userDir, 'deleghe', numero);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(join(dir, 'richiesta.json'), JSON.stringify(json, null, 2), { mode: 0o600 });
}

export async function readRequestCopy(userDir: string, numero: string): Promise<unknown> {
  return JSON.parse(await readFile(join(userDir, 'deleghe', numero, 'richiesta.json'), 'utf8')) as unknown;
}

/**
 * CLI failures as one Italian line on stderr and a non-zero exit, never a stack trace: what went
 * wrong and with which file. A command throws CliError for what it refuses; file system errors
 * are translated from their code (ENOENT, EISDIR…), the English message never reaches the user.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export class CliError extends Error {
  constructor(
    message: string,
    /** 1 = refused or failed, 2 = wrong usage. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'non esiste',
  EISDIR: 'è una cartella, non un file',
  ENOTDIR: 'una parte del percorso non è una cartella',
  EACCES: 'non si hanno i permessi per accedervi',
  EPERM: 'operazione non permessa',
  EROFS: 'il disco è in sola lettura',
  ENOSPC: 'il disco è pieno',
  EMFILE: 'troppi file aperti',
  ENAMETOOLONG: 'il nome è troppo lungo',
  EBUSY: 'è in uso da un altro programma',
};

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/** "«/tmp/x.xml»: non esiste" from an fs error; undefined when it is not one. */
export function fileSystemReason(error: unknown): string | undefined {
  return FS_REASONS[codeOf(error)];
}

/** The one line shown for any error: Italian, first line only, no stack. */
export function oneLine(error: unknown): string {
  if (error instanceof CliError) return error.message;
  const reason = fileSystemReason(error);
  const path = typeof error === 'object' && error !== null && 'path' in error ? String(error.path) : '';
  if (reason) return path ? `File «${path}»: ${reason}.` : `Errore del file system: ${reason}.`;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  // The services' own errors (DraftError…) are already Italian; the runtime's are not.
  const runtime = error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError;
  return runtime || !(error instanceof Error) ? `Errore imprevisto: ${message}` : message;
}

/** Reads an input file, refusing a missing file, a folder or an unreadable one in Italian. */
export async function readInputFile(path: string, what = 'Il file'): Promise<Buffer> {
  const info = await stat(path).catch((error: unknown) => {
    throw new CliError(`${what} «${path}» ${fileSystemReason(error) ?? 'non è leggibile'}.`);
  });
  if (!info.isFile()) throw new CliError(`${what} «${path}» è una cartella, non un file.`);
  return readFile(path).catch((error: unknown) => {
    throw new CliError(
      `${what} «${path}» non è leggibile: ${fileSystemReason(error) ?? 'errore di lettura'}.`,
    );
  });
}

/** Checks, before any work, that `path` can be written: its folder exists, it is not a folder. */
export async function checkOutputPath(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo) throw new CliError(`La cartella di destinazione «${folder}» non esiste.`);
  if (!folderInfo.isDirectory()) throw new CliError(`«${folder}» non è una cartella.`);
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory()) throw new CliError(`Il file di uscita «${path}» è una cartella.`);
}

/** Runs a write, turning its file system error into one Italian line about `path`. */
export async function writing<T>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw new CliError(`Non riesco a scrivere «${path}»: ${fileSystemReason(error) ?? oneLine(error)}.`);
  }
}

/**
 * `npm run cli -- quesiti zip OUT.zip FILE…`: the attachments of a quesito zipped exactly as the
 * app sends them (same limits, same names), to check a set of files before sending.
 */
import { stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_ALLEGATO_LIMITS, refusalOf, sanitiseFileNames } from '../../shared/domain/quesiti';
import { zipFromDisk } from '../services/quesiti/zipAttachments';
import { CliError, checkOutputPath, fileSystemReason, oneLine, writing } from './cliErrors';

export async function quesitiCli(args: string[], log = console.log, error = console.error): Promise<number> {
  const [command, out, ...files] = args;
  if (command !== 'zip' || !out || files.length === 0) {
    error('Uso: npm run cli -- quesiti zip OUT.zip FILE [FILE…]');
    return 2;
  }
  const problems: string[] = [];
  for (const [index, file] of files.entries()) {
    const info = await stat(file).catch((failure: unknown) => fileSystemReason(failure) ?? 'non è leggibile');
    if (typeof info === 'string') problems.push(`Il file «${file}» ${info}.`);
    else if (!info.isFile())
      problems.push(`«${file}» è una cartella, non un file: allegare i file uno per uno.`);
    else {
      const refusal = refusalOf({ name: basename(file), size: info.size }, index, DEFAULT_ALLEGATO_LIMITS);
      if (refusal) problems.push(refusal);
    }
  }
  // Checked before zipping three large files for nothing.
  await checkOutputPath(out).catch((failure: unknown) => problems.push(oneLine(failure)));
  if (problems.length > 0) {
    problems.forEach((problem) => error(problem));
    return 1;
  }
  const names = sanitiseFileNames(files.map((file) => basename(file)));
  const zip = await zipFromDisk(files.map((path, i) => ({ path, name: names[i] ?? basename(path) }))).catch(
    (failure: unknown) => {
      throw new CliError(`Non riesco a leggere gli allegati: ${oneLine(failure)}`);
    },
  );
  await writing(out, () => writeFile(out, zip));
  log(`${out}: ${names.join(', ')} (${zip.length} byte)`);
  return 0;
}

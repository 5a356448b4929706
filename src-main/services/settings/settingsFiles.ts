import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../adapters/node/atomicWrite';

const extensionOf: Record<'extraCaCertFile' | 'officialXsdPath', string> = {
  extraCaCertFile: 'pem',
  officialXsdPath: 'xsd',
};

/**
 * Keeps the copy of a file chosen in the browser for Settings, under the app's data folder, one
 * per setting (a new choice replaces the old): the name is ours, so nothing the page sends picks
 * where it is written.
 */
export async function keepSettingsFile(
  dataDir: string,
  field: 'extraCaCertFile' | 'officialXsdPath',
  base64: string,
): Promise<string> {
  const folder = join(dataDir, 'impostazioni');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const path = join(folder, `${field}.${extensionOf[field]}`);
  await writeFileAtomic(path, Buffer.from(base64, 'base64'));
  return path;
}

/**
 * The previous version kept the delega requests it submitted, and their scans, in
 * `<dataDir>/deleghe/<numero>`, for whoever was signed in. A copy there is moved into a user's
 * own folder only if it is provably theirs: the request names them as the intermediario, and the
 * INPS accepts a request only from the intermediario it names (so only they could have sent
 * it). Any other folder stays where it is, unread by anyone.
 */
import { chmod, mkdir, readFile, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { delegaRequestSchema } from '../../../shared/domain/delega';
import type { ScopedUser } from '../userScope';

const NUMERO = /^DLG-\d{4}-\d{6}$/;

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

async function ownerOf(folder: string): Promise<string | undefined> {
  try {
    const parsed = delegaRequestSchema.safeParse(
      JSON.parse(await readFile(join(folder, 'richiesta.json'), 'utf8')),
    );
    return parsed.success ? parsed.data.intermediario.codiceFiscale : undefined;
  } catch {
    return undefined;
  }
}

/** Moves the user's own legacy request folders into their folder, made private (0700/0600). */
export async function adoptLegacyRequests(dataDir: string, user: ScopedUser): Promise<void> {
  const legacy = join(dataDir, 'deleghe');
  const names = await readdir(legacy).catch(() => [] as string[]);
  for (const numero of names.filter((name) => NUMERO.test(name))) {
    const from = join(legacy, numero);
    if ((await ownerOf(from)) !== user.codiceFiscale) continue;
    const to = join(user.dir, 'deleghe', numero);
    if (await exists(to)) continue;
    await mkdir(join(user.dir, 'deleghe'), { recursive: true, mode: 0o700 });
    await rename(from, to);
    // The previous version wrote them 0755/0644.
    await chmod(to, 0o700);
    for (const file of await readdir(to)) await chmod(join(to, file), 0o600);
  }
}

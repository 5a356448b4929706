/**
 * `npm run cli -- delega pdf REQUEST.json OUT.pdf`: the printable delega without a window, from
 * a request in the one documented format (shared/domain/delega/delegaRequest.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { delegaRequestSchema } from '../../shared/domain/delega';
import { buildDelegaPdf } from '../services/deleghe/delegaPdf';

const USAGE = 'Uso: npm run cli -- delega pdf RICHIESTA.json USCITA.pdf';

export async function delegaCli(args: string[]): Promise<number> {
  const [command, input, output] = args;
  if (command !== 'pdf' || !input || !output) {
    console.error(USAGE);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(input, 'utf8'));
  } catch (error) {
    console.error(`Impossibile leggere ${input} come JSON: ${(error as Error).message}`);
    return 1;
  }
  const parsed = delegaRequestSchema.safeParse(json);
  if (!parsed.success) {
    console.error(`La richiesta in ${input} non è valida:`);
    for (const issue of parsed.error.issues) {
      console.error(`  ${issue.path.join('.') || '(radice)'}: ${issue.message}`);
    }
    return 1;
  }
  await writeFile(output, await buildDelegaPdf(parsed.data));
  console.log(`Delega scritta in ${output}`);
  return 0;
}

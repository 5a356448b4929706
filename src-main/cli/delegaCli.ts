/**
 * `npm run cli -- delega pdf REQUEST.json OUT.pdf`: the printable delega without a window, from
 * a request in the one documented format (shared/domain/delega/delegaRequest.ts).
 */
import { writeFile } from 'node:fs/promises';
import { delegaRequestSchema } from '../../shared/domain/delega';
import { buildDelegaPdf } from '../services/deleghe/delegaPdf';
import { checkOutputPath, readInputFile, writing } from './cliErrors';

const USAGE = 'Uso: npm run cli -- delega pdf RICHIESTA.json USCITA.pdf';

export async function delegaCli(args: string[]): Promise<number> {
  const [command, input, output] = args;
  if (command !== 'pdf' || !input || !output) {
    console.error(USAGE);
    return 2;
  }
  const text = (await readInputFile(input, 'La richiesta')).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    console.error(`La richiesta «${input}» non è un file JSON valido.`);
    return 1;
  }
  const parsed = delegaRequestSchema.safeParse(json);
  if (!parsed.success) {
    // One line: each problem as "campo: messaggio", separated by semicolons.
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(radice)'}: ${issue.message}`,
    );
    console.error(`La richiesta in «${input}» non è valida: ${problems.join('; ')}.`);
    return 1;
  }
  await checkOutputPath(output);
  const pdf = await buildDelegaPdf(parsed.data);
  await writing(output, () => writeFile(output, pdf));
  console.log(`Delega scritta in ${output}`);
  return 0;
}

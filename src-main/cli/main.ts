/**
 * `npm run cli -- GROUP COMMAND ARGS…`: the app's services without a window, for IT staff and
 * batch use. Each feature adds its group to `groups`; exit code 0 = done, 1 = findings or
 * refusal, 2 = wrong usage.
 */
import { quesitiCli } from '../services/quesiti/quesitiCli';
import { delegaCli } from './delegaCli';
import { listapospaCli } from './listapospaCli';

export type CliGroup = (args: string[]) => Promise<number>;

const groups: Record<string, CliGroup> = {
  delega: delegaCli,
  quesiti: (args) => quesitiCli(args),
  listapospa: listapospaCli,
};

const usage = () =>
  `Uso: npm run cli -- GRUPPO COMANDO [argomenti]\nGruppi: ${Object.keys(groups).sort().join(', ') || '(nessuno)'}`;

const [group, ...rest] = process.argv.slice(2);
const run = group ? groups[group] : undefined;
if (!run) {
  console.error(usage());
  process.exit(2);
}
process.exit(await run(rest));

/**
 * `npm run cli -- GROUP COMMAND ARGS…`: the app's services without a window, for IT staff and
 * batch use. Each feature adds its group to `groups`; exit code 0 = done, 1 = findings or
 * refusal, 2 = wrong usage. Any error is one Italian line on stderr, never a stack trace.
 */
import '../../shared/zod/italian';
import { auditCli } from './auditCli';
import { CliError, oneLine } from './cliErrors';
import { delegaCli } from './delegaCli';
import { listapospaCli } from './listapospaCli';
import { quesitiCli } from './quesitiCli';

export type CliGroup = (args: string[]) => Promise<number>;

const groups: Record<string, CliGroup> = {
  audit: auditCli,
  delega: delegaCli,
  quesiti: (args) => quesitiCli(args),
  listapospa: listapospaCli,
};

const usage = () =>
  `Uso: npm run cli -- GRUPPO COMANDO [argomenti] (gruppi: ${Object.keys(groups).sort().join(', ') || 'nessuno'})`;

const [group, ...rest] = process.argv.slice(2);
const run = group ? groups[group] : undefined;
if (!run) {
  console.error(usage());
  process.exit(2);
}
try {
  process.exit(await run(rest));
} catch (error) {
  console.error(oneLine(error));
  process.exit(error instanceof CliError ? error.exitCode : 1);
}

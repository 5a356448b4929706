/**
 * Child process of auditCrash.test.ts: appends entries to one log in a loop, until the test
 * kills it with SIGKILL.
 */
import { appendAuditEntry } from './auditLog';

const [dir = ''] = process.argv.slice(2);
for (let i = 0; ; i += 1) {
  await appendAuditEntry(dir, { cf: 'RSSMRA80A01H501U', op: 'export', outcome: 'ok', detail: `voce ${i}` });
  process.stdout.write(`appended ${i}\n`);
}

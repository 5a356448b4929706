/**
 * A web host whose calls leave errors no handler catches (a rejection nobody awaits, a throw in
 * a timer), with the safety net start.ts installs. Prints its origin and secret, then serves.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventHub } from '../../../shared/contract';
import { installProcessSafetyNet } from '../common/processSafetyNet';
import { startWebHost } from './webHost';

installProcessSafetyNet((message) => console.error(message));
const host = await startWebHost({
  rendererDir: mkdtempSync(join(tmpdir(), 'cassetto-net-')),
  events: createEventHub(),
  context: {},
  dispatch: async (name) => {
    if (name === 'stray.rejection') void Promise.reject(new Error('nessuno mi aspetta'));
    if (name === 'stray.throw')
      setTimeout(() => {
        throw new Error('lanciata in un timer');
      }, 0);
    return { ok: true, value: name };
  },
});
console.log(JSON.stringify({ origin: host.origin, secret: host.secret }));

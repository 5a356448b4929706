import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sezioniCalls } from '../../../shared/contract/calls/sezioniCalls';
import { dispatcherFor, type GroupDispatcher } from '../../../shared/contract/dispatcherFor.test-support';
import type { PersonaKey } from '../../../sandbox';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing/tempSandbox';
import { serviceDepsFor } from '../../testing/serviceDeps.test-support';
import { signInToSandbox } from '../../testing/signedInUser.test-support';
import { fixedScope } from '../userScope';
import { sezioniHandlers } from './sezioniHandlers';

export type CassettoCall = GroupDispatcher<typeof sezioniCalls>['call'];

export interface CassettoCallsAs {
  sandbox: TempSandbox;
  call: CassettoCall;
  dispose(): Promise<void>;
}

/**
 * The Cassetto calls through the real dispatcher and gateway, signed in to a fresh sandbox as a
 * persona (SPID level 2), with that persona's own data folder.
 */
export async function sezioniCallsAs(persona: PersonaKey): Promise<CassettoCallsAs> {
  const sandbox = await startTempSandbox();
  const auth = await signInToSandbox(sandbox, persona);
  const dir = mkdtempSync(join(tmpdir(), 'cassetto-calls-'));
  const deps = serviceDepsFor({ dataDir: dir, auth, userScope: fixedScope(dir, auth.user.codiceFiscale) });
  return {
    sandbox,
    call: dispatcherFor(sezioniCalls, sezioniHandlers(deps)).call,
    async dispose() {
      await sandbox.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

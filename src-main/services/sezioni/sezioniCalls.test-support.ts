import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type CallHandlers } from '../../../shared/contract';
import { personaByKey, type PersonaKey } from '../../../sandbox';
import { loginHeadless } from '../../../sandbox/testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../../../sandbox/testing/tempSandbox';
import type { AuthService } from '../auth/authService';
import { createCassettoGateway } from '../cassettoApi/cassettoGateway';
import type { ServiceDeps } from '../mainServices';
import { fixedScope } from '../userScope';
import { sezioniHandlers } from './sezioniHandlers';

export type CassettoCall = (
  name: string,
  input: unknown,
) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message?: string } }>;

export interface CassettoCallsAs {
  sandbox: TempSandbox;
  /** The user's data folder, where the files the calls make are written. */
  dir: string;
  call: CassettoCall;
  dispose(): Promise<void>;
}

/**
 * The Cassetto calls through the real dispatcher and gateway, signed in to a fresh sandbox as a
 * persona (SPID level 2), with that persona's own data folder.
 */
export async function sezioniCallsAs(persona: PersonaKey): Promise<CassettoCallsAs> {
  const sandbox = await startTempSandbox();
  const { accessToken } = await loginHeadless(sandbox, { persona, method: 'spid', level: 2 });
  const { codiceFiscale } = personaByKey(persona);
  const dir = mkdtempSync(join(tmpdir(), 'cassetto-calls-'));
  const auth = {
    status: () => ({ state: 'signed-in', user: { codiceFiscale } }),
    accessToken: async () => ({ token: accessToken, apiBaseUrl: sandbox.apiBaseUrl }),
  } as unknown as AuthService;
  const deps = {
    environment: { dataDir: dir },
    auth,
    userScope: fixedScope(dir, codiceFiscale),
    cassetto: createCassettoGateway(auth),
  } as unknown as ServiceDeps;
  const dispatch = createDispatcher<null>(
    sezioniHandlers(deps) as unknown as CallHandlers<null>,
    () => undefined,
  );
  return {
    sandbox,
    dir,
    call: (name, input) => dispatch(name, input, null) as never,
    async dispose() {
      await sandbox.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

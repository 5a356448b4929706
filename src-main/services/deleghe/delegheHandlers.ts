import type { HandlersFor } from '../../../shared/contract';
import type { delegheCalls } from '../../../shared/contract/calls/delegheCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createDelegheService, delegaPdfFile } from './delegheService';
import { adoptLegacyRequests } from './legacyRequests';
import { listSavedRequests } from './savedRequests';

export function delegheHandlers({
  cassetto,
  environment,
  userScope,
}: ServiceDeps): HandlersFor<typeof delegheCalls, CallContext> {
  // Saved requests and scans are the signed-in user's, in their folder (userScope.ts).
  const deleghe = userScope.perUser('deleghe', (user) => createDelegheService(cassetto, user.dir));
  // Once per user and run: the copies of the previous version that are provably theirs move in.
  const legacy = userScope.perUser('deleghe.legacy', (user) => ({
    adopted: adoptLegacyRequests(environment.dataDir, user).catch(() => undefined),
  }));
  return {
    'deleghe.pdf': ({ request }) => delegaPdfFile(request),
    'deleghe.saved': async () => {
      await legacy.adopted;
      return listSavedRequests(userScope.current().dir);
    },
    'deleghe.list': async () => {
      await legacy.adopted;
      return deleghe.list();
    },
    'deleghe.submit': ({ request }) => deleghe.submit(request),
    'deleghe.activate': ({ numero, otp }) => deleghe.activate(numero, otp),
    'deleghe.resendOtp': ({ numero }) => deleghe.resendOtp(numero),
    'deleghe.revoke': ({ numero }) => deleghe.revoke(numero),
    'deleghe.attach': ({ numero, kind, fileName, base64 }) => deleghe.attach(numero, kind, fileName, base64),
    'abilitazioni.list': () => deleghe.listAbilitazioni(),
    'abilitazioni.grant': (input) => deleghe.grant(input),
    'abilitazioni.revoke': ({ id }) => deleghe.revokeAbilitazione(id),
  };
}

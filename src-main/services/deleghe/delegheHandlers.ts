import type { HandlersFor } from '../../../shared/contract';
import type { delegheCalls } from '../../../shared/contract/calls/delegheCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createDelegheService } from './delegheService';
import { listSavedRequests } from './savedRequests';

export function delegheHandlers({
  cassetto,
  userScope,
}: ServiceDeps): HandlersFor<typeof delegheCalls, CallContext> {
  // Saved requests and scans are the signed-in user's, in their folder (userScope.ts).
  const deleghe = userScope.perUser('deleghe', (user) => createDelegheService(cassetto, user.dir));
  return {
    'deleghe.pdf': ({ request }) => deleghe.pdf(request),
    'deleghe.saved': () => listSavedRequests(userScope.current().dir),
    'deleghe.list': () => deleghe.list(),
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

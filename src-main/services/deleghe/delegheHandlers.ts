import type { HandlersFor } from '../../../shared/contract';
import type { delegheCalls } from '../../../shared/contract/calls/delegheCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createDelegheService } from './delegheService';
import { listSavedRequests } from './savedRequests';

export function delegheHandlers({
  cassetto,
  environment,
}: ServiceDeps): HandlersFor<typeof delegheCalls, CallContext> {
  const deleghe = createDelegheService(cassetto, environment.dataDir);
  return {
    'deleghe.pdf': ({ request }) => deleghe.pdf(request),
    'deleghe.saved': () => listSavedRequests(environment.dataDir),
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

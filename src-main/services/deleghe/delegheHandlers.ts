import type { HandlersFor } from '../../../shared/contract';
import type { delegheCalls } from '../../../shared/contract/calls/delegheCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { delegaPdfFile } from './delegheService';
import { userDeleghe } from './userDeleghe';

export function delegheHandlers({
  cassetto,
  environment,
  userScope,
}: ServiceDeps): HandlersFor<typeof delegheCalls, CallContext> {
  const archive = userDeleghe(cassetto, environment.dataDir, userScope);
  const { deleghe } = archive;
  return {
    'deleghe.pdf': ({ request }) => delegaPdfFile(request),
    'deleghe.saved': () => archive.saved(),
    'deleghe.list': () => archive.list(),
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

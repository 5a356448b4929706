import type { HandlersFor } from '../../../shared/contract';
import type { auditCalls } from '../../../shared/contract/calls/auditCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createAuditService } from './auditService';

/** The signed-in user's audit log: the list, its CSV, and whether its chain is intact. */
export function auditHandlers({ userScope }: ServiceDeps): HandlersFor<typeof auditCalls, CallContext> {
  const audit = createAuditService(userScope);
  return {
    'audit.list': ({ filter, limit }) => audit.list(filter, limit),
    'audit.export': ({ filter }, _context, signal) => audit.exportCsv(filter, signal),
    'audit.verify': () => audit.verify(),
  };
}

import { ContractError, type HandlersFor } from '../../../../shared/contract';
import type { payrollCalls } from '../../../../shared/contract/calls/payrollCalls';
import type { CallContext, ServiceDeps } from '../../mainServices';
import { DraftError, userDraftStore } from '../draftStore';
import { createRateOverridesStore } from '../rateOverridesStore';
import { createPayrollMappingStore } from './mappingStore';
import { PayrollFileError } from './payrollTable';
import { PayrollConflictError, PayrollInvalidError, createPayrollService } from './payrollService';

/** Contract handlers of the payroll import: they map calls and errors; payrollService.ts does the work. */

function asContractError(error: unknown): never {
  if (error instanceof PayrollFileError || error instanceof PayrollInvalidError) {
    throw new ContractError('INVALID_INPUT', error.message);
  }
  if (error instanceof PayrollConflictError) throw new ContractError('CONFLICT', error.message);
  if (error instanceof DraftError) {
    throw new ContractError(
      error.code === 'INVIATA' || error.code === 'ESISTE_GIA' ? 'CONFLICT' : 'INVALID_INPUT',
      error.message,
    );
  }
  throw error;
}

export function payrollHandlers({ userScope }: ServiceDeps): HandlersFor<typeof payrollCalls, CallContext> {
  // The same per-user keys as listapospaHandlers': one draft store and one rates cache per user.
  const drafts = userDraftStore(userScope);
  const rates = userScope.perUser('listapospa.aliquote', (user) => createRateOverridesStore(user.dir));
  const mappings = userScope.perUser('listapospa.paghe.mappature', (user) =>
    createPayrollMappingStore(user.dir),
  );
  // Per user: the service keeps the last file read, which is that user's only.
  const service = userScope.perUser('listapospa.paghe', (user) =>
    createPayrollService({
      drafts,
      mappings,
      overrides: () => rates.get(),
      cfOperatore: () => user.codiceFiscale,
    }),
  );
  const fileInput = <T extends { contenutoBase64: string }>({ contenutoBase64, ...rest }: T) => ({
    ...rest,
    bytes: Buffer.from(contenutoBase64, 'base64'),
  });
  return {
    'listapospa.payroll.preview': (input) => service.preview(fileInput(input)).catch(asContractError),
    'listapospa.payroll.apply': (input) => service.apply(fileInput(input)).catch(asContractError),
    'listapospa.payroll.mappings.get': async ({ cfAzienda }) => ({ mapping: await mappings.get(cfAzienda) }),
    'listapospa.payroll.mappings.set': async ({ cfAzienda, mapping }) => {
      await mappings.set(cfAzienda, mapping);
      return {};
    },
  };
}

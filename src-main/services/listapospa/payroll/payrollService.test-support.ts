import { SAMPLE_CF_ENTE } from '../../../../shared/domain/listapospa/sample';
import { createDraftStore } from '../draftStore';
import { createPayrollMappingStore } from './mappingStore';
import { createPayrollService } from './payrollService';

/** The payroll service of the tests and the bench: real draft and mapping stores in `dir`. */
export function payrollServiceIn(dir: string) {
  const drafts = createDraftStore(dir);
  const mappings = createPayrollMappingStore(dir);
  const service = createPayrollService({
    drafts,
    mappings,
    overrides: async () => ({}),
    cfOperatore: () => 'RSSMRA80A01H501U',
    today: () => '2026-02-10',
  });
  return { drafts, mappings, service };
}

/** The sample ente's January 2026 denuncia, where an import lands. */
export const SAMPLE_PAYROLL_TARGET = {
  posizioneId: `${SAMPLE_CF_ENTE}-00000`,
  annoMese: '2026-01',
  cfAzienda: SAMPLE_CF_ENTE,
  ragSocAzienda: 'COMUNE DI ESEMPIO',
  prgAzienda: '00000',
};

import { ContractError } from '../../../shared/contract';
import { exportFileName } from '../../../shared/domain/listapospa/xmlWriter';
import type { SettingsService } from '../settings/settingsService';
import type { UserScope } from '../userScope';
import type { DraftStore } from './draftStore';
import { asContractError } from './listapospaDrafts';
import type { RateOverridesStore } from './rateOverridesStore';
import { validateDraft, type ValidationReport } from './validation';
import { loadXsd } from './xsdValidator';

const today = () => new Date().toISOString().slice(0, 10);

export const reportOut = (report: ValidationReport) => ({
  findings: report.findings,
  blocking: report.blocking,
  xsdLabel: report.xsdLabel,
  numeroD0: report.numeroD0,
});

/** Validation of a draft ("Verifica") and its export as the XML INPS takes. */
export function listapospaValidation(
  store: DraftStore,
  rateOverrides: RateOverridesStore,
  settings: SettingsService,
  userScope: UserScope,
) {
  const options = async () => ({
    xsd: await loadXsd(settings.get().officialXsdPath || undefined),
    dataInvio: today(),
    // CE011 compares contributions with the rates the user set in "Aliquote".
    overrides: await rateOverrides.get(),
  });
  const validate = async (posizioneId: string, annoMese: string, signal?: AbortSignal) => {
    const draft = await store.open(posizioneId, annoMese).catch(asContractError);
    return validateDraft(draft.denuncia, { ...(await options()), ...(signal ? { signal } : {}) });
  };
  // A new "Verifica" of the same draft cancels the one still running (its XSD worker is
  // terminated); an export or a submission is never cancelled by one.
  const running = userScope.perUser('listapospa.verifiche', () => new Map<string, AbortController>());
  const verifica = async (posizioneId: string, annoMese: string, signal?: AbortSignal) => {
    const key = `${posizioneId}/${annoMese}`;
    running.get(key)?.abort();
    const controller = new AbortController();
    running.set(key, controller);
    try {
      // The caller's cancel (the renderer left) stops it too.
      const both = signal ? AbortSignal.any([controller.signal, signal]) : controller.signal;
      return await validate(posizioneId, annoMese, both);
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      throw new ContractError(
        'CONFLICT',
        'Verifica annullata: è partita una nuova verifica della stessa denuncia.',
      );
    } finally {
      if (running.get(key) === controller) running.delete(key);
    }
  };
  return {
    validate,
    verifica,
    async export(posizioneId: string, annoMese: string, signal?: AbortSignal) {
      const report = await validate(posizioneId, annoMese, signal);
      if (report.blocking || !report.denuncia) return { ok: false as const, report: reportOut(report) };
      return {
        ok: true as const,
        fileName: exportFileName(report.denuncia),
        xml: new TextDecoder().decode(report.xml),
        report: reportOut(report),
      };
    },
  };
}

export type ListapospaValidation = ReturnType<typeof listapospaValidation>;

import { ContractError, type HandlersFor } from '../../../shared/contract';
import type { listaposCalls } from '../../../shared/contract/calls/listaposCalls';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import { denunciaSchema } from '../../../shared/domain/sezioni';
import { mergePosPA } from '../../../shared/domain/listapospa/posPA';
import { readDenuncia } from '../../../shared/domain/listapospa/xmlReader';
import { exportFileName } from '../../../shared/domain/listapospa/xmlWriter';
import type { CallContext, ServiceDeps } from '../mainServices';
import { DraftError, createDraftStore, type DraftFile } from './draftStore';
import { createRateOverridesStore } from './rateOverridesStore';
import { validateDraft, type ValidationReport } from './validation';
import { loadXsd } from './xsdValidator';

/** Contract handlers of ListaPosPA: the signed-in user's drafts, validation, XML in and out. */

const today = () => new Date().toISOString().slice(0, 10);

function asContractError(error: unknown): never {
  if (error instanceof DraftError) {
    const code =
      error.code === 'ESISTE_GIA' ? 'CONFLICT' : error.code === 'NON_TROVATA' ? 'NOT_FOUND' : 'INVALID_INPUT';
    throw new ContractError(code, error.message);
  }
  throw error;
}

const draftOut = (draft: DraftFile) => ({
  posizioneId: draft.posizioneId,
  annoMese: draft.annoMese,
  savedAt: draft.savedAt,
  revision: draft.revision,
  denuncia: draft.denuncia,
});

const reportOut = (report: ValidationReport) => ({
  findings: report.findings,
  blocking: report.blocking,
  xsdLabel: report.xsdLabel,
  numeroD0: report.numeroD0,
});

export function emptyDenuncia(input: {
  annoMese: string;
  cfAzienda: string;
  ragSocAzienda: string;
  prgAzienda: string;
  cfOperatore: string;
}): Denuncia {
  return {
    datiMittente: {
      tipo: '1',
      cfPersonaMittente: input.cfOperatore,
      ragSocMittente: input.ragSocAzienda,
      cfMittente: input.cfAzienda,
      cfSoftwarehouse: '00000000000',
    },
    azienda: {
      annoMeseDenuncia: input.annoMese,
      cfAzienda: input.cfAzienda,
      ragSocAzienda: input.ragSocAzienda,
      listaPosPA: {
        tipo: 'ordinario',
        prgAzienda: input.prgAzienda,
        cfRappresentanteFirmatario: input.cfOperatore,
        posPA: [{ d0: [] }],
      },
    },
  };
}

export function listaposHandlers({
  settings,
  auth,
  cassetto,
  userScope,
}: ServiceDeps): HandlersFor<typeof listaposCalls, CallContext> {
  // The signed-in user's drafts and rates, never another's (userScope.ts).
  const store = userScope.perUser('listapospa.drafts', (user) => createDraftStore(user.dir));
  const rateOverrides = userScope.perUser('listapospa.aliquote', (user) =>
    createRateOverridesStore(user.dir),
  );
  const options = async () => ({
    xsd: await loadXsd(settings.get().officialXsdPath || undefined),
    dataInvio: today(),
    // CE011 compares contributions with the rates the user set in "Aliquote".
    overrides: await rateOverrides.get(),
  });
  const validate = async (posizioneId: string, annoMese: string) => {
    const draft = await store.open(posizioneId, annoMese).catch(asContractError);
    return validateDraft(draft.denuncia, await options());
  };

  return {
    'listapospa.drafts.list': ({ posizioneId }) => store.list(posizioneId).catch(asContractError),
    'listapospa.drafts.create': async (input) => {
      if (input.from === 'mesePrecedente') {
        return draftOut(
          await store.duplicateFromPrevious(input.posizioneId, input.annoMese).catch(asContractError),
        );
      }
      const status = auth.status();
      const cfOperatore = status.state === 'signed-in' ? status.user.codiceFiscale : '';
      const denuncia = emptyDenuncia({ ...input, cfOperatore });
      return draftOut(await store.create(input.posizioneId, denuncia).catch(asContractError));
    },
    'listapospa.drafts.open': async ({ posizioneId, annoMese }) =>
      draftOut(await store.open(posizioneId, annoMese).catch(asContractError)),
    'listapospa.drafts.save': async ({ posizioneId, revision, denuncia }) => {
      const saved = await store.save(posizioneId, denuncia as Denuncia, revision).catch(asContractError);
      return { revision: saved.revision, savedAt: saved.savedAt };
    },
    'listapospa.drafts.remove': async ({ posizioneId, annoMese }) => {
      await store.remove(posizioneId, annoMese).catch(asContractError);
      return {};
    },
    'listapospa.drafts.undoRemove': async ({ posizioneId, annoMese }) => {
      const draft = await store.undoRemove(posizioneId, annoMese).catch(asContractError);
      return (
        (await store.list(posizioneId)).find((d) => d.annoMese === draft.annoMese) ??
        asContractError(new DraftError('NON_TROVATA', 'Bozza non trovata dopo il ripristino.'))
      );
    },
    'listapospa.validate': async ({ posizioneId, annoMese }) =>
      reportOut(await validate(posizioneId, annoMese)),
    'listapospa.export': async ({ posizioneId, annoMese }) => {
      const report = await validate(posizioneId, annoMese);
      if (report.blocking || !report.denuncia) return { ok: false as const, report: reportOut(report) };
      return {
        ok: true as const,
        fileName: exportFileName(report.denuncia),
        xml: new TextDecoder().decode(report.xml),
        report: reportOut(report),
      };
    },
    'listapospa.submit': async ({ posizioneId, annoMese }) => {
      const report = await validate(posizioneId, annoMese);
      if (report.blocking || !report.denuncia) return { ok: false as const, report: reportOut(report) };
      // CassettoApiError is a ContractError already: 400/403/401… reach the UI with their code.
      const denuncia = await cassetto.post(
        `/v1/posizioni/${encodeURIComponent(posizioneId)}/dma`,
        { xml: new TextDecoder().decode(report.xml) },
        denunciaSchema,
      );
      return { ok: true as const, denuncia, report: reportOut(report) };
    },
    'listapospa.import': async ({ posizioneId, xml, overwrite }) => {
      let read;
      try {
        read = readDenuncia(xml);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ContractError('INVALID_INPUT', `Il file non è una ListaPosPA leggibile. ${message}`);
      }
      // The editor and the export write one PosPA: merge here, once, and tell the user.
      const { denuncia, posPACount } = mergePosPA(read.denuncia);
      const annoMese = denuncia.azienda.annoMeseDenuncia;
      if (overwrite) await store.remove(posizioneId, annoMese).catch(() => undefined);
      await store.create(posizioneId, denuncia).catch(asContractError);
      const draft = (await store.list(posizioneId)).find((d) => d.annoMese === annoMese);
      if (!draft) throw new ContractError('INTERNAL', 'Bozza importata non trovata.');
      return {
        draft,
        posPACount,
        issues: read.issues.map((issue) => ({
          code: 'CE020',
          rule: 'lettura',
          severity: issue.severity === 'errore' ? ('bloccante' as const) : ('avviso' as const),
          path: issue.path,
          message: issue.message,
        })),
      };
    },
  };
}

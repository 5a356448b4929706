import { ContractError } from '../../../shared/contract';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import type { AuthService } from '../auth/authService';
import { DraftError, invioSummary, type DraftFile, type DraftStore } from './draftStore';

/** A draft store's refusal, as the contract's code: a duplicate or a sent draft is a CONFLICT. */
export function asContractError(error: unknown): never {
  if (error instanceof DraftError) {
    const code =
      error.code === 'ESISTE_GIA' || error.code === 'INVIATA'
        ? 'CONFLICT'
        : error.code === 'NON_TROVATA'
          ? 'NOT_FOUND'
          : 'INVALID_INPUT';
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
  ...(draft.invio ? { invio: invioSummary(draft.invio) } : {}),
  ...(draft.derivataDa ? { derivataDa: draft.derivataDa } : {}),
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

export interface NewDraft {
  posizioneId: string;
  annoMese: string;
  from: 'vuota' | 'mesePrecedente';
  cfAzienda: string;
  ragSocAzienda: string;
  prgAzienda: string;
}

/** The signed-in user's drafts: list, create (empty or from the month before), open, save, remove. */
export function listapospaDrafts(store: DraftStore, auth: Pick<AuthService, 'status'>) {
  return {
    list: (posizioneId: string) => store.list(posizioneId).catch(asContractError),
    async create(input: NewDraft) {
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
    open: async (posizioneId: string, annoMese: string) =>
      draftOut(await store.open(posizioneId, annoMese).catch(asContractError)),
    async save(posizioneId: string, denuncia: Denuncia, revision?: number) {
      const saved = await store.save(posizioneId, denuncia, revision).catch(asContractError);
      return { revision: saved.revision, savedAt: saved.savedAt };
    },
    async remove(posizioneId: string, annoMese: string) {
      await store.remove(posizioneId, annoMese).catch(asContractError);
      return {};
    },
    async undoRemove(posizioneId: string, annoMese: string) {
      const draft = await store.undoRemove(posizioneId, annoMese).catch(asContractError);
      return (
        (await store.list(posizioneId)).find((d) => d.annoMese === draft.annoMese) ??
        asContractError(new DraftError('NON_TROVATA', 'Bozza non trovata dopo il ripristino.'))
      );
    },
    derive: async (posizioneId: string, annoMese: string, tipo: Parameters<DraftStore['derive']>[2]) =>
      draftOut(await store.derive(posizioneId, annoMese, tipo).catch(asContractError)),
  };
}

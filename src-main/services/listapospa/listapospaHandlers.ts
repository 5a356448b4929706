import type { HandlersFor } from '../../../shared/contract';
import type { listapospaCalls } from '../../../shared/contract/calls/listapospaCalls';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import type { CallContext, ServiceDeps } from '../mainServices';
import { reportOut } from './listapospaValidation';
import { createListapospaService } from './listapospaService';

/** Contract handlers of ListaPosPA: each call to its service method (listapospaService.ts). */
export function listapospaHandlers(deps: ServiceDeps): HandlersFor<typeof listapospaCalls, CallContext> {
  const listapospa = createListapospaService(deps);
  const { drafts, checks } = listapospa;
  return {
    'listapospa.drafts.list': ({ posizioneId }) => drafts.list(posizioneId),
    'listapospa.drafts.create': (input) => drafts.create(input),
    'listapospa.drafts.open': ({ posizioneId, annoMese }) => drafts.open(posizioneId, annoMese),
    'listapospa.drafts.save': ({ posizioneId, revision, denuncia }) =>
      drafts.save(posizioneId, denuncia as Denuncia, revision),
    'listapospa.drafts.remove': ({ posizioneId, annoMese }) => drafts.remove(posizioneId, annoMese),
    'listapospa.drafts.undoRemove': ({ posizioneId, annoMese }) => drafts.undoRemove(posizioneId, annoMese),
    'listapospa.validate': async ({ posizioneId, annoMese }, _context, signal) =>
      reportOut(await checks.verifica(posizioneId, annoMese, signal)),
    'listapospa.export': ({ posizioneId, annoMese }, _context, signal) =>
      checks.export(posizioneId, annoMese, signal),
    'listapospa.drafts.derive': ({ posizioneId, annoMese, tipo }) =>
      drafts.derive(posizioneId, annoMese, tipo),
    'listapospa.ordinarioAcquisito': ({ posizioneId, annoMese }) =>
      listapospa.ordinarioAcquisito(posizioneId, annoMese),
    'listapospa.submit': (input) => listapospa.submit(input),
    'listapospa.ricevutaPdf': ({ posizioneId, annoMese }) => listapospa.ricevutaPdf(posizioneId, annoMese),
    'listapospa.drafts.fromUltimaInviata': ({ posizioneId, annoMese, overwrite }) =>
      listapospa.fromUltimaInviata(posizioneId, annoMese, overwrite),
    'listapospa.import': ({ posizioneId, contenutoBase64, overwrite }) =>
      listapospa.importFile(posizioneId, contenutoBase64, overwrite),
  };
}

import type { ContractClient } from '../../../shared/contract';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import type { AnagraficaPosizione } from '../../../shared/domain/cassettoApi';
import { setEditorClient, useEditorStore } from '../listapospa/editorStore';
import { hrefOf } from '../../state/routeStore';

/**
 * From a DMA with errors to the draft that corrects it: the month's draft on this computer (a
 * variazione of it when it was already sent), or a new variazione, opened on the worker the
 * errors name (added when the draft does not list him yet). Answers an Italian error, or null.
 */
export async function openVariazioneOn(
  client: ContractClient,
  posizione: AnagraficaPosizione,
  annoMese: string,
  cfLavoratore: string,
): Promise<string | null> {
  const key = { posizioneId: posizione.id, annoMese };
  let draft = await client.call('listapospa.drafts.open', key);
  let created = false;
  if (!draft.ok && draft.error.code === 'NOT_FOUND') {
    draft = await client.call('listapospa.drafts.create', {
      ...key,
      from: 'vuota',
      cfAzienda: posizione.codiceFiscaleEnte,
      ragSocAzienda: posizione.denominazione,
      prgAzienda: posizione.progressivo,
    });
    created = true;
  }
  if (!draft.ok) return draft.error.message;
  if (draft.value.invio) {
    draft = await client.call('listapospa.drafts.derive', { ...key, tipo: 'variazione' });
    if (!draft.ok) return draft.error.message;
  }
  const { revision, savedAt, denuncia, derivataDa } = draft.value;
  setEditorClient(client);
  const editor = useEditorStore.getState();
  editor.load(posizione.id, revision, savedAt, denuncia as Denuncia, derivataDa ? { derivataDa } : {});
  if (created)
    editor.updateFrontespizio((frontespizio) => (frontespizio.azienda.listaPosPA.tipo = 'variazione'));
  const index = useEditorStore.getState().d0.findIndex((d0) => d0.cfLavoratore === cfLavoratore);
  if (index >= 0) editor.select(index);
  else editor.addD0({ cfLavoratore, cognome: '', nome: '', e0: [], e1: [], f1: [], v1: [] });
  window.location.hash = hrefOf('listapospa');
  return null;
}

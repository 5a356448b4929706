import { ContractError } from '../../../shared/contract';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import { readDenunciaFile } from '../../../shared/domain/listapospa/xmlReader';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import { carriedToMonth, type DraftStore } from './draftStore';
import { importDraft } from './importDraft';
import { asContractError } from './listapospaDrafts';

const XML_DECLARATION = /^<\?xml[^>]*\?>/;
const UTF8_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** INPS answers the text as received (already decoded): read it as the UTF-8 it now is. */
export const readUltimaInviata = (xml: string) =>
  readDenunciaFile(Buffer.from(xml.replace(XML_DECLARATION, UTF8_DECLARATION), 'utf8'));

/** Files into drafts: one the user picked, or the last one INPS acquired, carried to a month. */
export function listapospaImport(store: DraftStore, cassetto: CassettoGateway) {
  /** A file of another ente (or progressivo) never becomes a draft of this posizione. */
  const checkSameEnte = async (posizioneId: string, denuncia: Denuncia) => {
    const posizione = await cassetto.call(endpoints.anagrafica, { posizioneId });
    const { cfAzienda, listaPosPA } = denuncia.azienda;
    if (cfAzienda === posizione.codiceFiscaleEnte && listaPosPA.prgAzienda === posizione.progressivo) return;
    throw new ContractError(
      'INVALID_INPUT',
      `Il file è dell’ente con codice fiscale ${cfAzienda || '(CFAzienda mancante)'} e PRGAZIENDA ` +
        `${listaPosPA.prgAzienda || '(mancante)'}, ma la posizione aperta è dell’ente con codice fiscale ` +
        `${posizione.codiceFiscaleEnte} e progressivo ${posizione.progressivo}: file non importato.`,
    );
  };

  return {
    async fromUltimaInviata(posizioneId: string, annoMese: string, overwrite: boolean) {
      const ultima = await cassetto.call(endpoints.dmaUltimaInviata, { posizioneId });
      const read = readUltimaInviata(ultima.xml);
      await checkSameEnte(posizioneId, read.denuncia);
      const denuncia = carriedToMonth(read.denuncia, annoMese);
      denuncia.azienda.listaPosPA.tipo = 'ordinario';
      const made = await importDraft(store, posizioneId, { ...read, denuncia }, overwrite).catch(
        asContractError,
      );
      return { ...made, inviata: ultima.denuncia };
    },
    async importFile(posizioneId: string, contenutoBase64: string, overwrite: boolean) {
      let read;
      try {
        read = readDenunciaFile(Buffer.from(contenutoBase64, 'base64'));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ContractError('INVALID_INPUT', `Il file non è una ListaPosPA leggibile. ${message}`);
      }
      await checkSameEnte(posizioneId, read.denuncia);
      // Shared with the CLI's import: elements kept without being known come back as notices.
      return importDraft(store, posizioneId, read, overwrite).catch(asContractError);
    },
  };
}

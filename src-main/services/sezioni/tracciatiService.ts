import { ContractError } from '../../../shared/contract';
import type { BodyOf } from '../../../shared/inpsApi/endpoint';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import { receiptPdf } from '../export/receiptPdf';

/** The tracciati a posizione sent to INPS: the list, one's receipt, a new sending. */
export function createTracciatiService(cassetto: CassettoGateway) {
  const list = (posizioneId: string) => cassetto.call(endpoints.tracciati, { posizioneId });
  return {
    list,
    // From INPS's own list, not from the renderer: the receipt says what INPS recorded.
    async ricevutaPdf(posizioneId: string, protocollo: string) {
      const ricevute = await list(posizioneId);
      const ricevuta = ricevute.find((r) => r.protocollo === protocollo);
      if (!ricevuta) throw new ContractError('NOT_FOUND', `Nessun tracciato con protocollo ${protocollo}.`);
      return receiptPdf({
        title: 'Ricevuta di invio tracciato',
        posizioneId,
        protocollo: ricevuta.protocollo,
        data: ricevuta.dataRicezione,
        nomeFile: ricevuta.nomeFile,
        sha256: ricevuta.sha256,
        extra: [
          ['Dimensione', `${ricevuta.dimensione} byte`],
          ['Record', String(ricevuta.righe)],
          ['Esito', ricevuta.motivo ? `${ricevuta.esito} – ${ricevuta.motivo}` : ricevuta.esito],
        ],
      });
    },
    send: (posizioneId: string, tracciato: BodyOf<typeof endpoints.tracciatoSend>) =>
      cassetto.call(endpoints.tracciatoSend, { posizioneId }, tracciato),
  };
}

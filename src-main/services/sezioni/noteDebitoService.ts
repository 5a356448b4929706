import type { BodyOf } from '../../../shared/inpsApi/endpoint';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import { notaDebitoPdf } from './notaDebitoPdf';

/** The note di debito of a posizione: contesting one, and one as a PDF. */
export function createNoteDebitoService(cassetto: CassettoGateway) {
  return {
    contest: (posizioneId: string, contestazione: BodyOf<typeof endpoints.contestazioneCreate>) =>
      cassetto.call(endpoints.contestazioneCreate, { posizioneId }, contestazione),
    pdf: (posizioneId: string, notaId: string) => notaDebitoPdf(cassetto, posizioneId, notaId),
  };
}

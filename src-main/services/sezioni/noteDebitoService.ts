import { contestazioneSchema } from '../../../shared/domain/sezioni';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import { notaDebitoPdf } from './notaDebitoPdf';

const path = (posizioneId: string, rest: string) => `/v1/posizioni/${encodeURIComponent(posizioneId)}${rest}`;

/** The note di debito of a posizione: contesting one, and one as a PDF. */
export function createNoteDebitoService(cassetto: CassettoGateway) {
  return {
    contest: (posizioneId: string, contestazione: Record<string, unknown>) =>
      cassetto.post(path(posizioneId, '/contestazioni'), contestazione, contestazioneSchema),
    pdf: (posizioneId: string, notaId: string) => notaDebitoPdf(cassetto, posizioneId, notaId),
  };
}

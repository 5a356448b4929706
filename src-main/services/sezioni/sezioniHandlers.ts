import type { HandlersFor } from '../../../shared/contract';
import type { sezioniCalls } from '../../../shared/contract/calls/sezioniCalls';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import { ContractError } from '../../../shared/contract';
import { receiptPdf } from '../export/receiptPdf';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createSezioniService } from './sezioniService';
import { createSnapshotStore } from './snapshotStore';
import { notaDebitoPdf } from './notaDebitoPdf';

/** The Cassetto sections: consultation with snapshots, exports, fascicolo and management actions. */
export function sezioniHandlers({
  auth,
  cassetto,
  environment,
  userScope,
}: ServiceDeps): HandlersFor<typeof sezioniCalls, CallContext> {
  // One per user: the rows kept in memory go with the user, at logout or switch (userScope.ts).
  const sezioni = userScope.perUser('sezioni', (user) =>
    createSezioniService(
      cassetto,
      auth,
      createSnapshotStore(user.dir, { dataDir: environment.dataDir, codiceFiscale: user.codiceFiscale }),
    ),
  );
  return {
    'sezione.query': ({ posizioneId, sezione, ...request }) => sezioni.query(posizioneId, sezione, request),
    'sezione.export': ({ posizioneId, sezione, format, view }) =>
      sezioni.export(posizioneId, sezione, format, view),
    'fascicolo.print': ({ posizioneId }) => sezioni.fascicolo(posizioneId),
    'noteDebito.contest': ({ posizioneId, ...input }) =>
      cassetto.call(endpoints.contestazioneCreate, { posizioneId }, input),
    'noteDebito.pdf': ({ posizioneId, notaId }) => notaDebitoPdf(cassetto, posizioneId, notaId),
    'tracciati.list': ({ posizioneId }) => cassetto.call(endpoints.tracciati, { posizioneId }),
    // From INPS's own list, not from the renderer: the receipt says what INPS recorded.
    'tracciati.ricevutaPdf': async ({ posizioneId, protocollo }) => {
      const ricevute = await cassetto.call(endpoints.tracciati, { posizioneId });
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
    'tracciati.send': ({ posizioneId, ...input }) =>
      cassetto.call(endpoints.tracciatoSend, { posizioneId }, input),
  };
}

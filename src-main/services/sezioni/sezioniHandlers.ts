import type { HandlersFor } from '../../../shared/contract';
import type { sezioniCalls } from '../../../shared/contract/calls/sezioniCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createNoteDebitoService } from './noteDebitoService';
import { createSezioniService } from './sezioniService';
import { createSnapshotStore } from './snapshotStore';
import { createTracciatiService } from './tracciatiService';

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
  const noteDebito = createNoteDebitoService(cassetto);
  const tracciati = createTracciatiService(cassetto);
  return {
    'sezione.query': ({ posizioneId, sezione, ...request }, _context, signal) =>
      sezioni.query(posizioneId, sezione, request, signal),
    'sezione.export': ({ posizioneId, sezione, format, view }, _context, signal) =>
      sezioni.export(posizioneId, sezione, format, view, signal),
    'fascicolo.print': ({ posizioneId }, _context, signal) => sezioni.fascicolo(posizioneId, signal),
    'noteDebito.contest': ({ posizioneId, ...input }) => noteDebito.contest(posizioneId, input),
    'noteDebito.pdf': ({ posizioneId, notaId }) => noteDebito.pdf(posizioneId, notaId),
    'tracciati.list': ({ posizioneId }) => tracciati.list(posizioneId),
    'tracciati.ricevutaPdf': ({ posizioneId, protocollo }) => tracciati.ricevutaPdf(posizioneId, protocollo),
    'tracciati.send': ({ posizioneId, ...input }) => tracciati.send(posizioneId, input),
  };
}

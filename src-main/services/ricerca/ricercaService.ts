import { ContractError, type EventHub } from '../../../shared/contract';
import type { AnagraficaPosizione, PosizioneContributiva } from '../../../shared/domain/cassettoApi';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';

export interface RicercaService {
  list(): Promise<PosizioneContributiva[]>;
  select(id: string): Promise<AnagraficaPosizione>;
}

/**
 * The Ricerca: the posizioni in delega. A posizione can be opened only if the last Ricerca of
 * this session listed it — the app never asks the API for one it was not given (the API
 * refuses anyway).
 */
export function createRicercaService(gateway: CassettoGateway, events: EventHub): RicercaService {
  let known = new Set<string>();
  events.subscribe((name) => {
    if (name === 'auth.changed') known = new Set();
  });

  const list = async () => {
    const posizioni = await gateway.call(endpoints.ricerca, {});
    known = new Set(posizioni.map((posizione) => posizione.id));
    return posizioni;
  };

  return {
    list,
    async select(id) {
      if (known.size === 0) await list();
      if (!known.has(id)) {
        throw new ContractError(
          'NOT_FOUND',
          'La posizione non è tra quelle della Ricerca: aggiornare la Ricerca e sceglierla dall’elenco.',
        );
      }
      return gateway.call(endpoints.anagrafica, { posizioneId: id });
    },
  };
}

/** What a persona should find in the Ricerca, in API terms: for the app's tests. */
import type { RuoloPosizione } from '../../shared/domain/cassettoApi';
import { posizioneIdOf, seedPosizione } from './enti';
import { personaByKey } from './personae';
import type { PersonaKey } from './personae';

export interface ExpectedPosizione {
  id: string;
  codiceFiscaleEnte: string;
  progressivo: string;
  denominazione: string;
  ruolo: RuoloPosizione;
}

/** Sorted by id. Empty for the citizen without profile and for the level-1-only persona (refused). */
export function expectedRicerca(key: PersonaKey): ExpectedPosizione[] {
  return personaByKey(key)
    .ricercaAttesa.map(({ posizione, ruolo }) => {
      const seed = seedPosizione(posizione);
      return {
        id: posizioneIdOf(seed),
        codiceFiscaleEnte: seed.codiceFiscaleEnte,
        progressivo: seed.progressivo,
        denominazione: seed.denominazione,
        ruolo,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

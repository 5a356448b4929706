import { RUOLI_POSIZIONE, TIPI_ENTE, type AnagraficaPosizione } from './cassettoApi';
import { formatData } from '../text/formatIt';

interface AnagraficaField {
  key: string;
  /** As the fascicolo prints it; the screen has its own words in the catalogue (posizione.field.<key>). */
  label: string;
  text: (posizione: AnagraficaPosizione) => string;
}

/**
 * The anagrafica of a posizione, in order, each field as text: what the Anagrafica screen shows
 * and the fascicolo prints, so the two cannot drift. The denominazione is not here: both show it
 * above the fields, as the heading and the title.
 */
export const ANAGRAFICA_FIELDS = [
  { key: 'codiceFiscaleEnte', label: 'Codice fiscale ente', text: (p) => p.codiceFiscaleEnte },
  { key: 'progressivo', label: 'Progressivo', text: (p) => p.progressivo },
  { key: 'tipoEnte', label: 'Tipo ente', text: (p) => TIPI_ENTE.labels[p.tipoEnte] },
  { key: 'comparto', label: 'Comparto', text: (p) => p.comparto },
  { key: 'codiceIpa', label: 'Codice IPA', text: (p) => p.codiceIpa },
  { key: 'sedeInps', label: 'Sede INPS', text: (p) => p.sedeInps },
  {
    key: 'indirizzo',
    label: 'Indirizzo',
    text: (p) => `${p.indirizzo}, ${p.cap} ${p.comune} (${p.provincia})`,
  },
  { key: 'pec', label: 'PEC', text: (p) => p.pec },
  { key: 'legaleRappresentante', label: 'Legale rappresentante', text: (p) => p.legaleRappresentante },
  { key: 'gestioni', label: 'Gestioni', text: (p) => p.gestioni.join(', ') },
  { key: 'dataIscrizione', label: 'Data iscrizione', text: (p) => formatData(p.dataIscrizione) },
  { key: 'stato', label: 'Stato', text: (p) => p.stato },
  { key: 'ruolo', label: 'Titolo di accesso', text: (p) => RUOLI_POSIZIONE.labels[p.ruolo] },
] as const satisfies readonly AnagraficaField[];

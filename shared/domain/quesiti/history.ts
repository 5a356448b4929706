/** The history search of circ. 34/2023 §3.1: matricola, oggetto, stato, two date ranges. */
import type { QuesitoSummary, StatoQuesito } from './quesito';

export interface QuesitiFilter {
  /** The posizione (matricola) or part of its ente's name. */
  matricola?: string;
  oggetto?: string;
  stato?: StatoQuesito;
  /** ISO dates (yyyy-mm-dd), inclusive. */
  aperturaDal?: string;
  aperturaAl?: string;
  aggiornamentoDal?: string;
  aggiornamentoAl?: string;
}

const day = (iso: string) => iso.slice(0, 10);

function inRange(iso: string, from?: string, to?: string): boolean {
  const d = day(iso);
  return (!from || d >= from) && (!to || d <= to);
}

export function filterQuesiti(list: readonly QuesitoSummary[], filter: QuesitiFilter): QuesitoSummary[] {
  const matricola = filter.matricola?.trim().toLowerCase() ?? '';
  return list.filter(
    (q) =>
      (matricola === '' ||
        q.posizioneId.toLowerCase().includes(matricola) ||
        q.denominazione.toLowerCase().includes(matricola)) &&
      (!filter.oggetto || q.oggetto === filter.oggetto) &&
      (!filter.stato || q.stato === filter.stato) &&
      inRange(q.dataApertura, filter.aperturaDal, filter.aperturaAl) &&
      inRange(q.dataAggiornamento, filter.aggiornamentoDal, filter.aggiornamentoAl),
  );
}

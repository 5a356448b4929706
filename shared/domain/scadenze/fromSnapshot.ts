/** The deadlines of a posizione from what the Cruscotto collected of it (posizioneSnapshot.ts). */
import type { PosizioneSnapshot } from '../cruscotto/posizioneSnapshot';
import { formatData, formatImporto, formatMese } from '../../text/formatIt';
import { DEFAULT_SOGLIA_GIORNI_LAVORATIVI } from '../quesiti/agenda';
import { nextMonth } from './calendar';
import {
  scadenzaAgenda,
  scadenzaContestazione,
  scadenzaDelega,
  scadenzaF24EP,
  scadenzaListaPosPA,
  scadenzaRata,
  type DueDate,
} from './rules';
import type { Fonte, Scadenza, ScadenzaKind } from './scadenza';
import {
  FONTE_AGENDA,
  FONTE_CONTESTAZIONE,
  FONTE_DELEGA,
  FONTE_F24EP,
  FONTE_LISTAPOSPA,
  FONTE_RATA,
  FONTE_SPOSTAMENTO,
} from './sources';

const euro = (importo: string) => `${formatImporto(importo)} €`;

/** The month before `mese` (yyyy-mm). */
function previousMonth(mese: string): string {
  const [year = 0, month = 1] = mese.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * Every deadline of one posizione, oldest first; `oggi` is the Italian calendar day. A posizione
 * never read has no facts, so no deadlines (the screen says it is still loading or failed).
 */
export function scadenzeDellaPosizione(snapshot: PosizioneSnapshot, oggi: string): Scadenza[] {
  if (snapshot.aggiornatoAl === null) return [];
  const { id: posizioneId, denominazione } = snapshot.posizione;
  const result: Scadenza[] = [];
  const add = (kind: ScadenzaKind, ref: string, due: DueDate, titolo: string, dati: string, fonte: Fonte) =>
    result.push({
      id: `${kind}:${posizioneId}:${ref}`,
      kind,
      posizioneId,
      denominazione,
      ...due,
      titolo,
      dati,
      fonte,
      fonteSpostamento: due.spostataPer === null ? null : FONTE_SPOSTAMENTO,
    });

  // ListaPosPA: each month of the last 12 the INPS has no denuncia for, and the current month.
  const meseCorrente = oggi.slice(0, 7);
  const daInviare = new Set(snapshot.mesiSenzaDenuncia);
  if ((snapshot.ultimaListaPosPA?.competenza ?? '') < meseCorrente) daInviare.add(meseCorrente);
  for (const mese of daInviare) {
    add(
      'listapospa',
      mese,
      scadenzaListaPosPA(mese),
      `Invio ListaPosPA di competenza ${formatMese(mese)}`,
      mese === meseCorrente
        ? `Mese in corso: nessuna denuncia di ${formatMese(mese)} ancora registrata dall’INPS.`
        : `Nessuna denuncia registrata dall’INPS per ${formatMese(mese)}.`,
      FONTE_LISTAPOSPA,
    );
  }

  // F24 EP: the payment due this month (last month's contributions) and next month's, unless
  // the INPS already has a versamento of that competenza.
  const versati = new Set(snapshot.mesiVersati);
  for (const mese of [previousMonth(meseCorrente), meseCorrente]) {
    if (versati.has(mese)) continue;
    add(
      'f24ep',
      mese,
      scadenzaF24EP(mese),
      `Versamento F24 EP dei contributi di ${formatMese(mese)}`,
      `Scadenza mensile per la competenza ${formatMese(mese)} (da versare nel mese di ${formatMese(nextMonth(mese))}); l’INPS non ha ancora un versamento di questa competenza.`,
      FONTE_F24EP,
    );
  }

  for (const nota of snapshot.noteDebito) {
    if (nota.stato !== 'open' || !nota.contestabile) continue;
    add(
      'contestazione',
      nota.id,
      scadenzaContestazione(nota.dataNotifica),
      `Contestazione della nota di debito n. ${nota.numero}`,
      `Nota di debito n. ${nota.numero} di ${euro(nota.importo)}, notificata (emessa) il ${formatData(nota.dataNotifica)}, ancora aperta.`,
      FONTE_CONTESTAZIONE,
    );
  }

  // Of each piano, the rate owed already and the next one: a piano of 120 rate would otherwise
  // fill the list for ten years ahead. The one after appears once this is paid (the Cassetto's
  // own "prossima scadenza").
  for (const piano of snapshot.pianiAmmortamento) {
    const prossima = piano.rate.find((rata) => !rata.pagata && rata.scadenza >= oggi);
    for (const rata of piano.rate) {
      if (rata.pagata || (rata.scadenza >= oggi && rata !== prossima)) continue;
      add(
        'rata',
        `${piano.id}:${rata.numero}`,
        scadenzaRata(rata.scadenza),
        `Rata ${rata.numero} del piano di ammortamento n. ${piano.numeroPiano}`,
        `Piano n. ${piano.numeroPiano}: rata ${rata.numero} di ${euro(rata.importo)} non pagata, scadenza indicata dall’INPS ${formatData(rata.scadenza)}.`,
        FONTE_RATA,
      );
    }
  }

  for (const delega of snapshot.deleghe) {
    if (delega.stato !== 'attiva') continue;
    add(
      'delega',
      delega.numeroRichiesta,
      scadenzaDelega(delega.scadenza),
      `Fine della delega n. ${delega.numeroRichiesta}`,
      `Delega attiva n. ${delega.numeroRichiesta}, valida fino al ${formatData(delega.scadenza)}.`,
      FONTE_DELEGA,
    );
  }

  for (const quesito of snapshot.quesitiInAttesa) {
    const soglia = quesito.sogliaGiorni ?? DEFAULT_SOGLIA_GIORNI_LAVORATIVI;
    add(
      'agenda',
      quesito.id,
      scadenzaAgenda(quesito.dataInvio, soglia),
      `Agenda appuntamenti per il quesito prot. ${quesito.protocollo}`,
      `Quesito prot. ${quesito.protocollo} inviato il ${formatData(quesito.dataInvio)}, senza risposta; soglia ${soglia} giorni lavorativi${quesito.sogliaGiorni === null ? ' (valore predefinito)' : ''}.`,
      FONTE_AGENDA,
    );
  }

  return result.sort((a, b) => a.data.localeCompare(b.data) || a.id.localeCompare(b.id));
}

/** Every deadline of every posizione collected, oldest first. */
export function scadenzeDi(snapshots: readonly PosizioneSnapshot[], oggi: string): Scadenza[] {
  return snapshots
    .flatMap((snapshot) => scadenzeDellaPosizione(snapshot, oggi))
    .sort((a, b) => a.data.localeCompare(b.data) || a.id.localeCompare(b.id));
}

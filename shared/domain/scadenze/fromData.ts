/** The deadlines of a posizione from what the Cassetto, the deleghe and the quesiti say of it. */
import type { Delega } from '../delega/delegaState';
import { formatDataIt } from '../delega/delegaDates';
import type { QuesitoSummary } from '../quesiti/quesito';
import type { Denuncia, NotaDiDebito, PianoAmmortamento, Versamento } from '../sezioni/schemas';
import {
  FONTE_AGENDA,
  FONTE_CONTESTAZIONE,
  FONTE_DELEGA,
  FONTE_F24EP,
  FONTE_LISTAPOSPA,
  FONTE_RATA,
  FONTE_SPOSTAMENTO,
} from './sources';
import type { Fonte, Scadenza, ScadenzaKind } from './scadenza';
import {
  scadenzaAgenda,
  scadenzaContestazione,
  scadenzaDelega,
  scadenzaF24EP,
  scadenzaListaPosPA,
  scadenzaRata,
  type DueDate,
} from './rules';

export interface DatiPosizione {
  posizioneId: string;
  denominazione: string;
  denunce: ReadonlyArray<Pick<Denuncia, 'mese' | 'tipo' | 'esito'>>;
  versamenti: ReadonlyArray<Pick<Versamento, 'periodo' | 'canale'>>;
  noteDebito: ReadonlyArray<Pick<NotaDiDebito, 'id' | 'numero' | 'tipo' | 'dataEmissione' | 'stato'>>;
  piani: ReadonlyArray<Pick<PianoAmmortamento, 'id' | 'numeroPiano' | 'codiceFiscaleLavoratore' | 'rate'>>;
  deleghe: ReadonlyArray<Pick<Delega, 'numeroRichiesta' | 'stato' | 'dataFine'>>;
  quesiti: ReadonlyArray<
    Pick<QuesitoSummary, 'id' | 'protocollo' | 'oggettoLabel' | 'stato' | 'dataApertura' | 'sogliaGiorni'>
  >;
}

/** How many months back the monthly obligations are looked for (and the current one). */
export const MESI_CONTROLLATI = 12;

const meseIt = (mese: string) => `${mese.slice(5, 7)}/${mese.slice(0, 4)}`;

/** The competenze from MESI_CONTROLLATI months before `oggi` to the month of `oggi`. */
export function competenzeControllate(oggi: string): string[] {
  const year = Number(oggi.slice(0, 4));
  const month = Number(oggi.slice(5, 7));
  const result: string[] = [];
  for (let back = MESI_CONTROLLATI; back >= 0; back -= 1) {
    const index = year * 12 + (month - 1) - back;
    result.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return result;
}

const ACQUISITA: ReadonlySet<string> = new Set(['acquisita', 'acquisita con errori']);

/** Every deadline of one posizione, oldest first. `oggi` is the Italian calendar day. */
export function scadenzeDellaPosizione(dati: DatiPosizione, oggi: string): Scadenza[] {
  const { posizioneId, denominazione } = dati;
  const make = (
    kind: ScadenzaKind,
    ref: string,
    due: DueDate,
    titolo: string,
    testoDati: string,
    fonte: Fonte,
  ): Scadenza => ({
    id: `${kind}:${posizioneId}:${ref}`,
    kind,
    posizioneId,
    denominazione,
    ...due,
    titolo,
    dati: testoDati,
    fonte,
    fonteSpostamento: due.spostataPer === null ? null : FONTE_SPOSTAMENTO,
  });
  const result: Scadenza[] = [];

  const inviate = new Set(
    dati.denunce.filter((d) => d.tipo === 'ordinario' && ACQUISITA.has(d.esito)).map((d) => d.mese),
  );
  const versate = new Set(dati.versamenti.map((v) => v.periodo));
  for (const mese of competenzeControllate(oggi)) {
    if (!inviate.has(mese)) {
      result.push(
        make(
          'listapospa',
          mese,
          scadenzaListaPosPA(mese),
          `Invio ListaPosPA di competenza ${meseIt(mese)}`,
          `Nessuna denuncia ordinaria acquisita dall’INPS per ${meseIt(mese)}.`,
          FONTE_LISTAPOSPA,
        ),
      );
    }
    if (!versate.has(mese)) {
      result.push(
        make(
          'f24ep',
          mese,
          scadenzaF24EP(mese),
          `Versamento F24 EP dei contributi di ${meseIt(mese)}`,
          `Nessun versamento con periodo ${meseIt(mese)} tra i versamenti del Cassetto.`,
          FONTE_F24EP,
        ),
      );
    }
  }

  for (const nota of dati.noteDebito) {
    if (nota.tipo !== 'regolarizzazione contributiva' || nota.stato !== 'notificata') continue;
    result.push(
      make(
        'contestazione',
        nota.id,
        scadenzaContestazione(nota.dataEmissione),
        `Contestazione della nota di debito n. ${nota.numero}`,
        `Nota di debito n. ${nota.numero} emessa il ${formatDataIt(nota.dataEmissione)}, ancora notificata.`,
        FONTE_CONTESTAZIONE,
      ),
    );
  }

  for (const piano of dati.piani) {
    for (const rata of piano.rate) {
      if (rata.stato !== 'da pagare' && rata.stato !== 'scaduta') continue;
      result.push(
        make(
          'rata',
          `${piano.id}:${rata.numero}`,
          scadenzaRata(rata.scadenza),
          `Rata ${rata.numero} del piano di ammortamento n. ${piano.numeroPiano}`,
          `Piano n. ${piano.numeroPiano} (lavoratore ${piano.codiceFiscaleLavoratore}): rata ${rata.numero} di ${rata.importo.replace('.', ',')} €, ${rata.stato}, scadenza INPS ${formatDataIt(rata.scadenza)}.`,
          FONTE_RATA,
        ),
      );
    }
  }

  for (const delega of dati.deleghe) {
    if (delega.stato !== 'attiva') continue;
    result.push(
      make(
        'delega',
        delega.numeroRichiesta,
        scadenzaDelega(delega.dataFine),
        `Fine della delega n. ${delega.numeroRichiesta}`,
        `Delega attiva n. ${delega.numeroRichiesta}, valida fino al ${formatDataIt(delega.dataFine.slice(0, 10))}.`,
        FONTE_DELEGA,
      ),
    );
  }

  for (const quesito of dati.quesiti) {
    if (quesito.stato === 'chiusa') continue;
    result.push(
      make(
        'agenda',
        quesito.id,
        scadenzaAgenda(quesito.dataApertura, quesito.sogliaGiorni),
        `Agenda appuntamenti per il quesito prot. ${quesito.protocollo}`,
        `Quesito «${quesito.oggettoLabel}» aperto il ${formatDataIt(quesito.dataApertura.slice(0, 10))}, senza risposta; soglia ${quesito.sogliaGiorni} giorni lavorativi.`,
        FONTE_AGENDA,
      ),
    );
  }

  return result.sort((a, b) => a.data.localeCompare(b.data) || a.id.localeCompare(b.id));
}

/**
 * From the Cassetto's own rows to the facts of one Cruscotto row (posizioneSnapshot.ts): which
 * rows count as open, which months have no denuncia. Pure, so the rules are tested on worked
 * rows and the Scadenzario can rely on the same reading.
 */
import type { Delega } from '../delega/delegaState';
import { termineContestazione } from '../sezioni/contestazione';
import type { QuesitoSummary } from '../quesiti/quesito';
import type {
  Denuncia,
  NotaDiDebito,
  NotaDiDebitoEca,
  PianoAmmortamento,
  Versamento,
} from '../sezioni/schemas';
import type {
  PosizioneSnapshot,
  SnapshotNotaDebito,
  SnapshotPosizione,
  StatoNotaCruscotto,
  UltimaListaPosPA,
} from './posizioneSnapshot';

export interface CollectedRows {
  posizione: SnapshotPosizione;
  denunce: readonly Denuncia[];
  noteDebito: readonly NotaDiDebito[];
  noteDebitoEca: readonly NotaDiDebitoEca[];
  piani: readonly PianoAmmortamento[];
  versamenti: readonly Versamento[];
  /** Every delega the user holds (all posizioni): the ones of this posizione are picked here. */
  deleghe: readonly Delega[];
  /** Every quesito of the user (all posizioni). */
  quesiti: readonly QuesitoSummary[];
  /** Competenze (AAAA-MM) of the local drafts of this posizione not yet sent. */
  bozzeNonInviate: readonly string[];
  /** Today in Italy, AAAA-MM-GG. */
  oggi: string;
  /** When the rows were read (ISO instant). */
  aggiornatoAl: string;
}

/** Esiti that mean no denuncia stands for the month: a rejected or cancelled one is not one. */
const NON_VALIDE: ReadonlySet<Denuncia['esito']> = new Set(['scartata', 'annullata']);

const STATO_NOTA: Readonly<Record<NotaDiDebito['stato'], StatoNotaCruscotto | null>> = {
  notificata: 'open',
  contestata: 'contested',
  pagata: 'paid',
  annullata: null,
};

const ECA_APERTE: ReadonlySet<NotaDiDebitoEca['stato']> = new Set(['avviso bonario', 'a recupero']);

/** The latest ListaPosPA recorded, by date of invio and, on the same day, by competenza. */
export function ultimaListaPosPA(denunce: readonly Denuncia[]): UltimaListaPosPA | null {
  let latest: Denuncia | undefined;
  for (const denuncia of denunce) {
    if (
      !latest ||
      denuncia.dataInvio > latest.dataInvio ||
      (denuncia.dataInvio === latest.dataInvio && denuncia.mese > latest.mese)
    )
      latest = denuncia;
  }
  return latest ? { competenza: latest.mese, esito: latest.esito, dataInvio: latest.dataInvio } : null;
}

/** The twelve months before the month of `oggi`, oldest first (AAAA-MM). */
export function ultimiDodiciMesi(oggi: string): string[] {
  const year = Number(oggi.slice(0, 4));
  const month = Number(oggi.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) - (12 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * Months of the last twelve with no denuncia standing. The month just ended counts too: whether
 * its term has passed is for the Scadenzario to say.
 */
export function mesiSenzaDenuncia(denunce: readonly Denuncia[], oggi: string): string[] {
  const covered = new Set(denunce.filter((d) => !NON_VALIDE.has(d.esito)).map((d) => d.mese));
  return ultimiDodiciMesi(oggi).filter((mese) => !covered.has(mese));
}

/**
 * Competenze of the last twelve months (and the current one) with a versamento recorded, by any
 * channel (F24 EP, or F24 and Banca d'Italia for the administrations that pay that way): the
 * Scadenzario does not ask for contributions the INPS already has.
 */
export function mesiVersati(versamenti: readonly Versamento[], oggi: string): string[] {
  const mesi = new Set([...ultimiDodiciMesi(oggi), oggi.slice(0, 7)]);
  return [...new Set(versamenti.filter((v) => mesi.has(v.periodo)).map((v) => v.periodo))].sort();
}

function noteDebito(rows: readonly NotaDiDebito[]): SnapshotNotaDebito[] {
  const result: SnapshotNotaDebito[] = [];
  for (const nota of rows) {
    const stato = STATO_NOTA[nota.stato];
    if (stato === null) continue;
    result.push({
      id: nota.id,
      numero: nota.numero,
      dataNotifica: nota.dataEmissione,
      importo: nota.importo,
      stato,
      contestabile: nota.contestabile,
    });
  }
  return result;
}

/** A delega ends on its last day; the Cassetto may send an instant, the day is what counts. */
const dayOf = (value: string) => value.slice(0, 10);

export function collectSnapshot(rows: CollectedRows): PosizioneSnapshot {
  const id = rows.posizione.id;
  return {
    posizione: rows.posizione,
    aggiornatoAl: rows.aggiornatoAl,
    errore: null,
    ultimaListaPosPA: ultimaListaPosPA(rows.denunce),
    bozzeNonInviate: [...rows.bozzeNonInviate].sort(),
    mesiSenzaDenuncia: mesiSenzaDenuncia(rows.denunce, rows.oggi),
    mesiVersati: mesiVersati(rows.versamenti, rows.oggi),
    noteDebito: noteDebito(rows.noteDebito),
    ecaAperte: rows.noteDebitoEca
      .filter((eca) => ECA_APERTE.has(eca.stato))
      .map((eca) => ({
        id: eca.id,
        numero: eca.numero,
        competenza: eca.periodo,
        importo: eca.importo,
        scadenza: eca.scadenza,
      })),
    // An extinguished piano has nothing left to pay; a rejected rata is not owed.
    pianiAmmortamento: rows.piani
      .filter((piano) => piano.stato !== 'ESTINTO')
      .map((piano) => ({
        id: piano.id,
        numeroPiano: piano.numeroPiano,
        rate: piano.rate
          .filter((rata) => rata.stato !== 'scartata')
          .map((rata) => ({
            numero: rata.numero,
            scadenza: rata.scadenza,
            importo: rata.importo,
            pagata: rata.stato === 'pagata',
          })),
      })),
    deleghe: rows.deleghe
      .filter((delega) => delega.posizioneId === id && delega.stato === 'attiva')
      .map((delega) => ({
        numeroRichiesta: delega.numeroRichiesta,
        stato: delega.stato,
        scadenza: dayOf(delega.dataFine),
      })),
    quesitiInAttesa: rows.quesiti
      .filter((quesito) => quesito.posizioneId === id && quesito.stato !== 'chiusa')
      .map((quesito) => ({
        id: quesito.id,
        protocollo: quesito.protocollo,
        dataInvio: quesito.dataApertura,
        sogliaGiorni: quesito.sogliaGiorni,
      })),
  };
}

/** What the Cruscotto counts as badges: the items that ask for the user's attention. */
export interface CruscottoCounts {
  bozze: number;
  mesiSenzaDenuncia: number;
  noteAperte: number;
  /** Days left to contest the open nota closest to its term; null when none can be contested. */
  giorniPerContestare: number | null;
  ecaAperte: number;
  /** Unpaid rate whose day has passed: owed now, apart from what falls due next. */
  rateScadute: number;
  /** Unpaid rate falling due from today to GIORNI_RATA_IN_SCADENZA days ahead. */
  rateInScadenza: number;
  delegheInScadenza: number;
  quesitiInAttesa: number;
}

/** Days a delega counts as expiring (issue 15: "within 60 days"). */
export const GIORNI_DELEGA_IN_SCADENZA = 60;
/** Days ahead a rata counts as falling due. */
export const GIORNI_RATA_IN_SCADENZA = 30;

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function giorniPerContestare(snapshot: PosizioneSnapshot, oggi: string): number | null {
  let least: number | null = null;
  for (const nota of snapshot.noteDebito) {
    if (nota.stato !== 'open' || !nota.contestabile) continue;
    const left = daysBetween(oggi, termineContestazione(nota.dataNotifica));
    if (left >= 0 && (least === null || left < least)) least = left;
  }
  return least;
}

const rateUnpaid = (snapshot: PosizioneSnapshot, due: (scadenza: string) => boolean) =>
  snapshot.pianiAmmortamento.reduce(
    (sum, piano) => sum + piano.rate.filter((rata) => !rata.pagata && due(rata.scadenza)).length,
    0,
  );

export function countsOf(snapshot: PosizioneSnapshot, oggi: string): CruscottoCounts {
  const limiteDeleghe = addDays(oggi, GIORNI_DELEGA_IN_SCADENZA);
  const limiteRate = addDays(oggi, GIORNI_RATA_IN_SCADENZA);
  return {
    bozze: snapshot.bozzeNonInviate.length,
    mesiSenzaDenuncia: snapshot.mesiSenzaDenuncia.length,
    noteAperte: snapshot.noteDebito.filter((nota) => nota.stato === 'open').length,
    giorniPerContestare: giorniPerContestare(snapshot, oggi),
    ecaAperte: snapshot.ecaAperte.length,
    rateScadute: rateUnpaid(snapshot, (scadenza) => scadenza < oggi),
    rateInScadenza: rateUnpaid(snapshot, (scadenza) => scadenza >= oggi && scadenza <= limiteRate),
    delegheInScadenza: snapshot.deleghe.filter((d) => d.scadenza >= oggi && d.scadenza <= limiteDeleghe)
      .length,
    quesitiInAttesa: snapshot.quesitiInAttesa.length,
  };
}

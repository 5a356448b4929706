/**
 * What the Cruscotto collects for one posizione (issue 15): the facts, not the deadlines. The
 * Scadenzario computes its deadlines from these same rows, so this shape is the seam between the
 * two and changes only by adding optional fields. A schema rather than a bare type because the
 * contract checks what crosses it and the cache is read back from disk.
 */
import { z } from 'zod';
import '../../zod/italian';
import { RUOLI_POSIZIONE } from '../cassettoApi';
import { dataSchema as data, importoSchema as importo, meseSchema as mese } from '../wireFormats';

export const snapshotPosizioneSchema = z.object({
  id: z.string(),
  codiceFiscaleEnte: z.string(),
  denominazione: z.string(),
  ruolo: z.enum(RUOLI_POSIZIONE.codes),
});
export type SnapshotPosizione = z.infer<typeof snapshotPosizioneSchema>;

/** The last ListaPosPA the INPS recorded for the posizione (by date of invio). */
export const ultimaListaPosPASchema = z.object({
  /** Month of competenza, AAAA-MM. */
  competenza: mese,
  esito: z.string(),
  dataInvio: data,
});
export type UltimaListaPosPA = z.infer<typeof ultimaListaPosPASchema>;

export const STATI_NOTA_CRUSCOTTO = ['open', 'contested', 'paid'] as const;
export type StatoNotaCruscotto = (typeof STATI_NOTA_CRUSCOTTO)[number];

export const snapshotNotaDebitoSchema = z.object({
  id: z.string(),
  numero: z.string(),
  /** The Cassetto shows no notifica date: the date of emissione stands for it (contestazione.ts). */
  dataNotifica: data,
  importo,
  stato: z.enum(STATI_NOTA_CRUSCOTTO),
  /** A regolarizzazione the INPS still accepts a contestazione of (the API's own flag). */
  contestabile: z.boolean(),
});
export type SnapshotNotaDebito = z.infer<typeof snapshotNotaDebitoSchema>;

/** An ECA nota not yet settled (avviso bonario or a recupero). */
export const snapshotEcaSchema = z.object({
  id: z.string(),
  numero: z.string(),
  competenza: mese,
  importo,
  scadenza: data,
});
export type SnapshotEca = z.infer<typeof snapshotEcaSchema>;

export const snapshotRataSchema = z.object({
  numero: z.number().int(),
  scadenza: data,
  importo,
  pagata: z.boolean(),
});
export type SnapshotRata = z.infer<typeof snapshotRataSchema>;

export const snapshotPianoSchema = z.object({
  id: z.string(),
  numeroPiano: z.string(),
  rate: z.array(snapshotRataSchema),
});
export type SnapshotPiano = z.infer<typeof snapshotPianoSchema>;

/** A delega of this posizione held by the user (as intermediario) that has not ended. */
export const snapshotDelegaSchema = z.object({
  numeroRichiesta: z.string(),
  stato: z.string(),
  /** Last day of validity, AAAA-MM-GG. */
  scadenza: data,
});
export type SnapshotDelega = z.infer<typeof snapshotDelegaSchema>;

/** A quesito of the user for this posizione still waiting for an answer. */
export const snapshotQuesitoSchema = z.object({
  id: z.string(),
  protocollo: z.string(),
  /** When it was sent (ISO instant). */
  dataInvio: z.string(),
  /** The office's threshold in working days, after which the Agenda opens (agenda.ts). */
  sogliaGiorni: z.number().int().positive().nullable(),
});
export type SnapshotQuesito = z.infer<typeof snapshotQuesitoSchema>;

export const posizioneSnapshotSchema = z.object({
  posizione: snapshotPosizioneSchema,
  /** When these facts were read from the INPS (ISO instant); null until a first read succeeds. */
  aggiornatoAl: z.string().nullable(),
  /** Why the last read failed, in Italian; the facts of the read before, if any, are kept. */
  errore: z.string().nullable(),
  ultimaListaPosPA: ultimaListaPosPASchema.nullable(),
  /** Competenze (AAAA-MM) of local drafts not yet sent. */
  bozzeNonInviate: z.array(mese),
  /** Months of the last 12 (before the current one) with no denuncia recorded, oldest first. */
  mesiSenzaDenuncia: z.array(mese),
  /** Competenze of the last 12 months with a versamento recorded (a cache from before has none). */
  mesiVersati: z.array(mese).default([]),
  noteDebito: z.array(snapshotNotaDebitoSchema),
  ecaAperte: z.array(snapshotEcaSchema),
  pianiAmmortamento: z.array(snapshotPianoSchema),
  deleghe: z.array(snapshotDelegaSchema),
  quesitiInAttesa: z.array(snapshotQuesitoSchema),
});
export type PosizioneSnapshot = z.infer<typeof posizioneSnapshotSchema>;

/** The snapshot of a posizione never read yet: its row, no facts, no error. */
export function emptySnapshot(posizione: SnapshotPosizione): PosizioneSnapshot {
  return {
    posizione,
    aggiornatoAl: null,
    errore: null,
    ultimaListaPosPA: null,
    bozzeNonInviate: [],
    mesiSenzaDenuncia: [],
    mesiVersati: [],
    noteDebito: [],
    ecaAperte: [],
    pianiAmmortamento: [],
    deleghe: [],
    quesitiInAttesa: [],
  };
}

/** The whole Cruscotto of a user: one snapshot per posizione of the Ricerca, and the load under way. */
export const cruscottoSchema = z.object({
  righe: z.array(posizioneSnapshotSchema),
  /** Set while a background load is running: how many posizioni are done out of how many. */
  caricamento: z.object({ completate: z.number().int(), totale: z.number().int() }).nullable(),
  /** Why the last load could not even list the posizioni (the Ricerca failed); rows stay as kept. */
  errore: z.string().optional(),
});
export type Cruscotto = z.infer<typeof cruscottoSchema>;

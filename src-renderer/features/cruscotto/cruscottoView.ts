/** Filter and sort of the Cruscotto's rows: pure, so the screen only renders. */
import { countsOf, type CruscottoCounts } from '../../../shared/domain/cruscotto/collect';
import type { PosizioneSnapshot } from '../../../shared/domain/cruscotto/posizioneSnapshot';

export const MOSTRA = ['tutte', 'da-fare', 'errori'] as const;
export type Mostra = (typeof MOSTRA)[number];
export const ORDINI = ['urgenza', 'denominazione', 'note', 'mesi', 'aggiornamento'] as const;
export type Ordine = (typeof ORDINI)[number];

export interface CruscottoRow {
  snapshot: PosizioneSnapshot;
  counts: CruscottoCounts;
  /** Every item that asks for attention, the days to contest aside. */
  totale: number;
}

export interface CruscottoView {
  testo: string;
  mostra: Mostra;
  ordine: Ordine;
}

/** At most this much of the search text is used: what a person types, not a paste of a book. */
const MAX_TESTO = 100;

const totalOf = (counts: CruscottoCounts) =>
  counts.bozze +
  counts.mesiSenzaDenuncia +
  counts.noteAperte +
  counts.ecaAperte +
  counts.rateScadute +
  counts.rateInScadenza +
  counts.delegheInScadenza +
  counts.quesitiInAttesa;

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

const byOrdine: Record<Ordine, (a: CruscottoRow, b: CruscottoRow) => number> = {
  urgenza: (a, b) => b.totale - a.totale,
  denominazione: () => 0,
  note: (a, b) => b.counts.noteAperte - a.counts.noteAperte,
  mesi: (a, b) => b.counts.mesiSenzaDenuncia - a.counts.mesiSenzaDenuncia,
  // Never read comes first: it is the least recent of all.
  aggiornamento: (a, b) => (a.snapshot.aggiornatoAl ?? '').localeCompare(b.snapshot.aggiornatoAl ?? ''),
};

export function cruscottoRows(
  righe: readonly PosizioneSnapshot[],
  view: CruscottoView,
  oggi: string,
): CruscottoRow[] {
  const needle = view.testo.trim().slice(0, MAX_TESTO).toLocaleLowerCase('it');
  const rows = righe
    .filter(
      (r) =>
        !needle ||
        r.posizione.denominazione.toLocaleLowerCase('it').includes(needle) ||
        r.posizione.id.includes(needle),
    )
    .map((snapshot) => {
      const counts = countsOf(snapshot, oggi);
      return { snapshot, counts, totale: totalOf(counts) };
    })
    .filter((row) =>
      view.mostra === 'da-fare'
        ? row.totale > 0
        : view.mostra === 'errori'
          ? row.snapshot.errore !== null
          : true,
    );
  // Ties fall back on the name, so the order is stable between two refreshes.
  return rows.sort(
    (a, b) =>
      byOrdine[view.ordine](a, b) ||
      collator.compare(a.snapshot.posizione.denominazione, b.snapshot.posizione.denominazione),
  );
}

/** The oldest "aggiornato al" of the rows read at least once: what the whole table is as of. */
export function aggiornatoAl(righe: readonly PosizioneSnapshot[]): string | null {
  let oldest: string | null = null;
  for (const r of righe) if (r.aggiornatoAl && (!oldest || r.aggiornatoAl < oldest)) oldest = r.aggiornatoAl;
  return oldest;
}

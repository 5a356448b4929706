/**
 * The consultation sections of every seeded posizione, five years up to the month before the
 * sandbox's today, made by a seeded PRNG so the same posizione always shows the same rows on
 * any day, only moved in time (`frame.ts`; tests and screenshots can rely on them).
 *
 * What is public and what is assumed:
 * - Versamenti [INPS, AdE ris. 98/E/2010]: F24 EP for enti bound to it, ordinary F24 ("Altri
 *   enti previdenziali") for schools, Banca d'Italia (Tesoreria) for State administrations;
 *   due on the 16th of the month after the pay month. Causali by gestione [3P + INFER]: P101
 *   pensione (CPDEL, CPS, CPI, CTPS), P708 TFS/TFR, P909 Fondo credito. Amounts [INFER].
 * - Note di rettifica [INPS msgs 4025/2017, 2111/2019]: one per gestione recomputed, paid with
 *   causale Px69; states and texts [INFER].
 * - Piani di ammortamento [3P, INPS msg 3912/2022]: TipoPiano 11 riscatto, 12 ricongiunzione,
 *   13 riscatto TFS; states ESTINTO / IN CORSO REGOLARE / IN CORSO NON REGOLARE; monthly
 *   installments; amounts [INFER].
 * - DMA [INPS msg 6213/2013]: one ordinary flow per month, some variazioni; error codes and
 *   texts are invented in the style of the INPS diagnostics [INFER]: the real list is not public.
 * - Note di debito [INPS msg 1779/2019]: 90 days to pay or contest; one or more workers each.
 * - Note di debito ECA [INPS msgs 7100/2015, 2976/2018]: declared vs paid per period; the
 *   difference is due by the avviso bonario [INFER: 30-day term].
 */
import type {
  Denuncia,
  NotaDiDebito,
  NotaDiDebitoEca,
  NotaDiRettifica,
  PianoAmmortamento,
  Rata,
  Versamento,
} from '../../shared/domain/sezioni';
import { GIORNI_CONTESTAZIONE } from '../../shared/domain/sezioni/contestazione';
import { fromCents, toCents } from '../../shared/domain/sezioni/money';
import { ENTI, POSIZIONI, posizioneIdOf, type SeedPosizione } from './enti';
import { createPrng, type Prng } from './prng';
import { seededPosizioneById } from './seededPosizioni';
import { countOf } from '../../shared/text/plural';
import { dayBefore, frameMonths, notAfter, SEED_TODAY, shiftFor, shiftMonths } from './frame';

export { SEED_TODAY, SEED_YEARS } from './frame';

const CAUSALE_BY_GESTIONE: Readonly<Record<string, string>> = {
  CPDEL: 'P101',
  CPS: 'P101',
  CPI: 'P101',
  CTPS: 'P101',
  TFS: 'P708',
  TFR: 'P708',
  'Fondo credito': 'P909',
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const months = frameMonths;

/**
 * The day in the frame that the drawn states are as of (a nota di rettifica or ECA issued after
 * it is still to pay), then moved with the rows. The note di debito are drawn as of this day and
 * dated relative to the sandbox's today (`generateNoteDebito`), so that the recent ones are
 * within their contestazione term on any real date.
 */
export const SEED_OGGI = '2025-10-01';
const nextMonth16 = (mese: string) => {
  const [year, month] = mese.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-16` : `${year}-${pad(month + 1)}-16`;
};
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function canaleOf(posizione: SeedPosizione): Versamento['canale'] {
  const tipo = ENTI.find((ente) => ente.codiceFiscale === posizione.codiceFiscaleEnte)?.tipoEnte;
  if (tipo === 'istituzione_scolastica') return 'F24';
  if (tipo === 'amministrazione_statale') return "Banca d'Italia";
  return 'F24 EP';
}

/** Monthly contributions per gestione, in cents, sized on the posizione [INFER]. */
function baseCents(prng: Prng, gestione: string): number {
  if (gestione === 'Fondo credito') return prng.int(30_000, 90_000);
  if (gestione === 'TFS' || gestione === 'TFR') return prng.int(600_000, 2_400_000);
  return prng.int(2_000_000, 9_000_000);
}

function estremiOf(canale: Versamento['canale'], prng: Prng, data: string): string {
  if (canale === "Banca d'Italia")
    return `Quietanza Tesoreria n. ${prng.int(10000, 99999)} del ${data} – IBAN IT${prng.int(10, 99)}0010000${prng.int(100000, 999999)}`;
  return `Delega ${canale} prot. ${data.replace(/-/g, '')}${prng.int(100000, 999999)}`;
}

/**
 * Drawn in the frame, moved to `oggi`: a payment never after the day before it (one drawn late,
 * or due this month, counts as made yesterday).
 */
export function generateVersamenti(
  posizione: SeedPosizione,
  oggi: string = SEED_TODAY,
  count?: number,
): Versamento[] {
  const shift = shiftFor(oggi);
  const latest = dayBefore(oggi);
  const id = posizioneIdOf(posizione);
  const prng = createPrng(`versamenti:${id}`);
  const canale = canaleOf(posizione);
  const bases = new Map(posizione.gestioni.map((gestione) => [gestione, baseCents(prng, gestione)]));
  const rows: Versamento[] = [];
  const allMonths = months();
  const push = (mese: string, gestione: string, index: number) => {
    const base = bases.get(gestione) ?? 100_000;
    const cents = Math.round(base * (0.92 + prng.next() * 0.16));
    const due = nextMonth16(mese);
    const late = prng.chance(0.04);
    const drawn = late ? addDays(due, prng.int(5, 70)) : addDays(due, -prng.int(0, 4));
    const data = notAfter(shiftMonths(drawn, shift), latest);
    rows.push({
      id: `${id}-V${pad(index, 6)}`,
      dataVersamento: data,
      canale,
      causale: CAUSALE_BY_GESTIONE[gestione] ?? 'P101',
      gestione,
      periodo: shiftMonths(mese, shift),
      importo: fromCents(cents),
      sede: posizione.sedeInps,
      estremi: estremiOf(canale, prng, data),
    });
  };
  if (count === undefined) {
    let index = 1;
    for (const mese of allMonths) for (const gestione of posizione.gestioni) push(mese, gestione, index++);
    return rows;
  }
  // Benchmarks: as many rows as asked, cycling months and gestioni (several payments a month).
  for (let index = 1; index <= count; index++) {
    const mese = allMonths[(index - 1) % allMonths.length] as string;
    const gestione =
      posizione.gestioni[Math.floor((index - 1) / allMonths.length) % posizione.gestioni.length];
    push(mese, gestione ?? 'CPDEL', index);
  }
  return rows;
}

/**
 * The notes of a posizione that come on some months only: each month draws whether it has one
 * (`share` of the months do), and `note` makes it with the same prng and the id it is given,
 * `<posizione>-<prefix>0001` onwards. The prng is seeded by `stream` and the posizione, so the
 * same posizione always gets the same notes.
 */
function monthlyNotes<T>(
  posizione: SeedPosizione,
  { stream, prefix, share }: { stream: string; prefix: string; share: number },
  note: (mese: string, prng: Prng, id: string) => T,
): T[] {
  const posizioneId = posizioneIdOf(posizione);
  const prng = createPrng(`${stream}:${posizioneId}`);
  const rows: T[] = [];
  for (const mese of months()) {
    if (prng.chance(share)) rows.push(note(mese, prng, `${posizioneId}-${prefix}${pad(rows.length + 1, 4)}`));
  }
  return rows;
}

/** Drawn as of SEED_OGGI in the frame, moved to `oggi`; none is issued after the day before it. */
export function generateNoteRettifica(
  posizione: SeedPosizione,
  oggi: string = SEED_TODAY,
): NotaDiRettifica[] {
  const shift = shiftFor(oggi);
  return monthlyNotes(
    posizione,
    { stream: 'rettifica', prefix: 'NR', share: 0.18 },
    (drawnMese, prng, id) => {
      const gestione = prng.pick(posizione.gestioni);
      const x = (CAUSALE_BY_GESTIONE[gestione] ?? 'P101').charAt(1);
      const drawn = addDays(nextMonth16(drawnMese), prng.int(40, 120));
      const stato =
        drawn > SEED_OGGI ? 'da pagare' : prng.pick(['pagata', 'pagata', 'sistemata con V1'] as const);
      const mese = shiftMonths(drawnMese, shift);
      return {
        id,
        numero: `NR/${mese.slice(0, 4)}/${pad(prng.int(1, 99999), 5)}`,
        dataEmissione: notAfter(shiftMonths(drawn, shift), dayBefore(oggi)),
        periodo: mese,
        gestione,
        causalePagamento: `P${x}69`,
        importo: fromCents(prng.int(5_000, 350_000)),
        stato,
        dettaglio: `Ricalcolo elementi E0 ${gestione} alle aliquote vigenti: ${countOf(prng.int(1, 12), 'lavoratore', 'lavoratori')}`,
      };
    },
  );
}

const TIPI_PIANO = [
  { tipo: '11 – Riscatto', beneficio: 'pensione' },
  { tipo: '12 – Ricongiunzione', beneficio: 'pensione' },
  { tipo: '41 – Ricongiunzione L. 45/90', beneficio: 'pensione' },
  { tipo: '13 – Riscatto TFS', beneficio: 'TFS' },
] as const;

/** Fictitious but well-formed-looking codici fiscali of workers [INFER]. */
export function lavoratoreCf(prng: Prng): string {
  const letters = 'ABCDEFGHILMNOPRSTUVZ';
  const l = () => letters.charAt(prng.int(0, letters.length - 1));
  return `${l()}${l()}${l()}${l()}${l()}${l()}${pad(prng.int(50, 99))}${prng.pick(['A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T'])}${pad(prng.int(1, 68))}${l()}${pad(prng.int(100, 999), 3)}${l()}`;
}

/**
 * Drawn in the frame and moved to `oggi`: a rata whose day is before `oggi` is settled (pagata,
 * or scaduta / scartata in a piano non regolare), one on or after it is da pagare. Every rata
 * draws its chances whatever its day, so the same piano has the same rows on any date.
 */
export function generatePiani(posizione: SeedPosizione, oggi: string = SEED_TODAY): PianoAmmortamento[] {
  const shift = shiftFor(oggi);
  const id = posizioneIdOf(posizione);
  const prng = createPrng(`piani:${id}`);
  const count = prng.int(8, 16);
  const rows: PianoAmmortamento[] = [];
  for (let n = 1; n <= count; n++) {
    const kind = prng.pick(TIPI_PIANO);
    const start = shiftMonths(`${prng.int(2016, 2025)}-${pad(prng.int(1, 12))}`, shift);
    const startYear = Number(start.slice(0, 4));
    const startMonth = Number(start.slice(5, 7));
    const rateTotali = prng.pick([24, 36, 60, 120]);
    const rataCents = prng.int(8_000, 65_000);
    const nonRegolare = prng.chance(0.2);
    const rate: Rata[] = [];
    let pagate = 0;
    let residuo = 0;
    let prossima: string | null = null;
    for (let r = 1; r <= rateTotali; r++) {
      const m = startMonth - 1 + (r - 1);
      const scadenza = `${startYear + Math.floor(m / 12)}-${pad((m % 12) + 1)}-16`;
      const insoluta = nonRegolare && prng.chance(0.08);
      const nonPagata = prng.chance(0.5) ? 'scaduta' : 'scartata';
      const stato: Rata['stato'] = scadenza >= oggi ? 'da pagare' : insoluta ? nonPagata : 'pagata';
      if (stato === 'pagata') pagate++;
      else residuo += rataCents;
      if (stato === 'da pagare' && prossima === null) prossima = scadenza;
      rate.push({ numero: r, scadenza, importo: fromCents(rataCents), stato });
    }
    const insoluta = rate.some((rata) => rata.stato === 'scaduta' || rata.stato === 'scartata');
    rows.push({
      id: `${id}-PA${pad(n, 3)}`,
      numeroPiano: `${startYear}${pad(prng.int(1, 999999), 6)}`,
      tipo: kind.tipo,
      beneficio: kind.beneficio,
      codiceFiscaleLavoratore: lavoratoreCf(prng),
      periodo: start,
      rateTotali,
      ratePagate: pagate,
      importoRata: fromCents(rataCents),
      prossimaScadenza: prossima,
      residuo: fromCents(residuo),
      stato: residuo === 0 ? 'ESTINTO' : insoluta ? 'IN CORSO NON REGOLARE' : 'IN CORSO REGOLARE',
      rate,
    });
  }
  return rows;
}

const ERRORI_DMA = [
  {
    codice: 'E0-101',
    messaggio: 'Codice fiscale del lavoratore non presente negli archivi anagrafici',
    quadro: 'D0',
  },
  {
    codice: 'E0-214',
    messaggio: 'Imponibile pensionistico incongruente con la retribuzione teorica',
    quadro: 'E0',
  },
  { codice: 'E0-305', messaggio: 'Aliquota contributiva non valida per la gestione indicata', quadro: 'E0' },
  {
    codice: 'V1-410',
    messaggio: 'Periodo di variazione sovrapposto a un periodo già denunciato',
    quadro: 'V1',
  },
  { codice: 'F1-520', messaggio: 'Piano di ammortamento non trovato o già estinto', quadro: 'F1' },
] as const;

/** Drawn in the frame, moved to `oggi`; none is sent after the day before it. */
export function generateDenunce(posizione: SeedPosizione, oggi: string = SEED_TODAY): Denuncia[] {
  const shift = shiftFor(oggi);
  const latest = dayBefore(oggi);
  const id = posizioneIdOf(posizione);
  const prng = createPrng(`dma:${id}`);
  const rows: Denuncia[] = [];
  const workers = prng.int(25, 400);
  for (const drawnMese of months()) {
    const mese = shiftMonths(drawnMese, shift);
    const variants: Array<Denuncia['tipo']> = ['ordinario'];
    if (prng.chance(0.15)) variants.push('variazione');
    for (const tipo of variants) {
      const errori = prng.chance(0.2)
        ? Array.from({ length: prng.int(1, 4) }, () => ({
            ...prng.pick(ERRORI_DMA),
            codiceFiscaleLavoratore: lavoratoreCf(prng),
          }))
        : [];
      const esito: Denuncia['esito'] =
        errori.length === 0 ? 'acquisita' : prng.chance(0.25) ? 'scartata' : 'acquisita con errori';
      rows.push({
        id: `${id}-D${mese.replace('-', '')}${tipo === 'ordinario' ? 'O' : 'V'}`,
        mese,
        tipo,
        dataInvio: notAfter(
          shiftMonths(
            addDays(nextMonth16(drawnMese), tipo === 'ordinario' ? prng.int(-10, 10) : prng.int(30, 200)),
            shift,
          ),
          latest,
        ),
        esito,
        numeroD0: tipo === 'ordinario' ? workers + prng.int(-5, 5) : prng.int(1, 12),
        totaleContributi: fromCents(
          tipo === 'ordinario' ? prng.int(5_000_000, 20_000_000) : prng.int(10_000, 400_000),
        ),
        errori,
      });
    }
  }
  return rows;
}

/** A nota as seeded; whether it can be contested depends on the sandbox's today. */
export type SeededNotaDiDebito = Omit<NotaDiDebito, 'contestabile'>;

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
/** The latest emissione the draw can give: the last month's 16th plus 200 days. */
const ULTIMA_EMISSIONE = addDays(nextMonth16(months().at(-1) ?? '2025-12'), 200);
/** Drawn on or after this day, a nota is still notificata as of SEED_OGGI (its 90 days run). */
const PRIMA_NOTIFICATA = addDays(SEED_OGGI, -GIORNI_CONTESTAZIONE);

/**
 * The emissione as of `oggi`, from the one drawn as of SEED_OGGI. A nota already settled keeps
 * its distance from today (shifted with it); a notificata one is placed, in the same order,
 * within the 90 days before `oggi`, so that it can still be contested and none is in the future.
 */
function emissioneAsOf(drawn: string, oggi: string): string {
  if (drawn < PRIMA_NOTIFICATA) return addDays(drawn, dayNumber(oggi) - dayNumber(SEED_OGGI));
  const span = dayNumber(ULTIMA_EMISSIONE) - dayNumber(PRIMA_NOTIFICATA);
  const fromLatest = dayNumber(ULTIMA_EMISSIONE) - dayNumber(drawn);
  return addDays(oggi, -1 - Math.round((fromLatest * (GIORNI_CONTESTAZIONE - 2)) / span));
}

/**
 * The note di debito of a posizione as of `oggi` (ISO, the day in Italy): the same notes for
 * the same day, their dates relative to it. Tests and the demo pass the sandbox's today.
 */
export function generateNoteDebito(posizione: SeedPosizione, oggi: string = SEED_OGGI): SeededNotaDiDebito[] {
  const shift = shiftFor(oggi);
  return monthlyNotes(
    posizione,
    { stream: 'notedebito', prefix: 'ND', share: 0.12 },
    (drawnMese, prng, id) => {
      const mese = shiftMonths(drawnMese, shift);
      const tipo = prng.chance(0.5) ? 'sistemazione contributiva' : 'regolarizzazione contributiva';
      const drawn = addDays(nextMonth16(drawnMese), prng.int(60, 200));
      const emissione = emissioneAsOf(drawn, oggi);
      const lavoratori = Array.from({ length: prng.int(1, 5) }, () => {
        const cents = prng.int(2_000, 180_000);
        return {
          codiceFiscale: lavoratoreCf(prng),
          importo: fromCents(cents),
          dettaglio: `Differenza contributiva ${prng.pick(posizione.gestioni)} su imponibile ${mese}`,
          contestazioni: 0,
        };
      });
      const scadenza = addDays(emissione, GIORNI_CONTESTAZIONE);
      return {
        id,
        numero: `ND/${emissione.slice(0, 4)}/${pad(prng.int(1, 99999), 5)}`,
        tipo,
        dataEmissione: emissione,
        scadenza,
        periodo: mese,
        gestione: prng.pick(posizione.gestioni),
        importo: fromCents(lavoratori.reduce((sum, l) => sum + toCents(l.importo), 0)),
        stato:
          drawn >= PRIMA_NOTIFICATA
            ? 'notificata'
            : prng.pick(['pagata', 'pagata', 'pagata', 'annullata'] as const),
        lavoratori,
      };
    },
  );
}

/** Drawn as of SEED_OGGI in the frame, moved to `oggi`; a payment never after the day before it. */
export function generateNoteDebitoEca(
  posizione: SeedPosizione,
  oggi: string = SEED_TODAY,
): NotaDiDebitoEca[] {
  const shift = shiftFor(oggi);
  return monthlyNotes(posizione, { stream: 'eca', prefix: 'ECA', share: 0.1 }, (drawnMese, prng, id) => {
    const mese = shiftMonths(drawnMese, shift);
    const dovuto = prng.int(500_000, 9_000_000);
    const differenza = prng.int(5_000, Math.floor(dovuto / 5));
    const drawn = addDays(nextMonth16(drawnMese), prng.int(120, 300));
    const scadenza = shiftMonths(drawn, shift);
    const stato: NotaDiDebitoEca['stato'] =
      drawn > SEED_OGGI
        ? 'avviso bonario'
        : prng.pick(['pagata', 'pagata in ritardo', 'a recupero'] as const);
    const paid = (date: string) => notAfter(date, dayBefore(oggi));
    return {
      id,
      numero: `ECA/${mese.slice(0, 4)}/${pad(prng.int(1, 99999), 5)}`,
      periodo: mese,
      gestione: prng.pick(posizione.gestioni.filter((g) => g !== 'Fondo credito')),
      dovuto: fromCents(dovuto),
      versato: fromCents(dovuto - differenza),
      importo: fromCents(differenza),
      scadenza,
      dataVersamento:
        stato === 'pagata'
          ? paid(addDays(scadenza, -prng.int(0, 20)))
          : stato === 'pagata in ritardo'
            ? paid(addDays(scadenza, prng.int(10, 200)))
            : null,
      stato,
    };
  });
}

export function seedPosizioneById(id: string): SeedPosizione | undefined {
  return POSIZIONI.find((posizione) => posizioneIdOf(posizione) === id) ?? seededPosizioneById(id);
}

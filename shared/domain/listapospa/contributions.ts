import { toAmount, toDecimal } from './amount';
import type { Amount, Gestioni, Periodo } from './model';
import { resolveRate, type RateKind, type RateOverrides } from './rates';

/**
 * Contribution by gestione from the imponibile.
 *
 * Rounding, stated once: contributo = imponibile × base% × aliquota%, computed exactly with
 * decimal.js, then rounded to the cent half-up (0,005 → 0,01). Nothing is rounded before the end.
 * Every rate in rates.ts has base 100%: ImponibileTFS/TFR are declared as 80% of the retribuzione
 * utile already, so the 80% lives only in the explicit helper below.
 */
export function computeContributo(imponibile: Amount, basePercent: string, totalePercent: string): Amount {
  const fast = contributoInCents(imponibile, basePercent, totalePercent);
  if (fast !== undefined) return amountOfCents(fast);
  const exact = toDecimal(imponibile).times(basePercent).dividedBy(100).times(totalePercent).dividedBy(100);
  return toAmount(exact);
}

/**
 * ImponibileTFS / ImponibileTFR from the retribuzione utile: its 80%, rounded to the cent half-up
 * (msg INPS 2440/2019: contributo 6,10% or 9,60% "della retribuzione utile calcolata nella misura
 * dell'80%"). A helper the editor offers by name, never applied silently to a declared imponibile.
 */
export function imponibileTfsDaRetribuzioneUtile(retribuzioneUtile: Amount): Amount {
  return toAmount(toDecimal(retribuzioneUtile).times(80).dividedBy(100));
}

/** RetribValutabileTFR back from ImponibileTFR: the 100% of which the imponibile is 80% (× 1,25). */
export function retribValutabileDaImponibileTfr(imponibileTFR: Amount): Amount {
  return toAmount(toDecimal(imponibileTFR).times(125).dividedBy(100));
}

const CANONICAL_AMOUNT = /^\d{1,13}\.\d{2}$/;
const BASE_PERCENT = /^\d{1,3}(?:\.\d{1,2})?$/;
const TOTALE_PERCENT = /^\d{1,3}(?:\.\d{1,4})?$/;
const CENTS_DIVISOR = 1e10;

/** "80" → 8000, "6.1" → 610 with `decimals` 2: the percent as an integer of that many decimals. */
function scaled(percent: string, decimals: number): number {
  const dot = percent.indexOf('.');
  if (dot === -1) return Number(percent + '0'.repeat(decimals));
  return Number(percent.slice(0, dot) + percent.slice(dot + 1).padEnd(decimals, '0'));
}

/**
 * The same product in integers, for what the rules recompute on every D0 of a 50,000-worker file
 * (decimal.js was most of their time): cents × base×100 × aliquota×10⁴ is exact while it stays
 * below 2⁵³, i.e. for any monthly imponibile up to about 27.000 €; beyond that, or for negative
 * or unusual values, the caller falls back to decimal.js. Tested equal to it with fast-check.
 */
/**
 * base% × aliquota% scaled to integers, or null when either is not of the expected form: by
 * pair of rates, since a file asks the same few pairs for each of its periods. Bounded: rates
 * typed by the user cannot grow it without end.
 */
const FACTORS = new Map<string, Map<string, number | null>>();
const MAX_FACTORS = 64;

function factorOf(basePercent: string, totalePercent: string): number | null {
  let byTotale = FACTORS.get(basePercent);
  if (!byTotale) {
    if (FACTORS.size >= MAX_FACTORS) FACTORS.clear();
    byTotale = new Map();
    FACTORS.set(basePercent, byTotale);
  }
  let factor = byTotale.get(totalePercent);
  if (factor === undefined) {
    factor =
      BASE_PERCENT.test(basePercent) && TOTALE_PERCENT.test(totalePercent)
        ? scaled(basePercent, 2) * scaled(totalePercent, 4)
        : null;
    if (byTotale.size >= MAX_FACTORS) byTotale.clear();
    byTotale.set(totalePercent, factor);
  }
  return factor;
}

function contributoInCents(
  imponibile: string,
  basePercent: string,
  totalePercent: string,
): number | undefined {
  const factor = factorOf(basePercent, totalePercent);
  if (factor === null || !CANONICAL_AMOUNT.test(imponibile)) return undefined;
  // Exact: whenever the product is a safe integer, so are its factors (both orders agree).
  const product = centsOf(imponibile) * factor;
  if (product > Number.MAX_SAFE_INTEGER) return undefined;
  // imponibile × base% × aliquota% in cents is product / 10¹⁰ (10² + 10⁴ scaling, two % of 10²).
  const remainder = product % CENTS_DIVISOR;
  const cents = (product - remainder) / CENTS_DIVISOR;
  return remainder * 2 >= CENTS_DIVISOR ? cents + 1 : cents;
}

export interface ComputedContributo {
  field: 'pensionistica' | 'previdenziale' | 'previdenzialeUlterioriElem' | 'credito' | 'enpdep' | 'enam';
  codGestione: string;
  imponibile: Amount;
  /** Undefined when no rate is known: the user enters the contributo. */
  atteso?: Amount;
  dichiarato: Amount;
  aliquota: string | null;
  confirmed: boolean;
  source: string;
}

/** Expected contributions of every gestione of a period, next to the declared ones. */
export function computeGestioni(periodo: Periodo, overrides: RateOverrides = {}): ComputedContributo[] {
  const gestioni: Gestioni = periodo.gestioni ?? {};
  const date = periodo.giornoInizio;
  const out: ComputedContributo[] = [];
  const add = (
    field: ComputedContributo['field'],
    kind: RateKind,
    codGestione: string,
    imponibile: Amount,
    dichiarato: Amount,
  ) => {
    const rate = resolveRate(kind, codGestione, date, overrides);
    const atteso =
      rate && rate.totale !== null ? computeContributo(imponibile, rate.basePercent, rate.totale) : undefined;
    out.push({
      field,
      codGestione,
      imponibile,
      ...(atteso !== undefined ? { atteso } : {}),
      dichiarato,
      aliquota: rate?.totale ?? null,
      confirmed: rate?.confirmed ?? false,
      source: rate?.source ?? 'Aliquota sconosciuta',
    });
  };
  const { pensionistica, previdenziale, credito, enpdep, enam } = gestioni;
  if (pensionistica) {
    add(
      'pensionistica',
      'pensionistica',
      pensionistica.codGestione,
      pensionistica.imponibile,
      pensionistica.contributo,
    );
  }
  if (previdenziale) {
    add(
      'previdenziale',
      previdenziale.tipo,
      previdenziale.codGestione,
      previdenziale.imponibile,
      previdenziale.contributo,
    );
    if (previdenziale.imponibileTFRUlterioriElem !== undefined) {
      add(
        'previdenzialeUlterioriElem',
        'TFRUlterioriElem',
        previdenziale.codGestione,
        previdenziale.imponibileTFRUlterioriElem,
        previdenziale.contributoTFRUlterioriElem ?? '0.00',
      );
    }
  }
  if (credito) add('credito', 'credito', credito.codGestione, credito.imponibile, credito.contributo);
  if (enpdep) add('enpdep', 'ENPDEP', enpdep.codGestione, enpdep.imponibile, enpdep.contributo);
  if (enam) add('enam', 'ENAM', enam.codGestione, enam.imponibile, enam.contributo);
  return out;
}

/** Fills every contributo from its imponibile where a rate is known (what "Calcola" does). */
export function fillContributi(gestioni: Gestioni, date: string, overrides: RateOverrides = {}): Gestioni {
  const compute = (kind: RateKind, codGestione: string, imponibile: Amount, current: Amount): Amount => {
    const rate = resolveRate(kind, codGestione, date, overrides);
    return rate && rate.totale !== null
      ? computeContributo(imponibile, rate.basePercent, rate.totale)
      : current;
  };
  const next: Gestioni = { ...gestioni };
  if (next.pensionistica) {
    const g = next.pensionistica;
    next.pensionistica = {
      ...g,
      contributo: compute('pensionistica', g.codGestione, g.imponibile, g.contributo),
    };
  }
  if (next.previdenziale) {
    const g = next.previdenziale;
    next.previdenziale = {
      ...g,
      contributo: compute(g.tipo, g.codGestione, g.imponibile, g.contributo),
      ...(g.imponibileTFRUlterioriElem !== undefined
        ? {
            contributoTFRUlterioriElem: compute(
              'TFRUlterioriElem',
              g.codGestione,
              g.imponibileTFRUlterioriElem,
              g.contributoTFRUlterioriElem ?? '0.00',
            ),
          }
        : {}),
    };
  }
  if (next.credito) {
    const g = next.credito;
    next.credito = { ...g, contributo: compute('credito', g.codGestione, g.imponibile, g.contributo) };
  }
  if (next.enpdep) {
    const g = next.enpdep;
    next.enpdep = { ...g, contributo: compute('ENPDEP', g.codGestione, g.imponibile, g.contributo) };
  }
  if (next.enam) {
    const g = next.enam;
    next.enam = { ...g, contributo: compute('ENAM', g.codGestione, g.imponibile, g.contributo) };
  }
  return next;
}

export interface TotaleGestione {
  codGestione: string;
  imponibile: Amount;
  contributo: Amount;
}

/**
 * Integer cents of a model amount ("1234.56" → 123456). Exact: amounts have two decimals, and
 * sums stay far below 2^53 cents. Totals use it instead of Decimal because the editor recomputes
 * them over 50,000 workers while the user types.
 */
export function centsOf(amount: Amount | undefined): number {
  if (!amount) return 0;
  const dot = amount.indexOf('.');
  if (dot === -1 || amount.length - dot !== 3) return Math.round(toDecimal(amount).times(100).toNumber());
  return Number(amount.slice(0, dot) + amount.slice(dot + 1));
}

export function amountOfCents(cents: number): Amount {
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Running totals by CodGestione, in cents: add and subtract periods as the user edits. */
export class GestioneTotals {
  private readonly totals = new Map<string, { imponibile: number; contributo: number }>();

  add(periodo: Periodo, sign: 1 | -1 = 1): this {
    const g = periodo.gestioni;
    if (!g) return this;
    for (const gestione of [g.pensionistica, g.previdenziale, g.credito, g.enpdep, g.enam]) {
      if (!gestione) continue;
      const current = this.totals.get(gestione.codGestione) ?? { imponibile: 0, contributo: 0 };
      current.imponibile += sign * centsOf(gestione.imponibile);
      current.contributo += sign * centsOf(gestione.contributo);
      this.totals.set(gestione.codGestione, current);
    }
    return this;
  }

  list(): TotaleGestione[] {
    return [...this.totals.entries()]
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([codGestione, t]) => ({
        codGestione,
        imponibile: amountOfCents(t.imponibile),
        contributo: amountOfCents(t.contributo),
      }));
  }
}

export interface TotaleGestione {
  codGestione: string;
  imponibile: Amount;
  contributo: Amount;
}

/** Totals of imponibile and contributo by CodGestione over the given periods (E0 and V1). */
export function totalsByGestione(periodi: Iterable<Periodo>): TotaleGestione[] {
  const totals = new GestioneTotals();
  for (const periodo of periodi) totals.add(periodo);
  return totals.list();
}

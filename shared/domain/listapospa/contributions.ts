import Decimal from 'decimal.js';
import { toAmount, toDecimal } from './amount';
import type { Amount, Gestioni, Periodo } from './model';
import { resolveRate, type RateKind, type RateOverrides } from './rates';

/**
 * Contribution by gestione from the imponibile.
 *
 * Rounding, stated once: contributo = imponibile × base% × aliquota%, computed exactly with
 * decimal.js, then rounded to the cent half-up (0,005 → 0,01). Nothing is rounded before the end
 * (the 80% base of TFS is not rounded on its own).
 */
export function computeContributo(imponibile: Amount, basePercent: string, totalePercent: string): Amount {
  const exact = toDecimal(imponibile).times(basePercent).dividedBy(100).times(totalePercent).dividedBy(100);
  return toAmount(exact);
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

/** Totals of imponibile and contributo by CodGestione over E0 and V1 of all given D0. */
export function totalsByGestione(periodi: Iterable<Periodo>): TotaleGestione[] {
  const totals = new Map<string, { imponibile: Decimal; contributo: Decimal }>();
  const add = (codGestione: string, imponibile: Amount, contributo: Amount) => {
    const current = totals.get(codGestione) ?? { imponibile: new Decimal(0), contributo: new Decimal(0) };
    totals.set(codGestione, {
      imponibile: current.imponibile.plus(toDecimal(imponibile)),
      contributo: current.contributo.plus(toDecimal(contributo)),
    });
  };
  for (const periodo of periodi) {
    const g = periodo.gestioni;
    if (!g) continue;
    for (const gestione of [g.pensionistica, g.previdenziale, g.credito, g.enpdep, g.enam]) {
      if (gestione) add(gestione.codGestione, gestione.imponibile, gestione.contributo);
    }
  }
  return [...totals.entries()]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([codGestione, t]) => ({
      codGestione,
      imponibile: toAmount(t.imponibile),
      contributo: toAmount(t.contributo),
    }));
}

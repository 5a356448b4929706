/**
 * Dated rate tables (aliquote) per gestione, from docs/uniemens.md §5.
 *
 * Each rate says whether a source confirms it. Unconfirmed rates are starting values the user
 * must check and can override (Settings / editor); rates without any value are `null` and the
 * contribution is not computed. Percentages are decimal strings ("8.85" = 8,85%).
 */

export type RateKind = 'pensionistica' | 'TFS' | 'TFR' | 'TFRUlterioriElem' | 'credito' | 'ENPDEP' | 'ENAM';

export interface Rate {
  kind: RateKind;
  codGestione: string;
  validFrom: string;
  validTo?: string;
  /** Total percentage, or null when no source gives one. */
  totale: string | null;
  lavoratore: string | null;
  datore: string | null;
  /**
   * Percentage of the declared imponibile the rate applies to. "100" everywhere: ImponibileTFS and
   * ImponibileTFR are declared already reduced to 80% of the retribuzione utile (msg INPS
   * 2440/2019 contrasts them with ImponibileTFRUlterioriElem, declared at 100%), so the 80% must
   * not be applied a second time. See `imponibileTfsDaRetribuzioneUtile` for the explicit helper.
   */
  basePercent: string;
  confirmed: boolean;
  source: string;
}

const FROM = '2012-10-01'; // start of ListaPosPA (msg INPS 17297/2012); earlier periods use the same values

/** CPDEL and CPS have the same aliquote (8,85% + 23,80%). */
const CPDEL_CPS = {
  totale: '32.65',
  lavoratore: '8.85',
  datore: '23.80',
  basePercent: '100',
  confirmed: true,
};

export const RATES: readonly Rate[] = [
  {
    kind: 'pensionistica',
    codGestione: '2',
    validFrom: FROM,
    ...CPDEL_CPS,
    source: 'INAPA, «La contribuzione obbligatoria» (inapa.it): CPDEL 8,85% + 23,80%',
  },
  {
    kind: 'pensionistica',
    codGestione: '5',
    validFrom: FROM,
    ...CPDEL_CPS,
    source: 'INAPA, «La contribuzione obbligatoria» (inapa.it): CPS 8,85% + 23,80%',
  },
  {
    kind: 'pensionistica',
    codGestione: '1',
    validFrom: FROM,
    totale: '33.00',
    lavoratore: '8.80',
    datore: '24.20',
    basePercent: '100',
    confirmed: true,
    source: 'INAPA, «La contribuzione obbligatoria» (inapa.it): CTPS 33%',
  },
  {
    kind: 'pensionistica',
    codGestione: '3',
    validFrom: FROM,
    totale: '32.65',
    lavoratore: '8.85',
    datore: '23.80',
    basePercent: '100',
    confirmed: false,
    source:
      'Non confermata: nessuna circolare o messaggio INPS trovato per la CPI; si usa come ipotesi l’aliquota CPDEL',
  },
  {
    kind: 'pensionistica',
    codGestione: '4',
    validFrom: FROM,
    totale: '33.00',
    lavoratore: '8.80',
    datore: '24.20',
    basePercent: '100',
    confirmed: false,
    source:
      'Non confermata: nessuna circolare o messaggio INPS trovato per la CPUG; si usa come ipotesi l’aliquota CTPS',
  },
  {
    kind: 'TFS',
    codGestione: '6',
    validFrom: FROM,
    totale: '6.10',
    lavoratore: '2.50',
    datore: '3.60',
    basePercent: '100',
    confirmed: true,
    source:
      'inps.it, pagina «IPS ex INADEL» (46263); msg INPS 2440/2019 (IPS ex INADEL 6,10% dell’ImponibileTFS, già l’80% della retribuzione utile)',
  },
  {
    kind: 'TFS',
    codGestione: '7',
    validFrom: FROM,
    totale: '9.60',
    lavoratore: '2.50',
    datore: '7.10',
    basePercent: '100',
    confirmed: true,
    source:
      'inps.it, scheda «Servizi valutabili e contribuzione ai fini dell’indennità di buonuscita»; msg INPS 2440/2019 (IBU ex ENPAS 9,60% dell’ImponibileTFS, già l’80% della retribuzione utile)',
  },
  {
    kind: 'TFR',
    codGestione: '6',
    validFrom: FROM,
    totale: '6.10',
    lavoratore: '0',
    datore: '6.10',
    basePercent: '100',
    confirmed: true,
    source:
      'circ. INPDAP 29/2000 e 30/2002, msg INPS 2440/2019 (stessa aliquota e base del TFS: l’ImponibileTFR è già l’80%)',
  },
  {
    kind: 'TFR',
    codGestione: '7',
    validFrom: FROM,
    totale: '9.60',
    lavoratore: '0',
    datore: '9.60',
    basePercent: '100',
    confirmed: true,
    source:
      'circ. INPDAP 29/2000 e 30/2002, msg INPS 2440/2019 (stessa aliquota e base del TFS: l’ImponibileTFR è già l’80%)',
  },
  ...['6', '7'].map((codGestione): Rate => ({
    kind: 'TFRUlterioriElem',
    codGestione,
    validFrom: '2019-10-01',
    totale: '6.91',
    lavoratore: '0',
    datore: '6.91',
    basePercent: '100',
    confirmed: true,
    source: 'msg INPS 2440/2019 (6,91% sull’intero importo, da competenza 10/2019)',
  })),
  {
    kind: 'credito',
    codGestione: '9',
    validFrom: FROM,
    totale: '0.35',
    lavoratore: '0.35',
    datore: '0',
    basePercent: '100',
    confirmed: true,
    source: 'L. 662/96 art. 1 c. 245 (Fondo credito 0,35%)',
  },
  {
    kind: 'ENPDEP',
    codGestione: '8',
    validFrom: FROM,
    totale: '0.09',
    lavoratore: null,
    datore: null,
    basePercent: '100',
    confirmed: false,
    source: 'Non confermata: nessuna circolare o messaggio INPS trovato (0,09% circola senza fonte)',
  },
  {
    kind: 'ENAM',
    codGestione: '11',
    validFrom: FROM,
    totale: null,
    lavoratore: null,
    datore: null,
    basePercent: '100',
    confirmed: false,
    source: 'Nessuna fonte: inserire l’aliquota nelle impostazioni',
  },
];

/** User overrides: key `${kind}:${codGestione}` → total percentage. */
export type RateOverrides = Readonly<Record<string, string>>;

export const rateKey = (kind: RateKind, codGestione: string): string => `${kind}:${codGestione}`;

export interface ResolvedRate {
  totale: string | null;
  basePercent: string;
  confirmed: boolean;
  overridden: boolean;
  source: string;
}

/** The rate of a gestione on a date (ISO), with a user override taking precedence. */
export function resolveRate(
  kind: RateKind,
  codGestione: string,
  date: string,
  overrides: RateOverrides = {},
  rates: readonly Rate[] = RATES,
): ResolvedRate | undefined {
  const rate = rates.find(
    (candidate) =>
      candidate.kind === kind &&
      candidate.codGestione === codGestione &&
      // Periods before ListaPosPA (variazioni back to before 2005) use the earliest table.
      (date >= candidate.validFrom || candidate.validFrom === FROM) &&
      (candidate.validTo === undefined || date <= candidate.validTo),
  );
  const override = overrides[rateKey(kind, codGestione)];
  if (override !== undefined) {
    return {
      totale: override,
      basePercent: rate?.basePercent ?? '100',
      confirmed: true,
      overridden: true,
      source: 'Aliquota impostata dall’utente',
    };
  }
  if (!rate) return undefined;
  return {
    totale: rate.totale,
    basePercent: rate.basePercent,
    confirmed: rate.confirmed,
    overridden: false,
    source: rate.source,
  };
}

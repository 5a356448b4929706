/**
 * The typed model of a UniEmens ListaPosPA denuncia (ex DMA), Gestione Dipendenti Pubblici.
 *
 * Element names follow the XML tracciato as reconstructed in docs/uniemens.md §2
 * (third-party readers of real files + INPS messages): the official XSD was not available.
 * Amounts are decimal strings with a dot and two decimals ("1234.56"): never floats; the XML
 * writes them with a comma ("1234,56", §2.4). Dates are ISO ("AAAA-MM-GG"), months "AAAA-MM".
 */

/** A decimal amount as a string, dot separator, two decimals: "1234.56". */
export type Amount = string;

/** An element as read from a file: name, attributes, text of a leaf, children. */
export interface RawElement {
  name: string;
  attrs?: Record<string, string>;
  text?: string;
  children?: RawElement[];
}

/**
 * An element of an imported file that the model does not know (Z2, a field INPS added later…),
 * kept as it was so that export writes it back in its place: right after the `afterIndex`-th
 * (0-based) known sibling named `after`, or first in its parent when `after` is absent.
 */
export interface UnknownElement extends RawElement {
  after?: string;
  afterIndex?: number;
}

/** Every model object that stands for an XML element carries the unknown children it had. */
export interface KeepsUnknown {
  unknown?: UnknownElement[];
  /** Attributes the model does not know (e.g. xmlns:xsi on the root), written back as they were. */
  unknownAttrs?: Record<string, string>;
}

export interface DatiMittente extends KeepsUnknown {
  /** 1 = azienda, 2 = persona fisica / consulente [3P-claim]. */
  tipo: '1' | '2';
  cfPersonaMittente: string;
  ragSocMittente: string;
  cfMittente: string;
  cfSoftwarehouse?: string;
  sedeINPS?: string;
}

export interface PartTimePA extends KeepsUnknown {
  /** P orizzontale, V verticale, M misto. */
  tipoPartTime: 'P' | 'V' | 'M';
  /** Percentage × 1000 as an integer string: 66,67% → "66670" [3P-claim]. */
  percPartTime: string;
}

export interface InquadramentoLavPA extends KeepsUnknown {
  tipoImpiego: string;
  tipoServizio: string;
  percRetribuzione?: string;
  contratto?: string;
  qualifica?: string;
  partTimePA?: PartTimePA;
  /** 1 TFR, 2 optante (TFR misto), 3 TFS. */
  regimeFineServizio?: string;
}

export interface GestPensionistica extends KeepsUnknown {
  /** 1 CTPS, 2 CPDEL, 3 CPI, 4 CPUG, 5 CPS. */
  codGestione: string;
  imponibile: Amount;
  contributo: Amount;
  imponibileEccMass?: Amount;
  contrib1PerCento?: Amount;
  giorniUtiliFiniPensionistici?: string;
  retribVirtualeFiniPens?: Amount;
  stipendioTabellare?: Amount;
  retribIndivAnzianita?: Amount;
  quotaDatoreL166_91?: Amount;
  contributoL166_91?: Amount;
  /** Recuperi di sgravi (e.g. CodiceRecupero 57, msg INPS 4191/2023), in real files (docs/uniemens.md §2.4). */
  recuperoSgravi?: RecuperoSgravi[];
}

export interface RecuperoSgravi extends KeepsUnknown {
  annoRif: string;
  /** Unpadded in the one real fragment seen ("4"): kept as written. */
  meseRif: string;
  codiceRecupero: string;
  altroImponibile?: Amount;
  importo: Amount;
}

export interface GestPrevidenziale extends KeepsUnknown {
  /** 6 ex INADEL, 7 ex ENPAS. */
  codGestione: string;
  /** TFS writes ImponibileTFS/ContributoTFS, TFR writes ImponibileTFR/ContributoTFR. */
  tipo: 'TFS' | 'TFR';
  imponibile: Amount;
  contributo: Amount;
  /** TFR "ulteriori elementi" (INPS msg 2440/2019), only with a CodiceCessazione. */
  imponibileTFRUlterioriElem?: Amount;
  contributoTFRUlterioriElem?: Amount;
}

export interface GestCredito extends KeepsUnknown {
  /** 9 Gestione unitaria prestazioni creditizie e sociali. */
  codGestione: string;
  aderenteCredito45_2007?: string;
  imponibile: Amount;
  contributo: Amount;
}

/** ENPDEP (CodGestione 8) and ENAM (11): imponibile and contributo only. */
export interface GestSemplice extends KeepsUnknown {
  codGestione: string;
  imponibile: Amount;
  contributo: Amount;
}

export interface Gestioni extends KeepsUnknown {
  pensionistica?: GestPensionistica;
  previdenziale?: GestPrevidenziale;
  credito?: GestCredito;
  enpdep?: GestSemplice;
  enam?: GestSemplice;
}

export interface EnteVersante extends KeepsUnknown {
  /** 1 CPDEL, 2 CPI, 3 CPS, 5 agg. spec., 6 agg. 1%/solidarietà, 7 TFS, 8 TFR, 9 credito [3P-claim]. */
  tipoContributo: string;
  cfAzienda: string;
  prgAzienda: string;
  imponibile: Amount;
  contributo: Amount;
  annoMeseErogazione: string;
  /** 1 competenza, 2 cassa. */
  aliquota: '1' | '2';
}

/** What E0 and V1 share: a period with its inquadramento and gestioni. */
export interface Periodo extends KeepsUnknown {
  giornoInizio: string;
  giornoFine: string;
  inquadramento?: InquadramentoLavPA;
  gestioni?: Gestioni;
  codiceCessazione?: string;
  numeroMensilita?: string;
  retribTeoricaTabellareTFR?: Amount;
  retribValutabileTFR?: Amount;
}

/** A period inside the month of the denuncia. */
export interface E0 extends Periodo {
  inquadramento: InquadramentoLavPA;
  gestioni: Gestioni;
}

export interface DescrMotivoUtilizzo extends KeepsUnknown {
  dataAtto: string;
  identAtto?: string;
  numeroRegistro?: string;
}

/** A period before the month of the denuncia (variazione of what was declared). */
export interface V1 extends Periodo {
  /** 1 integrazione, 2 mai denunciati (refused since 15/06/2019), 5 sostituzione, 6 annullamento, 7 conguaglio. */
  causaleVariazione: string;
  codMotivoUtilizzo?: string;
  descrMotivoUtilizzo?: DescrMotivoUtilizzo;
  enteVersante: EnteVersante[];
}

/** Complementary pension fund (Perseo Sirio, Espero…): the main amounts only. */
export interface E1 extends KeepsUnknown {
  /** What its DatiPosContribIscritto had unknown (`unknown` holds those of E1 itself). */
  datiPosContribIscritto?: KeepsUnknown;
  codFondo: string;
  dataInizioPeriodo: string;
  dataFinePeriodo: string;
  retribSoggettaAContrib: Amount;
  contribLav: Amount;
  contribDL: Amount;
}

/** An installment of a riscatto / ricongiunzione. */
export interface F1 extends KeepsUnknown {
  annoMeseRif: string;
  codGestione: string;
  /** 11 riscatto fini pensionistici, 12 ricongiunzione L.29/79, 13 riscatto TFS, 28 riscatto TFR, 41 L.45/90. */
  tipoPiano: string;
  prgRata: string;
  totaleRate: string;
  importo: Amount;
  /** V versamento, R rimborso, S storno. */
  tipoOperazione: 'V' | 'R' | 'S';
}

export interface DatiSedeLavoro extends KeepsUnknown {
  codiceComune: string;
  cap: string;
}

export interface D0 extends KeepsUnknown {
  cfLavoratore: string;
  cognome: string;
  nome: string;
  datiSedeLavoro?: DatiSedeLavoro;
  e0: E0[];
  e1: E1[];
  f1: F1[];
  v1: V1[];
}

/** The PosPA container: INPS wants exactly one holding all D0 (00124I); the model keeps a list to say so. */
export interface PosPA extends KeepsUnknown {
  d0: D0[];
}

export interface ListaPosPA extends KeepsUnknown {
  /** "variazione" writes @TipoListaPosPA="1"; "ordinario" omits the attribute. */
  tipo: 'ordinario' | 'variazione';
  prgAzienda: string;
  cfRappresentanteFirmatario: string;
  istat?: string;
  formaGiuridica?: string;
  posPA: PosPA[];
}

export interface Azienda extends KeepsUnknown {
  annoMeseDenuncia: string;
  cfAzienda: string;
  ragSocAzienda: string;
  listaPosPA: ListaPosPA;
}

export interface Denuncia extends KeepsUnknown {
  datiMittente: DatiMittente;
  azienda: Azienda;
}

/** All D0 of a denuncia, across PosPA containers, in document order. */
export function allD0(denuncia: Denuncia): D0[] {
  return denuncia.azienda.listaPosPA.posPA.flatMap((pos) => pos.d0);
}

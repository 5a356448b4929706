import type { ComputedContributo } from '../../../shared/domain/listapospa/contributions';
import type {
  D0,
  DescrMotivoUtilizzo,
  E1,
  EnteVersante,
  F1,
  Gestioni,
  KeepsUnknown,
  Periodo,
  RecuperoSgravi,
  V1,
} from '../../../shared/domain/listapospa/model';
import { TIPO_IMPIEGO_GIORNALIERO } from '../../../shared/domain/listapospa/codeTables';
import { imponibileTfsDaRetribuzioneUtile } from '../../../shared/domain/listapospa/contributions';
import {
  ENAM,
  ENPDEP,
  GEST_CREDITO,
  GEST_PENSIONISTICA,
  GEST_PREVIDENZIALE,
  RECUPERO_SGRAVI,
} from '../../../shared/domain/listapospa/tracciato';
import type { ElementDesc, Fields as FieldDescs } from '../../../shared/domain/listapospa/tracciatoKit';
import type { MessageKey } from '../../i18n';

/**
 * What the worker form does to the model, without React: the gestioni as data (one fieldset
 * component draws all five), new quadri with sensible defaults, and the optional groups that
 * exist only while one of their fields is filled (so the XML never carries empty elements).
 */

export type GestioneKey = Exclude<keyof Gestioni, keyof KeepsUnknown>;

export interface ExtraField {
  key: string;
  label: MessageKey;
  kind: 'amount' | 'text';
  /** The computeGestioni item whose expected amount is shown under this field. */
  computed?: ComputedContributo['field'];
}

export interface GestioneSpec {
  key: GestioneKey;
  legend: MessageKey;
  /** The CodGestione codes this gestione admits (code table shared/…/codeTables.ts). */
  codes: readonly string[];
  /** Optional fields beyond imponibile and contributo. */
  extras: readonly ExtraField[];
  /**
   * Extras shown only when this holds (`opened`: the operator asked for them), or when one of
   * them already has a value or a finding. Without it they are always shown.
   */
  extrasWhen?: (periodo: Periodo, opened: boolean) => boolean;
  /** Label of the button that opens extras shown on demand. */
  extrasToggle?: MessageKey;
}

/** The optional leaf fields of an element of the tracciato (children such as RecuperoSgravi apart). */
type OptionalLeafKeys<F extends FieldDescs> = {
  [K in keyof F]: F[K] extends { kind: 'leaf'; optional: true } ? K : never;
}[keyof F] &
  string;

/**
 * A gestione's extras: its optional leaves in the order of the tracciato (tracciato.ts), each
 * with its label here, where the compiler asks for one for every optional field of the description.
 */
function extrasOf<F extends FieldDescs>(
  desc: ElementDesc<F>,
  labels: Record<OptionalLeafKeys<F>, MessageKey>,
  computed: Partial<Record<OptionalLeafKeys<F>, ComputedContributo['field']>> = {},
): ExtraField[] {
  return Object.entries(desc.fields).flatMap(([key, field]) => {
    if (field.kind !== 'leaf' || !field.optional) return [];
    const label = (labels as Record<string, MessageKey>)[key];
    const hint = (computed as Record<string, ComputedContributo['field'] | undefined>)[key];
    if (!label) return [];
    return [
      { key, label, kind: field.value === 'amount' ? 'amount' : 'text', ...(hint ? { computed: hint } : {}) },
    ];
  });
}

/** The CodGestione codes a gestione admits: its enumeration, or its one fixed code. */
function codesOf(desc: ElementDesc): readonly string[] {
  const field = desc.fields.codGestione;
  if (field?.kind !== 'leaf') return [];
  return field.fixed !== undefined ? [field.fixed] : (field.type.enumeration ?? []);
}

export const GESTIONE_SPECS: readonly GestioneSpec[] = [
  {
    key: 'pensionistica',
    legend: 'lp.gest.pensionistica',
    codes: codesOf(GEST_PENSIONISTICA),
    extras: extrasOf(GEST_PENSIONISTICA, {
      imponibileEccMass: 'lp.gest.imponibileEccMass',
      contrib1PerCento: 'lp.gest.contrib1PerCento',
      giorniUtiliFiniPensionistici: 'lp.gest.giorniUtili',
      retribVirtualeFiniPens: 'lp.gest.retribVirtualeFiniPens',
      stipendioTabellare: 'lp.gest.stipendioTabellare',
      retribIndivAnzianita: 'lp.gest.retribIndivAnzianita',
      quotaDatoreL166_91: 'lp.gest.quotaDatoreL166_91',
      contributoL166_91: 'lp.gest.contributoL166_91',
    }),
    // Rarely used: on demand, so that a period stays short to read; a giornaliero needs
    // GiorniUtiliFiniPensionistici (00072I), so there they are shown.
    extrasWhen: (periodo, opened) =>
      opened || periodo.inquadramento?.tipoImpiego === TIPO_IMPIEGO_GIORNALIERO,
    extrasToggle: 'lp.gest.altriImporti',
  },
  {
    key: 'previdenziale',
    legend: 'lp.gest.previdenziale',
    codes: codesOf(GEST_PREVIDENZIALE),
    extras: extrasOf(
      GEST_PREVIDENZIALE,
      {
        imponibileTFRUlterioriElem: 'lp.gest.imponibileTFRUlterioriElem',
        contributoTFRUlterioriElem: 'lp.gest.contributoTFRUlterioriElem',
      },
      { contributoTFRUlterioriElem: 'previdenzialeUlterioriElem' },
    ),
    // "Ulteriori elementi" exist only for the TFR (INPS msg 2440/2019).
    extrasWhen: (periodo) => periodo.gestioni?.previdenziale?.tipo === 'TFR',
  },
  {
    key: 'credito',
    legend: 'lp.gest.credito',
    codes: codesOf(GEST_CREDITO),
    extras: extrasOf(GEST_CREDITO, { aderenteCredito45_2007: 'lp.gest.aderenteCredito' }),
    extrasWhen: (_periodo, opened) => opened,
    extrasToggle: 'lp.gest.altriDati',
  },
  { key: 'enpdep', legend: 'lp.gest.enpdep', codes: codesOf(ENPDEP), extras: [] },
  { key: 'enam', legend: 'lp.gest.enam', codes: codesOf(ENAM), extras: [] },
];

/** A gestione seen as its fields by name: the specs address fields by key. */
type Fields = Record<string, string | undefined>;
const fieldsOf = (gestioni: Gestioni, key: GestioneKey) => gestioni[key] as unknown as Fields | undefined;

export function extraValue(gestioni: Gestioni, key: GestioneKey, field: string): string | undefined {
  return fieldsOf(gestioni, key)?.[field];
}

/** Whether an extra holds a value or has a finding: then it is shown whatever the condition. */
export function extrasNeeded(
  spec: GestioneSpec,
  gestioni: Gestioni,
  flaggedPaths: readonly string[],
): boolean {
  return spec.extras.some(
    (extra) =>
      extraValue(gestioni, spec.key, extra.key) !== undefined ||
      flaggedPaths.some((path) => path.endsWith(`.${spec.key}.${extra.key}`)),
  );
}

export function showExtras(
  spec: GestioneSpec,
  periodo: Periodo,
  opened = false,
  flaggedPaths: readonly string[] = [],
): boolean {
  const gestioni = periodo.gestioni ?? {};
  if (!gestioni[spec.key]) return false;
  if (!spec.extrasWhen || spec.extrasWhen(periodo, opened)) return true;
  return extrasNeeded(spec, gestioni, flaggedPaths);
}

/** Chooses the gestione's code: none removes it, a first code creates it with zero amounts. */
export function setGestioneCode(gestioni: Gestioni, key: GestioneKey, code: string | undefined): void {
  if (code === undefined) {
    delete gestioni[key];
    return;
  }
  const current = gestioni[key];
  if (current) {
    current.codGestione = code;
    return;
  }
  const zero = { codGestione: code, imponibile: '0.00', contributo: '0.00' };
  if (key === 'previdenziale') gestioni.previdenziale = { ...zero, tipo: 'TFS' };
  else gestioni[key] = zero;
}

/**
 * The editor's labelled help: the operator types the retribuzione utile and ImponibileTFS/TFR
 * becomes its 80% (what the field declares, msg INPS 2440/2019). Never applied on its own.
 */
export function setImponibileDaRetribuzioneUtile(gestioni: Gestioni, retribuzioneUtile: string): void {
  if (gestioni.previdenziale) {
    gestioni.previdenziale.imponibile = imponibileTfsDaRetribuzioneUtile(retribuzioneUtile);
  }
}

/** TFS or TFR; back to TFS drops the TFR-only "ulteriori elementi". */
export function setPrevidenzialeTipo(gestioni: Gestioni, tipo: 'TFS' | 'TFR'): void {
  const prev = gestioni.previdenziale;
  if (!prev) return;
  prev.tipo = tipo;
  if (tipo === 'TFS') {
    delete prev.imponibileTFRUlterioriElem;
    delete prev.contributoTFRUlterioriElem;
  }
}

export function setGestioneField(
  gestioni: Gestioni,
  key: GestioneKey,
  field: string,
  value: string | undefined,
): void {
  const target = fieldsOf(gestioni, key);
  if (!target) return;
  if (value === undefined || value === '') delete target[field];
  else target[field] = value;
}

/** Sets or clears (empty text) an optional property. */
export function setOptional<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | '' | undefined,
): void {
  if (value === undefined || value === '') delete target[key];
  else target[key] = value as T[K];
}

/** DatiSedeLavoro exists while codiceComune or CAP is filled. */
export function setSedeLavoro(d0: D0, field: 'codiceComune' | 'cap', value: string): void {
  const next = { codiceComune: '', cap: '', ...d0.datiSedeLavoro, [field]: value.trim().toUpperCase() };
  if (next.codiceComune === '' && next.cap === '') delete d0.datiSedeLavoro;
  else d0.datiSedeLavoro = next;
}

/** DescrMotivoUtilizzo exists while one of its fields is filled; DataAtto is the required one. */
export function setDescrMotivo(v1: V1, field: keyof DescrMotivoUtilizzo, value: string): void {
  const next: DescrMotivoUtilizzo = { dataAtto: '', ...v1.descrMotivoUtilizzo };
  if (field === 'dataAtto') next.dataAtto = value.trim();
  else setOptional(next, field, value.trim());
  if (next.dataAtto === '' && next.identAtto === undefined && next.numeroRegistro === undefined)
    delete v1.descrMotivoUtilizzo;
  else v1.descrMotivoUtilizzo = next;
}

/** Without a CodMotivoUtilizzo there is nothing to describe. */
export function setCodMotivoUtilizzo(v1: V1, code: string | undefined): void {
  if (code === undefined) {
    delete v1.codMotivoUtilizzo;
    delete v1.descrMotivoUtilizzo;
  } else v1.codMotivoUtilizzo = code;
}

export const firstDay = (annoMese: string) => `${annoMese}-01`;
export const lastDay = (annoMese: string) => {
  const [y = 2000, m = 1] = annoMese.split('-').map(Number);
  return `${annoMese}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
export const previousMonth = (annoMese: string) => {
  const [y = 2000, m = 1] = annoMese.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** EnteVersante TipoContributo of a cassa pensionistica (CPDEL 1, CPI 2, CPS 3; docs/uniemens.md §2.2). */
const TIPO_CONTRIBUTO_OF_CASSA: Record<string, string> = { '2': '1', '3': '2', '5': '3' };

/**
 * A new EnteVersante row of a V1: the cassa of the period, this ente as payer, the month of the
 * period as month of payment, aliquota di cassa (what payroll software writes by default,
 * docs/uniemens.md §2.2). Amounts start at zero: the operator splits the quadro's totals.
 */
export function newEnteVersante(v1: V1, cfAzienda: string, prgAzienda: string): EnteVersante {
  return {
    tipoContributo: TIPO_CONTRIBUTO_OF_CASSA[v1.gestioni?.pensionistica?.codGestione ?? ''] ?? '1',
    cfAzienda,
    prgAzienda,
    imponibile: '0.00',
    contributo: '0.00',
    annoMeseErogazione: v1.giornoInizio.slice(0, 7),
    aliquota: '2',
  };
}

export function newE1(annoMese: string): E1 {
  return {
    codFondo: '',
    dataInizioPeriodo: firstDay(annoMese),
    dataFinePeriodo: lastDay(annoMese),
    retribSoggettaAContrib: '0.00',
    contribLav: '0.00',
    contribDL: '0.00',
  };
}

export function newF1(annoMese: string): F1 {
  return {
    annoMeseRif: annoMese,
    codGestione: '2',
    tipoPiano: '11',
    prgRata: '1',
    totaleRate: '1',
    importo: '0.00',
    tipoOperazione: 'V',
  };
}

/**
 * A new RecuperoSgravi row of a GestPensionistica: the year and month of the period (the month
 * unpadded, as in the real file seen, docs/uniemens.md §2.4), no code yet, a zero amount.
 */
export function newRecuperoSgravi(periodo: Periodo): RecuperoSgravi {
  const [anno = '', mese = ''] = periodo.giornoInizio.split('-');
  return { annoRif: anno, meseRif: String(Number(mese) || ''), codiceRecupero: '', importo: '0.00' };
}

export function addRecuperoSgravi(gestioni: Gestioni, periodo: Periodo): void {
  const pens = gestioni.pensionistica;
  if (pens) (pens.recuperoSgravi ??= []).push(newRecuperoSgravi(periodo));
}

/** The last row removed takes the list with it: the XML never carries an empty one. */
export function removeRecuperoSgravi(gestioni: Gestioni, index: number): void {
  const pens = gestioni.pensionistica;
  if (!pens?.recuperoSgravi) return;
  pens.recuperoSgravi.splice(index, 1);
  if (pens.recuperoSgravi.length === 0) delete pens.recuperoSgravi;
}

/** A field of a RecuperoSgravi row, by its key in the tracciato; an empty optional one is removed. */
export function setRecuperoSgraviField(
  gestioni: Gestioni,
  index: number,
  key: keyof typeof RECUPERO_SGRAVI.fields,
  value: string | undefined,
): void {
  const row = gestioni.pensionistica?.recuperoSgravi?.[index];
  if (!row) return;
  if (RECUPERO_SGRAVI.fields[key].optional && (value === undefined || value === '')) delete row[key];
  else row[key] = value ?? '';
}

import {
  D0,
  DATI_SEDE_LAVORO,
  E0,
  GEST_CREDITO,
  GEST_PENSIONISTICA,
  GEST_PREVIDENZIALE,
  INQUADRAMENTO,
  PART_TIME_PA,
} from '../tracciato';
import type { ElementDesc, Leaf } from '../tracciatoKit';

/**
 * The fields a payroll file's columns can fill: the leaves of D0, E0 (with its inquadramento) and
 * of the gestioni, taken from the description of the tracciato (tracciato.ts) so a field added
 * there is offered here with its label. A row of the file is one worker in one gestione: the
 * gestione's fields are the same columns whatever the gestione (`gestione.imponibile`), and the
 * row's "Codice gestione" says which gestione of the E0 they fill.
 */

export type PayrollLevel = 'd0' | 'e0' | 'gestione';
export type PayrollValueKind = 'text' | 'code' | 'amount' | 'date' | 'percent';

export interface PayrollField {
  /** Stable id, saved in mappings: `d0.cfLavoratore`, `e0.inquadramento.tipoImpiego`, `gestione.imponibile`. */
  id: string;
  level: PayrollLevel;
  /** Path inside the D0, the E0 or the gestione object. */
  path: readonly string[];
  /** The template's column header: the field's Italian label in the tracciato. */
  header: string;
  /** The XML element name: a file with those headers maps too. */
  xml: string;
  kind: PayrollValueKind;
  required: boolean;
}

const kindOf = (leaf: Leaf, path: readonly string[]): PayrollValueKind => {
  if (leaf.value === 'amount') return 'amount';
  if (leaf.type.base === 'xs:date') return 'date';
  if (path.at(-1) === 'percPartTime') return 'percent';
  return leaf.codeTable || /CF|Codice|Qualifica|Tipo/.test(leaf.xml) ? 'code' : 'text';
};

function leavesOf(
  desc: ElementDesc,
  level: PayrollLevel,
  prefix: readonly string[],
  options: { only?: readonly string[]; label?: (leaf: Leaf) => string } = {},
): PayrollField[] {
  const out: PayrollField[] = [];
  for (const [key, field] of Object.entries(desc.fields)) {
    if (field.kind !== 'leaf' || field.fixed) continue;
    if (options.only && !options.only.includes(key)) continue;
    const path = [...prefix, key];
    out.push({
      id: `${level}.${path.join('.')}`,
      level,
      path,
      header: options.label ? options.label(field) : field.label,
      xml: field.xml,
      kind: kindOf(field, path),
      required: !field.optional,
    });
  }
  return out;
}

const partTimeLabel = (leaf: Leaf) => leaf.label;
const sedeLabel = (leaf: Leaf) => `${leaf.label} sede di lavoro`;

/** Fields of the gestioni beyond codice, imponibile and contributo, from each gestione that has them. */
const GESTIONE_EXTRAS = [
  ...leavesOf(GEST_PENSIONISTICA, 'gestione', [], {
    only: Object.keys(GEST_PENSIONISTICA.fields).filter(
      (key) => !['codGestione', 'imponibile', 'contributo', 'recuperoSgravi'].includes(key),
    ),
  }),
  ...leavesOf(GEST_PREVIDENZIALE, 'gestione', [], {
    only: ['imponibileTFRUlterioriElem', 'contributoTFRUlterioriElem'],
  }),
  ...leavesOf(GEST_CREDITO, 'gestione', [], { only: ['aderenteCredito45_2007'] }),
];

export const PAYROLL_FIELDS: readonly PayrollField[] = [
  ...leavesOf(D0, 'd0', []),
  ...leavesOf(DATI_SEDE_LAVORO, 'd0', ['datiSedeLavoro'], { label: sedeLabel }),
  ...leavesOf(E0, 'e0', []),
  ...leavesOf(INQUADRAMENTO, 'e0', ['inquadramento']),
  ...leavesOf(PART_TIME_PA, 'e0', ['inquadramento', 'partTimePA'], { label: partTimeLabel }),
  ...leavesOf(GEST_PENSIONISTICA, 'gestione', [], { only: ['codGestione', 'imponibile', 'contributo'] }),
  {
    id: 'gestione.tipo',
    level: 'gestione',
    path: ['tipo'],
    header: 'TFS o TFR',
    xml: 'TipoTFSTFR',
    kind: 'code',
    required: false,
  },
  ...GESTIONE_EXTRAS,
];

export const PAYROLL_FIELD_BY_ID: ReadonlyMap<string, PayrollField> = new Map(
  PAYROLL_FIELDS.map((field) => [field.id, field]),
);

/** Which gestione of the E0 a Codice gestione fills. */
export type GestioneSlot = 'pensionistica' | 'previdenziale' | 'credito' | 'enpdep' | 'enam';
export function gestioneSlotOf(codGestione: string): GestioneSlot | undefined {
  if (['1', '2', '3', '4', '5'].includes(codGestione)) return 'pensionistica';
  if (codGestione === '6' || codGestione === '7') return 'previdenziale';
  if (codGestione === '8') return 'enpdep';
  if (codGestione === '9') return 'credito';
  if (codGestione === '11') return 'enam';
  return undefined;
}

/** The extra fields each gestione has (pensionistica's, previdenziale's, credito's). */
export const EXTRAS_OF: Record<GestioneSlot, ReadonlySet<string>> = {
  pensionistica: new Set(
    Object.keys(GEST_PENSIONISTICA.fields).filter((key) => !['codGestione', 'recuperoSgravi'].includes(key)),
  ),
  previdenziale: new Set(Object.keys(GEST_PREVIDENZIALE.fields).filter((key) => key !== 'codGestione')),
  credito: new Set(Object.keys(GEST_CREDITO.fields).filter((key) => key !== 'codGestione')),
  enpdep: new Set(['imponibile', 'contributo']),
  enam: new Set(['imponibile', 'contributo']),
};

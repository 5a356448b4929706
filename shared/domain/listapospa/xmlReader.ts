import { amountFromXml } from './amount';
import type {
  D0,
  DatiMittente,
  DescrMotivoUtilizzo,
  Denuncia,
  E0,
  E1,
  EnteVersante,
  F1,
  GestSemplice,
  Gestioni,
  InquadramentoLavPA,
  KeepsUnknown,
  ListaPosPA,
  PartTimePA,
  Periodo,
  PosPA,
  RawElement,
  RecuperoSgravi,
  UnknownElement,
  V1,
} from './model';
import {
  D0 as D0_DESC,
  DATI_MITTENTE,
  DATI_SEDE_LAVORO,
  DESCR_MOTIVO_UTILIZZO,
  E0 as E0_DESC,
  E1 as E1_DESC,
  ENPDEP,
  ENTE_VERSANTE,
  F1 as F1_DESC,
  GEST_CREDITO,
  GEST_PENSIONISTICA,
  GESTIONI,
  INQUADRAMENTO,
  PART_TIME_PA,
  RECUPERO_SGRAVI,
  V1 as V1_DESC,
} from './tracciato';
import { MAX_UNKNOWN_DEPTH, type ElementDesc, type Leaf } from './tracciatoKit';
import { X } from './xmlNames';

/** E1's fields sit in an element the model does not have. */
const E1_WRAPPER = 'DatiPosContribIscritto';
import { decodeXmlBytes } from './xmlEncoding';
import { XmlSyntaxError, parseXml, positionAt, type XmlNode } from './xmlTokenizer';

/**
 * Reads a ListaPosPA XML (ours, INPS "Visualizza DMA" exports, payroll software) into the model.
 * Linear: each D0 is converted as soon as it closes. What the model does not hold (Z2,
 * AltriImportiAConguaglio, fields not yet modelled) is kept verbatim in the model object of its
 * parent, with its place, so export writes it back; the user is told once per kind of element.
 * Missing mandatory values are errors with the model path.
 */

export interface ReadIssue {
  severity: 'errore' | 'avviso';
  path: string;
  message: string;
}

export interface ReadResult {
  denuncia: Denuncia;
  issues: ReadIssue[];
  /** Where each kept unknown element is in the source text: `withoutKept` blanks them out. */
  unknown: { name: string; offset: number; end: number }[];
  /** The kept attributes of known elements, as `Element@attribute`, once each. */
  unknownAttrs: string[];
}

/**
 * The children of an element the model reads, in order, with the ones it does not know kept
 * apart. Looked up by a scan: an element has a handful of children, and hashing the name of each
 * of the millions of elements of a 50,000-D0 file into a Map costs more than the scans.
 */
class Children {
  readonly nodes: XmlNode[] = [];
  unknown?: UnknownElement[];
  unknownAttrs?: Record<string, string>;

  first(name: string): XmlNode | undefined {
    for (const node of this.nodes) if (node.name === name) return node;
    return undefined;
  }

  /** Every child of that name (the lists the model holds: E0, V1, EnteVersante…). */
  all(name: string): XmlNode[] {
    return this.nodes.filter((node) => node.name === name);
  }

  has(name: string): boolean {
    return this.first(name) !== undefined;
  }

  count(name: string): number {
    let count = 0;
    for (const node of this.nodes) if (node.name === name) count += 1;
    return count;
  }
}

/** The attributes the model holds, by element; every other one is kept as it was. */
const KNOWN_ATTRS: Readonly<Record<string, readonly string[]>> = {
  DatiMittente: ['Tipo'],
  ListaPosPA: ['TipoListaPosPA'],
  V1_PeriodoPrecedente: ['CausaleVariazione', 'CodMotivoUtilizzo'],
};

const KEPT_BECAUSE = {
  sconosciuto: 'non è gestito da questa versione: è conservato così com’è e riscritto nel file esportato.',
  ripetuto:
    'compare più di una volta: vale il primo; gli altri sono conservati così come sono e riscritti nel file esportato.',
  altroTipo:
    'appartiene all’altro regime (TFS o TFR) della gestione: vale quello del TFR; è conservato così com’è e riscritto nel file esportato.',
} as const;

/** Elements the model holds as lists: any other known one is read once, a repetition kept apart. */
const REPEATED: ReadonlySet<string> = new Set([
  'PosPA',
  X.e0,
  X.e1,
  X.f1,
  X.v1,
  'EnteVersante',
  'RecuperoSgravi',
]);

export { MAX_UNKNOWN_DEPTH };

/** Well-formed XML that is not a ListaPosPA; at the element concerned, like syntax errors. */
export class ListaPosPAFormatError extends XmlSyntaxError {
  constructor(message: string, line: number, column: number) {
    super(message, line, column);
    this.name = 'ListaPosPAFormatError';
  }
}

const formatError = (xml: string, node: XmlNode, message: string) => {
  const { line, column } = positionAt(xml, node.offset);
  return new ListaPosPAFormatError(message, line, column);
};

class Reader {
  readonly issues: ReadIssue[] = [];
  readonly unknownAt: { name: string; offset: number; end: number }[] = [];
  readonly attrsKept: string[] = [];
  private readonly reported = new Set<string>();

  /**
   * Children of `node` by name. The ones not in `known`, and the repetitions of a known one the
   * model holds once, are kept as UnknownElement after the known sibling before them.
   */
  index(node: XmlNode, path: string, known: readonly string[], otherTipo: readonly string[] = []): Children {
    const byName = new Children();
    this.attrs(byName, node, path);
    let last: string | undefined;
    for (const child of node.children) {
      const isKnown = known.includes(child.name);
      if (!isKnown || (byName.has(child.name) && !REPEATED.has(child.name))) {
        const afterIndex = last === undefined ? 0 : Math.max(byName.count(last), 1) - 1;
        const why = isKnown ? 'ripetuto' : otherTipo.includes(child.name) ? 'altroTipo' : 'sconosciuto';
        this.keep(byName, node, child, path, last, afterIndex, why);
        continue;
      }
      byName.nodes.push(child);
      last = child.name;
    }
    return byName;
  }

  /** Attributes of `node` the model does not hold, kept and named once per kind. */
  attrs(into: Children, node: XmlNode, path: string) {
    for (const name in node.attrs) {
      if (KNOWN_ATTRS[node.name]?.includes(name)) continue;
      (into.unknownAttrs ??= {})[name] = node.attrs[name] ?? '';
      const key = `${node.name}@${name}`;
      if (!this.reported.has(key)) {
        this.attrsKept.push(key);
        this.reported.add(key);
        this.issues.push({
          severity: 'avviso',
          path,
          message:
            `L’attributo ${name} di <${node.name}> non è gestito da questa versione: ` +
            'è conservato così com’è e riscritto nel file esportato.',
        });
      }
    }
  }

  /**
   * `why`: an element no one here knows is hidden from the reconstructed XSD (it cannot describe
   * it); a known one out of place (`ripetuto`, the other of TFS/TFR) is left for the XSD to judge.
   */
  keep(
    into: Children,
    parent: XmlNode,
    child: XmlNode,
    path: string,
    after: string | undefined,
    afterIndex: number,
    why: 'sconosciuto' | 'ripetuto' | 'altroTipo' = 'sconosciuto',
  ) {
    const kept: UnknownElement = rawOf(child, 1, () => {
      this.issues.push({
        severity: 'errore',
        path,
        message: `L’elemento <${child.name}> in <${parent.name}> è annidato oltre ${MAX_UNKNOWN_DEPTH} livelli: non può essere conservato.`,
      });
    });
    if (after !== undefined) {
      kept.after = after;
      kept.afterIndex = afterIndex;
    }
    (into.unknown ??= []).push(kept);
    if (why === 'sconosciuto')
      this.unknownAt.push({ name: child.name, offset: child.offset, end: child.end });
    const key = `${parent.name}/${child.name}/${why}`;
    // One notice per kind of element: a file with 50,000 D0 would repeat it 50,000 times.
    if (!this.reported.has(key)) {
      this.reported.add(key);
      this.issues.push({
        severity: why === 'sconosciuto' ? 'avviso' : 'errore',
        path,
        message: `L’elemento <${child.name}> in <${parent.name}> ${KEPT_BECAUSE[why]}`,
      });
    }
  }

  /*
   * `path` and `key` make the issue's path, joined only when there is an issue: the reader asks
   * for some 25 values per D0.
   */
  text(children: Children, name: string, path: string, key?: string): string {
    const node = children.first(name);
    if (!node) {
      this.issues.push({
        severity: 'errore',
        path: pathOf(path, key),
        message: `Manca l’elemento obbligatorio <${name}>.`,
      });
      return '';
    }
    return node.text;
  }

  optional(children: Children, name: string): string | undefined {
    return children.first(name)?.text;
  }

  amount(children: Children, name: string, path: string, key?: string): string {
    const value = this.optionalAmount(children, name, path, key);
    if (value === undefined) {
      if (!children.has(name)) {
        this.issues.push({
          severity: 'errore',
          path: pathOf(path, key),
          message: `Manca l’importo obbligatorio <${name}>.`,
        });
      }
      return '0.00';
    }
    return value;
  }

  optionalAmount(children: Children, name: string, path: string, key?: string): string | undefined {
    const node = children.first(name);
    if (!node) return undefined;
    const value = amountFromXml(node.text);
    if (value === undefined) {
      this.issues.push({
        severity: 'errore',
        path: pathOf(path, key),
        message: `<${name}> non è un importo: "${node.text}" (atteso, ad esempio, 1234,56).`,
      });
    }
    return value;
  }
}

const pathOf = (path: string, key: string | undefined) => (key === undefined ? path : `${path}.${key}`);

const put = <T extends object, K extends string, V>(target: T, key: K, value: V | undefined) => {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
};

/** The unknown children found by `index`, onto the model object of their parent. */
function withUnknown<T extends object>(target: T, children: Children): T {
  if (children.unknown) (target as KeepsUnknown).unknown = children.unknown;
  if (children.unknownAttrs) (target as KeepsUnknown).unknownAttrs = children.unknownAttrs;
  return target;
}

/** An element as it was: attributes, text of a leaf, children (whitespace between them dropped). */
function rawOf(node: XmlNode, depth: number, tooDeep: () => void): RawElement {
  const raw: RawElement = { name: node.name };
  if (Object.keys(node.attrs).length > 0) raw.attrs = { ...node.attrs };
  if (node.children.length > 0) {
    if (depth >= MAX_UNKNOWN_DEPTH) tooDeep();
    else raw.children = node.children.map((child) => rawOf(child, depth + 1, tooDeep));
  } else if (node.text !== '') raw.text = node.text;
  return raw;
}

/** What reading an element takes from its description, worked out once (the reader visits millions). */
interface ReadPlan {
  /** Its children: leaves, child elements, wrappers, in order (anything else is kept as unknown). */
  known: readonly string[];
  /** Its leaves (those inside `wrapper`, when given), TFS/TFR ones apart. */
  leaves: readonly (readonly [string, Leaf])[];
}

function readPlan(desc: ElementDesc, wrapper?: string): ReadPlan {
  const known: string[] = [];
  const leaves: (readonly [string, Leaf])[] = [];
  for (const [key, field] of Object.entries(desc.fields)) {
    if (field.kind === 'child') known.push(field.xml);
    else if (field.kind !== 'leaf') continue;
    else if (field.wrapper !== wrapper) {
      if (wrapper === undefined && field.wrapper && !known.includes(field.wrapper)) known.push(field.wrapper);
    } else if (field.suffixedBy) known.push(...field.suffixedBy.map((suffix) => field.xml + suffix));
    else {
      known.push(field.xml);
      leaves.push([key, field]);
    }
  }
  return { known, leaves };
}

const optionalOnly = (plan: ReadPlan): ReadPlan => ({
  known: plan.known,
  leaves: plan.leaves.filter(([, leaf]) => leaf.optional),
});

const PLAN = {
  mittente: readPlan(DATI_MITTENTE),
  d0: readPlan(D0_DESC),
  sede: readPlan(DATI_SEDE_LAVORO),
  e0: readPlan(E0_DESC),
  v1: readPlan(V1_DESC),
  descr: readPlan(DESCR_MOTIVO_UTILIZZO),
  enteVersante: readPlan(ENTE_VERSANTE),
  e1: readPlan(E1_DESC),
  e1Dati: readPlan(E1_DESC, E1_WRAPPER),
  f1: readPlan(F1_DESC),
  inquadramento: readPlan(INQUADRAMENTO),
  partTime: readPlan(PART_TIME_PA),
  gestioni: readPlan(GESTIONI),
  pensionistica: readPlan(GEST_PENSIONISTICA),
  pensionisticaOptional: optionalOnly(readPlan(GEST_PENSIONISTICA)),
  recuperoSgravi: readPlan(RECUPERO_SGRAVI),
  credito: readPlan(GEST_CREDITO),
  semplice: readPlan(ENPDEP),
};

/**
 * The leaves the description gives an element, read from its children into `target`: a missing
 * required one is an issue (and '' or 0,00), a missing optional one is left out.
 */
function readLeaves<T extends object>(r: Reader, c: Children, plan: ReadPlan, path: string, target: T): T {
  const into = target as Record<string, unknown>;
  for (const [key, field] of plan.leaves) {
    if (field.value === 'amount') {
      if (field.optional) put(into, key, r.optionalAmount(c, field.xml, path, key));
      else into[key] = r.amount(c, field.xml, path, key);
    } else if (field.optional) put(into, key, r.optional(c, field.xml));
    else into[key] = r.text(c, field.xml, path, key);
  }
  return target;
}

/** An element made of leaves only, read as its description says. */
function readPlain<T extends object>(r: Reader, node: XmlNode, plan: ReadPlan, path: string): T {
  const c = r.index(node, path, plan.known);
  return withUnknown(readLeaves(r, c, plan, path, {} as T), c);
}

function readInquadramento(r: Reader, node: XmlNode, path: string): InquadramentoLavPA {
  // In every period of every D0: read by hand, as an object literal (a generic read of its leaves
  // costs the 50,000-D0 file a tenth more); tracciato.test.ts checks it reads every field.
  const c = r.index(node, path, PLAN.inquadramento.known);
  const inq: InquadramentoLavPA = withUnknown(
    {
      tipoImpiego: r.text(c, 'TipoImpiego', path, 'tipoImpiego'),
      tipoServizio: r.text(c, 'TipoServizio', path, 'tipoServizio'),
    },
    c,
  );
  put(inq, 'percRetribuzione', r.optional(c, 'PercRetribuzione'));
  put(inq, 'contratto', r.optional(c, 'Contratto'));
  put(inq, 'qualifica', r.optional(c, 'Qualifica'));
  const pt = c.first('PartTimePA');
  if (pt) inq.partTimePA = readPlain<PartTimePA>(r, pt, PLAN.partTime, `${path}.partTimePA`);
  put(inq, 'regimeFineServizio', r.optional(c, 'RegimeFineServizio'));
  return inq;
}

function readSemplice(r: Reader, node: XmlNode, path: string): GestSemplice {
  return readPlain<GestSemplice>(r, node, PLAN.semplice, path);
}

function readRecuperoSgravi(r: Reader, node: XmlNode, path: string): RecuperoSgravi {
  return readPlain<RecuperoSgravi>(r, node, PLAN.recuperoSgravi, path);
}

/** GestPrevidenziale's children by regime, fixed lists rather than ones built per period. */
const PREVIDENZIALE = {
  TFS: {
    imponibile: 'ImponibileTFS',
    contributo: 'ContributoTFS',
    known: [
      'CodGestione',
      'ImponibileTFS',
      'ContributoTFS',
      'ImponibileTFRUlterioriElem',
      'ContributoTFRUlterioriElem',
    ],
    other: [],
  },
  TFR: {
    imponibile: 'ImponibileTFR',
    contributo: 'ContributoTFR',
    known: [
      'CodGestione',
      'ImponibileTFR',
      'ContributoTFR',
      'ImponibileTFRUlterioriElem',
      'ContributoTFRUlterioriElem',
    ],
    other: ['ImponibileTFS', 'ContributoTFS'],
  },
} as const satisfies Record<
  string,
  { imponibile: string; contributo: string; known: readonly string[]; other: readonly string[] }
>;

/**
 * CodGestione, Imponibile and Contributo, which GestPensionistica and GestCredito both begin with:
 * by hand, as an object literal, like readInquadramento (in every period of every D0); the caller
 * adds what its gestione has more. GestPrevidenziale writes its own literal: its amounts are named
 * by regime and its tipo sits among them (spreading this into it costs the 50,000-D0 file a tenth).
 */
function readGestione(r: Reader, p: Children, at: string): GestSemplice {
  return withUnknown(
    {
      codGestione: r.text(p, 'CodGestione', at, 'codGestione'),
      imponibile: r.amount(p, 'Imponibile', at, 'imponibile'),
      contributo: r.amount(p, 'Contributo', at, 'contributo'),
    },
    p,
  );
}

function readGestioni(r: Reader, node: XmlNode, path: string): Gestioni {
  const c = r.index(node, path, PLAN.gestioni.known);
  const g: Gestioni = withUnknown({}, c);
  const pens = c.first('GestPensionistica');
  if (pens) {
    const at = `${path}.pensionistica`;
    const p = r.index(pens, at, PLAN.pensionistica.known);
    // The required leaves by hand, the optional ones from the description.
    g.pensionistica = readLeaves(r, p, PLAN.pensionisticaOptional, at, readGestione(r, p, at));
    const recuperi = p.all('RecuperoSgravi');
    if (recuperi.length > 0) {
      g.pensionistica.recuperoSgravi = recuperi.map((node, i) =>
        readRecuperoSgravi(r, node, `${at}.recuperoSgravi[${i}]`),
      );
    }
  }
  const prev = c.first('GestPrevidenziale');
  if (prev) {
    const at = `${path}.previdenziale`;
    // TFR when any TFR amount is there; the TFS ones beside them are kept, not lost.
    const tfr = prev.children.some((n) => n.name === 'ImponibileTFR' || n.name === 'ContributoTFR');
    const tipo: 'TFS' | 'TFR' = tfr ? 'TFR' : 'TFS';
    const names = PREVIDENZIALE[tipo];
    const p = r.index(prev, at, names.known, names.other);
    g.previdenziale = withUnknown(
      {
        codGestione: r.text(p, 'CodGestione', at, 'codGestione'),
        tipo,
        imponibile: r.amount(p, names.imponibile, at, 'imponibile'),
        contributo: r.amount(p, names.contributo, at, 'contributo'),
      },
      p,
    );
    put(
      g.previdenziale,
      'imponibileTFRUlterioriElem',
      r.optionalAmount(p, 'ImponibileTFRUlterioriElem', at, 'imponibileTFRUlterioriElem'),
    );
    put(
      g.previdenziale,
      'contributoTFRUlterioriElem',
      r.optionalAmount(p, 'ContributoTFRUlterioriElem', at, 'contributoTFRUlterioriElem'),
    );
  }
  const cred = c.first('GestCredito');
  if (cred) {
    const at = `${path}.credito`;
    const p = r.index(cred, at, PLAN.credito.known);
    g.credito = readGestione(r, p, at);
    put(g.credito, 'aderenteCredito45_2007', r.optional(p, 'AderenteCredito45_2007'));
  }
  const enpdep = c.first('ENPDEP');
  if (enpdep) g.enpdep = readSemplice(r, enpdep, `${path}.enpdep`);
  const enam = c.first('ENAM');
  if (enam) g.enam = readSemplice(r, enam, `${path}.enam`);
  return g;
}

/** The leaves of a period (E0 and V1 have the same), with its inquadramento and gestioni. */
function readPeriodo(r: Reader, c: Children, path: string): Periodo {
  // By hand, like readInquadramento: in every D0.
  const periodo: Periodo = withUnknown(
    {
      giornoInizio: r.text(c, 'GiornoInizio', path, 'giornoInizio'),
      giornoFine: r.text(c, 'GiornoFine', path, 'giornoFine'),
    },
    c,
  );
  const inq = c.first('InquadramentoLavPA');
  if (inq) periodo.inquadramento = readInquadramento(r, inq, `${path}.inquadramento`);
  const gest = c.first('Gestioni');
  if (gest) periodo.gestioni = readGestioni(r, gest, `${path}.gestioni`);
  put(periodo, 'codiceCessazione', r.optional(c, 'CodiceCessazione'));
  put(periodo, 'numeroMensilita', r.optional(c, 'NumeroMensilita'));
  put(
    periodo,
    'retribTeoricaTabellareTFR',
    r.optionalAmount(c, 'RetribTeoricaTabellareTFR', path, 'retribTeoricaTabellareTFR'),
  );
  put(
    periodo,
    'retribValutabileTFR',
    r.optionalAmount(c, 'RetribValutabileTFR', path, 'retribValutabileTFR'),
  );
  return periodo;
}

function readE0(r: Reader, node: XmlNode, path: string): E0 {
  const c = r.index(node, path, PLAN.e0.known);
  const periodo = readPeriodo(r, c, path);
  if (!periodo.inquadramento) {
    r.issues.push({
      severity: 'errore',
      path: `${path}.inquadramento`,
      message: 'Manca <InquadramentoLavPA>.',
    });
  }
  if (!periodo.gestioni) {
    r.issues.push({ severity: 'errore', path: `${path}.gestioni`, message: 'Manca <Gestioni>.' });
  }
  return {
    ...periodo,
    inquadramento: periodo.inquadramento ?? { tipoImpiego: '', tipoServizio: '' },
    gestioni: periodo.gestioni ?? {},
  };
}

function readEnteVersante(r: Reader, node: XmlNode, path: string): EnteVersante {
  return readPlain<EnteVersante>(r, node, PLAN.enteVersante, path);
}

function readV1(r: Reader, node: XmlNode, path: string): V1 {
  const c = r.index(node, path, PLAN.v1.known);
  const causale = node.attrs['CausaleVariazione'];
  if (causale === undefined) {
    r.issues.push({
      severity: 'errore',
      path: `${path}.causaleVariazione`,
      message: 'Manca l’attributo CausaleVariazione del quadro V1.',
    });
  }
  const v1: V1 = { causaleVariazione: causale ?? '', ...readPeriodo(r, c, path), enteVersante: [] };
  put(v1, 'codMotivoUtilizzo', node.attrs['CodMotivoUtilizzo']);
  const descr = c.first('DescrMotivoUtilizzo');
  if (descr) {
    const at = `${path}.descrMotivoUtilizzo`;
    v1.descrMotivoUtilizzo = readPlain<DescrMotivoUtilizzo>(r, descr, PLAN.descr, at);
  }
  c.all('EnteVersante').forEach((row, index) =>
    v1.enteVersante.push(readEnteVersante(r, row, `${path}.enteVersante[${index}]`)),
  );
  return v1;
}

function readE1(r: Reader, node: XmlNode, path: string): E1 {
  const outer = r.index(node, path, PLAN.e1.known);
  const inner = outer.first(E1_WRAPPER);
  const c: Children = inner ? r.index(inner, path, PLAN.e1Dati.known) : new Children();
  const e1 = withUnknown(readLeaves(r, c, PLAN.e1Dati, path, {} as E1), outer);
  if (c.unknown || c.unknownAttrs) e1.datiPosContribIscritto = withUnknown({}, c);
  return e1;
}

function readF1(r: Reader, node: XmlNode, path: string): F1 {
  return readPlain<F1>(r, node, PLAN.f1, path);
}

function readD0(r: Reader, node: XmlNode, path: string): D0 {
  const c = r.index(node, path, PLAN.d0.known);
  // By hand, like readInquadramento: 50,000 of them in the bench file.
  const d0: D0 = withUnknown(
    {
      cfLavoratore: r.text(c, 'CFLavoratore', path, 'cfLavoratore'),
      cognome: r.text(c, 'Cognome', path, 'cognome'),
      nome: r.text(c, 'Nome', path, 'nome'),
      e0: c.all(X.e0).map((n, i) => readE0(r, n, `${path}.e0[${i}]`)),
      e1: c.all(X.e1).map((n, i) => readE1(r, n, `${path}.e1[${i}]`)),
      f1: c.all(X.f1).map((n, i) => readF1(r, n, `${path}.f1[${i}]`)),
      v1: c.all(X.v1).map((n, i) => readV1(r, n, `${path}.v1[${i}]`)),
    },
    c,
  );
  const sede = c.first('DatiSedeLavoro');
  if (sede) {
    const s = r.index(sede, `${path}.datiSedeLavoro`, PLAN.sede.known);
    d0.datiSedeLavoro = withUnknown(
      {
        codiceComune: r.text(s, 'CodiceComune', path, 'datiSedeLavoro.codiceComune'),
        cap: r.text(s, 'CAP', path, 'datiSedeLavoro.cap'),
      },
      s,
    );
  }
  return d0;
}

function readMittente(r: Reader, node: XmlNode): DatiMittente {
  const path = 'datiMittente';
  const c = r.index(node, path, PLAN.mittente.known);
  const m = { tipo: (node.attrs['Tipo'] ?? '1') as '1' | '2' } as DatiMittente;
  return withUnknown(readLeaves(r, c, PLAN.mittente, path, m), c);
}

/**
 * A ListaPosPA file as its bytes, decoded by the encoding it declares (see decodeXmlBytes).
 * Throws only XmlSyntaxError (ListaPosPAFormatError is one), with an Italian message and the
 * line and column: never anything else, whatever the bytes (fuzz-tested).
 */
export function readDenunciaFile(bytes: Uint8Array): ReadResult {
  return readDenuncia(decodeXmlBytes(bytes));
}

/** The flow's AnnoMeseDenuncia and tipo as far as the file has given them when a D0 is read. */
export interface FlowSoFar {
  /** Undefined when <AnnoMeseDenuncia> has not come yet (the file puts it after ListaPosPA). */
  annoMeseDenuncia: string | undefined;
  tipo: ListaPosPA['tipo'];
}

/**
 * Takes each D0 as soon as it is read (validating a file without keeping 50,000 D0 in memory):
 * what it returns is kept in its place instead of the D0, which the model then does not hold;
 * undefined leaves the D0 in the model.
 */
export type D0Sink<T> = (d0: D0, path: string, flow: FlowSoFar) => T | undefined;

export interface StreamedResult<T> extends ReadResult {
  /** What the sink returned, by PosPA of the model and D0 in order (D0 it left are in the model). */
  streamed: T[][];
}

export function readDenuncia(xml: string): ReadResult;
export function readDenuncia<T>(xml: string, sink: D0Sink<T>): StreamedResult<T>;
export function readDenuncia<T>(xml: string, sink?: D0Sink<T>): ReadResult | StreamedResult<T> {
  const r = new Reader();
  const d0ByPos = new Map<XmlNode, D0[]>();
  const takenByPos = new Map<XmlNode, T[]>();
  let flow: FlowSoFar = { annoMeseDenuncia: undefined, tipo: 'ordinario' };
  // Where each D0 started: the PosPA's unknown children are placed between them by offset.
  const d0Offsets = new Map<XmlNode, number[]>();
  let lastPos: XmlNode | undefined;
  let posPath = '';
  const root = parseXml(xml, new Set([X.d0]), (node, ancestors) => {
    const pos = ancestors[ancestors.length - 1];
    if (!pos || pos.name !== 'PosPA') {
      throw formatError(xml, node, `<${X.d0}> deve stare dentro <PosPA>.`);
    }
    const list = d0ByPos.get(pos) ?? [];
    if (!d0ByPos.has(pos)) d0ByPos.set(pos, list);
    if (pos !== lastPos) {
      // The PosPA before it (closed ones) number it: counted once per PosPA, not per D0.
      lastPos = pos;
      const siblings = ancestors[ancestors.length - 2]?.children ?? [];
      posPath = `azienda.listaPosPA.posPA[${siblings.filter((child) => child.name === 'PosPA').length}]`;
      if (sink) {
        // As the model will read them if this PosPA is the model's: the caller checks that.
        const lista = ancestors[ancestors.length - 2];
        const anno = ancestors[ancestors.length - 3]?.children.find((c) => c.name === 'AnnoMeseDenuncia');
        flow = {
          annoMeseDenuncia: anno?.text,
          tipo: lista?.attrs['TipoListaPosPA'] === '1' ? 'variazione' : 'ordinario',
        };
      }
    }
    const offsets = d0Offsets.get(pos) ?? [];
    if (!d0Offsets.has(pos)) d0Offsets.set(pos, offsets);
    const path = `${posPath}.d0[${offsets.length}]`;
    const d0 = readD0(r, node, path);
    const taken = sink?.(d0, path, flow);
    if (taken === undefined) list.push(d0);
    else {
      const takenList = takenByPos.get(pos) ?? [];
      if (!takenByPos.has(pos)) takenByPos.set(pos, takenList);
      takenList.push(taken);
    }
    offsets.push(node.offset);
  });
  if (root.name !== X.root) {
    throw formatError(
      xml,
      root,
      `L’elemento radice è <${root.name}>: una denuncia UniEmens inizia con <${X.root}>.`,
    );
  }
  const top = r.index(root, '', ['DatiMittente', 'Azienda']);
  const mittenteNode = top.first('DatiMittente');
  if (!mittenteNode)
    throw formatError(xml, root, 'Manca <DatiMittente>: il file non è una denuncia UniEmens.');
  const datiMittente = readMittente(r, mittenteNode);
  const aziendaNode = top.first('Azienda');
  if (!aziendaNode) throw formatError(xml, root, 'Manca <Azienda>.');
  const a = r.index(aziendaNode, 'azienda', ['AnnoMeseDenuncia', 'CFAzienda', 'RagSocAzienda', 'ListaPosPA']);
  const listaNode = a.first('ListaPosPA');
  if (!listaNode) {
    throw formatError(
      xml,
      aziendaNode,
      'Il file non contiene una <ListaPosPA>: non è una denuncia dei dipendenti pubblici.',
    );
  }
  const l = r.index(listaNode, 'azienda.listaPosPA', [
    'PRGAZIENDA',
    'CFRappresentanteFirmatario',
    'ISTAT',
    'FormaGiuridica',
    'PosPA',
  ]);
  const posNodes = l.all('PosPA');
  const posPA: PosPA[] = posNodes.map((node, index) => {
    const pos: PosPA = { d0: d0ByPos.get(node) ?? [] };
    // Its D0 were read apart: each other child goes after the D0 that precede it in the file.
    const offsets = d0Offsets.get(node) ?? [];
    const children = new Children();
    r.attrs(children, node, `azienda.listaPosPA.posPA[${index}]`);
    let before = 0;
    for (const child of node.children) {
      while (before < offsets.length && (offsets[before] ?? 0) < child.offset) before += 1;
      const path = `azienda.listaPosPA.posPA[${index}]`;
      r.keep(children, node, child, path, before > 0 ? X.d0 : undefined, before - 1);
    }
    return withUnknown(pos, children);
  });
  const lista: ListaPosPA = withUnknown(
    {
      tipo: listaNode.attrs['TipoListaPosPA'] === '1' ? 'variazione' : 'ordinario',
      prgAzienda: r.text(l, 'PRGAZIENDA', 'azienda.listaPosPA.prgAzienda'),
      cfRappresentanteFirmatario: r.text(
        l,
        'CFRappresentanteFirmatario',
        'azienda.listaPosPA.cfRappresentanteFirmatario',
      ),
      posPA,
    },
    l,
  );
  put(lista, 'istat', r.optional(l, 'ISTAT'));
  put(lista, 'formaGiuridica', r.optional(l, 'FormaGiuridica'));
  return {
    denuncia: withUnknown(
      {
        datiMittente,
        azienda: withUnknown(
          {
            annoMeseDenuncia: r.text(a, 'AnnoMeseDenuncia', 'azienda.annoMeseDenuncia'),
            cfAzienda: r.text(a, 'CFAzienda', 'azienda.cfAzienda'),
            ragSocAzienda: r.text(a, 'RagSocAzienda', 'azienda.ragSocAzienda'),
            listaPosPA: lista,
          },
          a,
        ),
      },
      top,
    ),
    issues: r.issues,
    unknown: r.unknownAt,
    unknownAttrs: r.attrsKept,
    ...(sink ? { streamed: posNodes.map((node) => takenByPos.get(node) ?? []) } : {}),
  };
}

/**
 * `xml` with the kept unknown elements blanked out (every character but line breaks becomes a
 * space), so lines stay where they were, and declared as UTF-8: what the reconstructed XSD is run
 * on, since it cannot describe elements no one here knows (docs/listapospa.md). Linear.
 */
export function withoutKept(xml: string, kept: ReadResult['unknown']): string {
  const ranges = [...kept].sort((a, b) => a.offset - b.offset);
  let out = '';
  let from = 0;
  for (const { offset, end } of ranges) {
    if (offset < from) continue; // inside one already cut (cannot happen: kept ones do not nest)
    out += xml.slice(from, offset) + xml.slice(offset, end).replace(/[^\n]/g, ' ');
    from = end;
  }
  out += xml.slice(from);
  return declaredUtf8(out);
}

/** The text is handed over as UTF-8 bytes: its declaration must say so, on the same line. */
function declaredUtf8(xml: string): string {
  const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!xml.startsWith('<?xml', start)) return xml;
  const close = xml.indexOf('?>', start);
  const at = xml.indexOf('encoding', start);
  if (close === -1 || at === -1 || at > close) return xml;
  const open = xml.slice(at, close).search(/["']/) + at;
  const end = open > at ? xml.indexOf(xml.charAt(open), open + 1) : -1;
  if (end === -1 || end > close) return xml;
  return `${xml.slice(0, open + 1)}UTF-8${xml.slice(end)}`;
}

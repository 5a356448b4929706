import { amountFromXml } from './amount';
import type {
  D0,
  DatiMittente,
  Denuncia,
  E0,
  E1,
  EnteVersante,
  F1,
  GestSemplice,
  Gestioni,
  InquadramentoLavPA,
  ListaPosPA,
  Periodo,
  PosPA,
  V1,
} from './model';
import { X } from './xmlNames';
import { decodeXmlBytes } from './xmlEncoding';
import { XmlSyntaxError, parseXml, positionAt, type XmlNode } from './xmlTokenizer';

/**
 * Reads a ListaPosPA XML (ours, INPS "Visualizza DMA" exports, payroll software) into the model.
 * Linear: each D0 is converted as soon as it closes. What the model does not hold (Z2,
 * AltriImportiAConguaglio, fields not yet modelled) is reported as a warning, never silently
 * dropped; missing mandatory values are errors with the model path.
 */

export interface ReadIssue {
  severity: 'errore' | 'avviso';
  path: string;
  message: string;
}

export interface ReadResult {
  denuncia: Denuncia;
  issues: ReadIssue[];
}

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
  private readonly ignored = new Map<string, number>();

  /** Children of `node` by name, reporting the ones not in `known`. */
  index(node: XmlNode, path: string, known: readonly string[]): Map<string, XmlNode[]> {
    const byName = new Map<string, XmlNode[]>();
    for (const child of node.children) {
      if (!known.includes(child.name)) {
        const key = `${node.name}/${child.name}`;
        const seen = this.ignored.get(key) ?? 0;
        this.ignored.set(key, seen + 1);
        // One warning per kind of element: a file with 50,000 D0 would repeat it 50,000 times.
        if (seen === 0) {
          this.issues.push({
            severity: 'avviso',
            path,
            message: `L’elemento <${child.name}> in <${node.name}> non è gestito da questa versione: verrà ignorato.`,
          });
        }
        continue;
      }
      const list = byName.get(child.name);
      if (list) list.push(child);
      else byName.set(child.name, [child]);
    }
    return byName;
  }

  text(children: Map<string, XmlNode[]>, name: string, path: string): string {
    const node = children.get(name)?.[0];
    if (!node) {
      this.issues.push({ severity: 'errore', path, message: `Manca l’elemento obbligatorio <${name}>.` });
      return '';
    }
    return node.text;
  }

  optional(children: Map<string, XmlNode[]>, name: string): string | undefined {
    return children.get(name)?.[0]?.text;
  }

  amount(children: Map<string, XmlNode[]>, name: string, path: string): string {
    const value = this.optionalAmount(children, name, path);
    if (value === undefined) {
      if (!children.has(name)) {
        this.issues.push({ severity: 'errore', path, message: `Manca l’importo obbligatorio <${name}>.` });
      }
      return '0.00';
    }
    return value;
  }

  optionalAmount(children: Map<string, XmlNode[]>, name: string, path: string): string | undefined {
    const node = children.get(name)?.[0];
    if (!node) return undefined;
    const value = amountFromXml(node.text);
    if (value === undefined) {
      this.issues.push({
        severity: 'errore',
        path,
        message: `<${name}> non è un importo: "${node.text}" (atteso, ad esempio, 1234,56).`,
      });
    }
    return value;
  }
}

const put = <T extends object, K extends string, V>(target: T, key: K, value: V | undefined) => {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
};

function readInquadramento(r: Reader, node: XmlNode, path: string): InquadramentoLavPA {
  const c = r.index(node, path, [
    'TipoImpiego',
    'TipoServizio',
    'PercRetribuzione',
    'Contratto',
    'Qualifica',
    'PartTimePA',
    'RegimeFineServizio',
  ]);
  const inq: InquadramentoLavPA = {
    tipoImpiego: r.text(c, 'TipoImpiego', `${path}.tipoImpiego`),
    tipoServizio: r.text(c, 'TipoServizio', `${path}.tipoServizio`),
  };
  put(inq, 'percRetribuzione', r.optional(c, 'PercRetribuzione'));
  put(inq, 'contratto', r.optional(c, 'Contratto'));
  put(inq, 'qualifica', r.optional(c, 'Qualifica'));
  const pt = c.get('PartTimePA')?.[0];
  if (pt) {
    const p = r.index(pt, `${path}.partTimePA`, ['TipoPartTime', 'PercPartTime']);
    inq.partTimePA = {
      tipoPartTime: r.text(p, 'TipoPartTime', `${path}.partTimePA.tipoPartTime`) as 'P' | 'V' | 'M',
      percPartTime: r.text(p, 'PercPartTime', `${path}.partTimePA.percPartTime`),
    };
  }
  put(inq, 'regimeFineServizio', r.optional(c, 'RegimeFineServizio'));
  return inq;
}

function readSemplice(r: Reader, node: XmlNode, path: string): GestSemplice {
  const c = r.index(node, path, ['CodGestione', 'Imponibile', 'Contributo']);
  return {
    codGestione: r.text(c, 'CodGestione', `${path}.codGestione`),
    imponibile: r.amount(c, 'Imponibile', `${path}.imponibile`),
    contributo: r.amount(c, 'Contributo', `${path}.contributo`),
  };
}

function readGestioni(r: Reader, node: XmlNode, path: string): Gestioni {
  const c = r.index(node, path, ['GestPensionistica', 'GestPrevidenziale', 'GestCredito', 'ENPDEP', 'ENAM']);
  const g: Gestioni = {};
  const pens = c.get('GestPensionistica')?.[0];
  if (pens) {
    const at = `${path}.pensionistica`;
    const p = r.index(pens, at, [
      'CodGestione',
      'Imponibile',
      'Contributo',
      'ImponibileEccMass',
      'Contrib1PerCento',
      'GiorniUtiliFiniPensionistici',
      'StipendioTabellare',
      'RetribIndivAnzianita',
    ]);
    g.pensionistica = {
      codGestione: r.text(p, 'CodGestione', `${at}.codGestione`),
      imponibile: r.amount(p, 'Imponibile', `${at}.imponibile`),
      contributo: r.amount(p, 'Contributo', `${at}.contributo`),
    };
    put(
      g.pensionistica,
      'imponibileEccMass',
      r.optionalAmount(p, 'ImponibileEccMass', `${at}.imponibileEccMass`),
    );
    put(
      g.pensionistica,
      'contrib1PerCento',
      r.optionalAmount(p, 'Contrib1PerCento', `${at}.contrib1PerCento`),
    );
    put(g.pensionistica, 'giorniUtiliFiniPensionistici', r.optional(p, 'GiorniUtiliFiniPensionistici'));
    put(
      g.pensionistica,
      'stipendioTabellare',
      r.optionalAmount(p, 'StipendioTabellare', `${at}.stipendioTabellare`),
    );
    put(
      g.pensionistica,
      'retribIndivAnzianita',
      r.optionalAmount(p, 'RetribIndivAnzianita', `${at}.retribIndivAnzianita`),
    );
  }
  const prev = c.get('GestPrevidenziale')?.[0];
  if (prev) {
    const at = `${path}.previdenziale`;
    const p = r.index(prev, at, [
      'CodGestione',
      'ImponibileTFS',
      'ContributoTFS',
      'ImponibileTFR',
      'ContributoTFR',
      'ImponibileTFRUlterioriElem',
      'ContributoTFRUlterioriElem',
    ]);
    const tipo = p.has('ImponibileTFR') || p.has('ContributoTFR') ? 'TFR' : 'TFS';
    g.previdenziale = {
      codGestione: r.text(p, 'CodGestione', `${at}.codGestione`),
      tipo,
      imponibile: r.amount(p, `Imponibile${tipo}`, `${at}.imponibile`),
      contributo: r.amount(p, `Contributo${tipo}`, `${at}.contributo`),
    };
    put(
      g.previdenziale,
      'imponibileTFRUlterioriElem',
      r.optionalAmount(p, 'ImponibileTFRUlterioriElem', `${at}.imponibileTFRUlterioriElem`),
    );
    put(
      g.previdenziale,
      'contributoTFRUlterioriElem',
      r.optionalAmount(p, 'ContributoTFRUlterioriElem', `${at}.contributoTFRUlterioriElem`),
    );
  }
  const cred = c.get('GestCredito')?.[0];
  if (cred) {
    const at = `${path}.credito`;
    const p = r.index(cred, at, ['CodGestione', 'AderenteCredito45_2007', 'Imponibile', 'Contributo']);
    g.credito = {
      codGestione: r.text(p, 'CodGestione', `${at}.codGestione`),
      imponibile: r.amount(p, 'Imponibile', `${at}.imponibile`),
      contributo: r.amount(p, 'Contributo', `${at}.contributo`),
    };
    put(g.credito, 'aderenteCredito45_2007', r.optional(p, 'AderenteCredito45_2007'));
  }
  const enpdep = c.get('ENPDEP')?.[0];
  if (enpdep) g.enpdep = readSemplice(r, enpdep, `${path}.enpdep`);
  const enam = c.get('ENAM')?.[0];
  if (enam) g.enam = readSemplice(r, enam, `${path}.enam`);
  return g;
}

const PERIODO_CHILDREN = [
  'GiornoInizio',
  'GiornoFine',
  'InquadramentoLavPA',
  'Gestioni',
  'CodiceCessazione',
  'NumeroMensilita',
  'RetribTeoricaTabellareTFR',
  'RetribValutabileTFR',
];

function readPeriodo(r: Reader, c: Map<string, XmlNode[]>, path: string): Periodo {
  const periodo: Periodo = {
    giornoInizio: r.text(c, 'GiornoInizio', `${path}.giornoInizio`),
    giornoFine: r.text(c, 'GiornoFine', `${path}.giornoFine`),
  };
  const inq = c.get('InquadramentoLavPA')?.[0];
  if (inq) periodo.inquadramento = readInquadramento(r, inq, `${path}.inquadramento`);
  const gest = c.get('Gestioni')?.[0];
  if (gest) periodo.gestioni = readGestioni(r, gest, `${path}.gestioni`);
  put(periodo, 'codiceCessazione', r.optional(c, 'CodiceCessazione'));
  put(periodo, 'numeroMensilita', r.optional(c, 'NumeroMensilita'));
  put(
    periodo,
    'retribTeoricaTabellareTFR',
    r.optionalAmount(c, 'RetribTeoricaTabellareTFR', `${path}.retribTeoricaTabellareTFR`),
  );
  put(
    periodo,
    'retribValutabileTFR',
    r.optionalAmount(c, 'RetribValutabileTFR', `${path}.retribValutabileTFR`),
  );
  return periodo;
}

function readE0(r: Reader, node: XmlNode, path: string): E0 {
  const c = r.index(node, path, PERIODO_CHILDREN);
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
  const c = r.index(node, path, [
    'TipoContributo',
    'CFAzienda',
    'PRGAZIENDA',
    'Imponibile',
    'Contributo',
    'AnnoMeseErogazione',
    'Aliquota',
  ]);
  return {
    tipoContributo: r.text(c, 'TipoContributo', `${path}.tipoContributo`),
    cfAzienda: r.text(c, 'CFAzienda', `${path}.cfAzienda`),
    prgAzienda: r.text(c, 'PRGAZIENDA', `${path}.prgAzienda`),
    imponibile: r.amount(c, 'Imponibile', `${path}.imponibile`),
    contributo: r.amount(c, 'Contributo', `${path}.contributo`),
    annoMeseErogazione: r.text(c, 'AnnoMeseErogazione', `${path}.annoMeseErogazione`),
    aliquota: r.text(c, 'Aliquota', `${path}.aliquota`) as '1' | '2',
  };
}

function readV1(r: Reader, node: XmlNode, path: string): V1 {
  const c = r.index(node, path, [...PERIODO_CHILDREN, 'DescrMotivoUtilizzo', 'EnteVersante']);
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
  const descr = c.get('DescrMotivoUtilizzo')?.[0];
  if (descr) {
    const at = `${path}.descrMotivoUtilizzo`;
    const d = r.index(descr, at, ['DataAtto', 'IdentAtto', 'NumeroRegistro']);
    v1.descrMotivoUtilizzo = { dataAtto: r.text(d, 'DataAtto', `${at}.dataAtto`) };
    put(v1.descrMotivoUtilizzo, 'identAtto', r.optional(d, 'IdentAtto'));
    put(v1.descrMotivoUtilizzo, 'numeroRegistro', r.optional(d, 'NumeroRegistro'));
  }
  (c.get('EnteVersante') ?? []).forEach((row, index) =>
    v1.enteVersante.push(readEnteVersante(r, row, `${path}.enteVersante[${index}]`)),
  );
  return v1;
}

function readE1(r: Reader, node: XmlNode, path: string): E1 {
  const outer = r.index(node, path, ['DatiPosContribIscritto']);
  const inner = outer.get('DatiPosContribIscritto')?.[0];
  const c = inner
    ? r.index(inner, path, [
        'CodFondo',
        'DataInizioPeriodo',
        'DataFinePeriodo',
        'RetribSoggettaAContrib',
        'ContribLav',
        'ContribDL',
      ])
    : new Map<string, XmlNode[]>();
  return {
    codFondo: r.text(c, 'CodFondo', `${path}.codFondo`),
    dataInizioPeriodo: r.text(c, 'DataInizioPeriodo', `${path}.dataInizioPeriodo`),
    dataFinePeriodo: r.text(c, 'DataFinePeriodo', `${path}.dataFinePeriodo`),
    retribSoggettaAContrib: r.amount(c, 'RetribSoggettaAContrib', `${path}.retribSoggettaAContrib`),
    contribLav: r.amount(c, 'ContribLav', `${path}.contribLav`),
    contribDL: r.amount(c, 'ContribDL', `${path}.contribDL`),
  };
}

function readF1(r: Reader, node: XmlNode, path: string): F1 {
  const c = r.index(node, path, [
    'AnnoMeseRif',
    'CodGestione',
    'TipoPiano',
    'PrgRata',
    'TotaleRate',
    'Importo',
    'TipoOperazione',
  ]);
  return {
    annoMeseRif: r.text(c, 'AnnoMeseRif', `${path}.annoMeseRif`),
    codGestione: r.text(c, 'CodGestione', `${path}.codGestione`),
    tipoPiano: r.text(c, 'TipoPiano', `${path}.tipoPiano`),
    prgRata: r.text(c, 'PrgRata', `${path}.prgRata`),
    totaleRate: r.text(c, 'TotaleRate', `${path}.totaleRate`),
    importo: r.amount(c, 'Importo', `${path}.importo`),
    tipoOperazione: r.text(c, 'TipoOperazione', `${path}.tipoOperazione`) as 'V' | 'R' | 'S',
  };
}

function readD0(r: Reader, node: XmlNode, path: string): D0 {
  const c = r.index(node, path, [
    'CFLavoratore',
    'Cognome',
    'Nome',
    'DatiSedeLavoro',
    X.e0,
    X.e1,
    X.f1,
    X.v1,
  ]);
  const d0: D0 = {
    cfLavoratore: r.text(c, 'CFLavoratore', `${path}.cfLavoratore`),
    cognome: r.text(c, 'Cognome', `${path}.cognome`),
    nome: r.text(c, 'Nome', `${path}.nome`),
    e0: (c.get(X.e0) ?? []).map((n, i) => readE0(r, n, `${path}.e0[${i}]`)),
    e1: (c.get(X.e1) ?? []).map((n, i) => readE1(r, n, `${path}.e1[${i}]`)),
    f1: (c.get(X.f1) ?? []).map((n, i) => readF1(r, n, `${path}.f1[${i}]`)),
    v1: (c.get(X.v1) ?? []).map((n, i) => readV1(r, n, `${path}.v1[${i}]`)),
  };
  const sede = c.get('DatiSedeLavoro')?.[0];
  if (sede) {
    const s = r.index(sede, `${path}.datiSedeLavoro`, ['CodiceComune', 'CAP']);
    d0.datiSedeLavoro = {
      codiceComune: r.text(s, 'CodiceComune', `${path}.datiSedeLavoro.codiceComune`),
      cap: r.text(s, 'CAP', `${path}.datiSedeLavoro.cap`),
    };
  }
  return d0;
}

function readMittente(r: Reader, node: XmlNode): DatiMittente {
  const path = 'datiMittente';
  const c = r.index(node, path, [
    'CFPersonaMittente',
    'RagSocMittente',
    'CFMittente',
    'CFSoftwarehouse',
    'SedeINPS',
  ]);
  const m: DatiMittente = {
    tipo: (node.attrs['Tipo'] ?? '1') as '1' | '2',
    cfPersonaMittente: r.text(c, 'CFPersonaMittente', `${path}.cfPersonaMittente`),
    ragSocMittente: r.text(c, 'RagSocMittente', `${path}.ragSocMittente`),
    cfMittente: r.text(c, 'CFMittente', `${path}.cfMittente`),
  };
  put(m, 'cfSoftwarehouse', r.optional(c, 'CFSoftwarehouse'));
  put(m, 'sedeINPS', r.optional(c, 'SedeINPS'));
  return m;
}

/**
 * A ListaPosPA file as its bytes, decoded by the encoding it declares (see decodeXmlBytes).
 * Throws only XmlSyntaxError (ListaPosPAFormatError is one), with an Italian message and the
 * line and column: never anything else, whatever the bytes (fuzz-tested).
 */
export function readDenunciaFile(bytes: Uint8Array): ReadResult {
  return readDenuncia(decodeXmlBytes(bytes));
}

export function readDenuncia(xml: string): ReadResult {
  const r = new Reader();
  const d0ByPos = new Map<XmlNode, D0[]>();
  const root = parseXml(xml, new Set([X.d0]), (node, ancestors) => {
    const pos = ancestors[ancestors.length - 1];
    if (!pos || pos.name !== 'PosPA') {
      throw formatError(xml, node, `<${X.d0}> deve stare dentro <PosPA>.`);
    }
    const list = d0ByPos.get(pos) ?? [];
    if (!d0ByPos.has(pos)) d0ByPos.set(pos, list);
    const posIndex =
      ancestors[ancestors.length - 2]?.children.filter((child) => child.name === 'PosPA').length ?? 0;
    list.push(readD0(r, node, `azienda.listaPosPA.posPA[${posIndex}].d0[${list.length}]`));
  });
  if (root.name !== X.root) {
    throw formatError(
      xml,
      root,
      `L’elemento radice è <${root.name}>: una denuncia UniEmens inizia con <${X.root}>.`,
    );
  }
  const top = r.index(root, '', ['DatiMittente', 'Azienda']);
  const mittenteNode = top.get('DatiMittente')?.[0];
  if (!mittenteNode)
    throw formatError(xml, root, 'Manca <DatiMittente>: il file non è una denuncia UniEmens.');
  const datiMittente = readMittente(r, mittenteNode);
  const aziendaNode = top.get('Azienda')?.[0];
  if (!aziendaNode) throw formatError(xml, root, 'Manca <Azienda>.');
  const a = r.index(aziendaNode, 'azienda', ['AnnoMeseDenuncia', 'CFAzienda', 'RagSocAzienda', 'ListaPosPA']);
  const listaNode = a.get('ListaPosPA')?.[0];
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
  const posPA: PosPA[] = (l.get('PosPA') ?? []).map((node) => ({ d0: d0ByPos.get(node) ?? [] }));
  const lista: ListaPosPA = {
    tipo: listaNode.attrs['TipoListaPosPA'] === '1' ? 'variazione' : 'ordinario',
    prgAzienda: r.text(l, 'PRGAZIENDA', 'azienda.listaPosPA.prgAzienda'),
    cfRappresentanteFirmatario: r.text(
      l,
      'CFRappresentanteFirmatario',
      'azienda.listaPosPA.cfRappresentanteFirmatario',
    ),
    posPA,
  };
  put(lista, 'istat', r.optional(l, 'ISTAT'));
  put(lista, 'formaGiuridica', r.optional(l, 'FormaGiuridica'));
  return {
    denuncia: {
      datiMittente,
      azienda: {
        annoMeseDenuncia: r.text(a, 'AnnoMeseDenuncia', 'azienda.annoMeseDenuncia'),
        cfAzienda: r.text(a, 'CFAzienda', 'azienda.cfAzienda'),
        ragSocAzienda: r.text(a, 'RagSocAzienda', 'azienda.ragSocAzienda'),
        listaPosPA: lista,
      },
    },
    issues: r.issues,
  };
}

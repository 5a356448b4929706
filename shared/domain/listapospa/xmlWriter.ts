import { amountToXml } from './amount';
import type {
  D0,
  DatiMittente,
  Denuncia,
  E1,
  EnteVersante,
  F1,
  Gestioni,
  InquadramentoLavPA,
  KeepsUnknown,
  Periodo,
  RawElement,
  UnknownElement,
  V1,
} from './model';
import { X } from './xmlNames';

/**
 * Writes a denuncia as ListaPosPA XML in canonical form: UTF-8 declaration, two-space
 * indentation, one element per line, amounts with a comma and two decimals, optional elements
 * omitted when absent. Linear: one pass, chunks of one D0 each, so 50,000 D0 can be streamed to
 * a file. Element order follows uniemens.md §2 (reconstructed, not the official XSD).
 * Elements an import kept without knowing them (`unknown` of each model object) are written back
 * where they were: after the same known sibling, or last in their parent if that one is gone.
 */

// Most values need no escaping: test once instead of running three replacements on each.
const NEEDS_ESCAPE = /[&<>"]/;
const escapeText = (value: string) =>
  NEEDS_ESCAPE.test(value) ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : value;
const escapeAttr = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/** Indentation strings by depth, built once: the writer emits about 40 lines per D0. */
const INDENT = Array.from({ length: 32 }, (_, depth) => '  '.repeat(depth));
const indent = (depth: number) => INDENT[depth] ?? '  '.repeat(depth);

/** The names the tokenizer reads: a kept element is written back only under such a name. */
const XML_NAME = /^[A-Za-z_][\w.:-]{0,99}$/;
const checkName = (name: string) => {
  if (!XML_NAME.test(name))
    throw new Error(`Nome di elemento o attributo non valido: «${name.slice(0, 40)}».`);
  return name;
};

/** Kept attributes as written in a tag: each name checked, each value escaped. */
function attributesOf(attrs: Readonly<Record<string, string>>): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) out += ` ${checkName(key)}="${escapeAttr(value)}"`;
  return out;
}

/** The unknown children of an open element still to be written, and how many of each known child. */
interface Frame {
  pending: UnknownElement[];
  seen: Map<string, number>;
}

class Lines {
  private readonly parts: string[] = [];
  /** One entry per open element; null for the (nearly all) elements without unknown children. */
  private readonly frames: (Frame | null)[] = [];
  constructor(private depth = 0) {}
  raw(text: string) {
    this.parts.push(text);
  }
  /** `kept`: the model object, whose unknown attributes and children go back in their place. */
  open(name: string, attrs: [string, string | undefined][] = [], kept?: KeepsUnknown) {
    let attributes = '';
    for (const [key, value] of attrs) if (value !== undefined) attributes += ` ${key}="${escapeAttr(value)}"`;
    if (kept?.unknownAttrs) attributes += attributesOf(kept.unknownAttrs);
    const unknown = kept?.unknown;
    this.parts.push(`${indent(this.depth)}<${name}${attributes}>\n`);
    this.depth += 1;
    if (unknown && unknown.length > 0) {
      const frame: Frame = { pending: unknown.filter((u) => u.after !== undefined), seen: new Map() };
      this.frames.push(frame);
      for (const element of unknown) if (element.after === undefined) this.rawElement(element);
    } else this.frames.push(null);
  }
  close(name: string) {
    const frame = this.frames.pop();
    // Kept elements whose sibling is gone (the user removed it): last, never dropped.
    if (frame) for (const element of frame.pending) this.rawElement(element);
    this.depth -= 1;
    this.parts.push(`${indent(this.depth)}</${name}>\n`);
    this.wrote(name);
  }
  leaf(name: string, value: string | undefined) {
    if (value === undefined) return;
    this.parts.push(`${indent(this.depth)}<${name}>${escapeText(value)}</${name}>\n`);
    this.wrote(name);
  }
  /** A known child `name` was written: the kept elements that followed it come now. */
  private wrote(name: string) {
    const frame = this.frames[this.frames.length - 1];
    if (!frame || frame.pending.length === 0) return;
    const index = frame.seen.get(name) ?? 0;
    frame.seen.set(name, index + 1);
    if (!frame.pending.some((u) => u.after === name)) return;
    const now = frame.pending.filter((u) => u.after === name && (u.afterIndex ?? 0) === index);
    if (now.length === 0) return;
    frame.pending = frame.pending.filter((u) => !now.includes(u));
    for (const element of now) this.rawElement(element);
  }
  /** A kept element as it was read: attributes, then its children or its text. */
  rawElement(element: RawElement) {
    const attributes = element.attrs ? attributesOf(element.attrs) : '';
    const name = checkName(element.name);
    const at = indent(this.depth);
    if (element.children && element.children.length > 0) {
      this.parts.push(`${at}<${name}${attributes}>\n`);
      this.depth += 1;
      for (const child of element.children) this.rawElement(child);
      this.depth -= 1;
      this.parts.push(`${at}</${name}>\n`);
    } else if (element.text) {
      this.parts.push(`${at}<${name}${attributes}>${escapeText(element.text)}</${name}>\n`);
    } else {
      this.parts.push(`${at}<${name}${attributes}/>\n`);
    }
  }
  amount(name: string, value: string | undefined) {
    this.leaf(name, value === undefined ? undefined : amountToXml(value));
  }
  take(): string {
    const text = this.parts.join('');
    this.parts.length = 0;
    return text;
  }
}

function writeMittente(w: Lines, m: DatiMittente) {
  w.open('DatiMittente', [['Tipo', m.tipo]], m);
  w.leaf('CFPersonaMittente', m.cfPersonaMittente);
  w.leaf('RagSocMittente', m.ragSocMittente);
  w.leaf('CFMittente', m.cfMittente);
  w.leaf('CFSoftwarehouse', m.cfSoftwarehouse);
  w.leaf('SedeINPS', m.sedeINPS);
  w.close('DatiMittente');
}

function writeInquadramento(w: Lines, inq: InquadramentoLavPA) {
  w.open('InquadramentoLavPA', [], inq);
  w.leaf('TipoImpiego', inq.tipoImpiego);
  w.leaf('TipoServizio', inq.tipoServizio);
  w.leaf('PercRetribuzione', inq.percRetribuzione);
  w.leaf('Contratto', inq.contratto);
  w.leaf('Qualifica', inq.qualifica);
  if (inq.partTimePA) {
    w.open('PartTimePA', [], inq.partTimePA);
    w.leaf('TipoPartTime', inq.partTimePA.tipoPartTime);
    w.leaf('PercPartTime', inq.partTimePA.percPartTime);
    w.close('PartTimePA');
  }
  w.leaf('RegimeFineServizio', inq.regimeFineServizio);
  w.close('InquadramentoLavPA');
}

function writeGestioni(w: Lines, g: Gestioni) {
  w.open('Gestioni', [], g);
  if (g.pensionistica) {
    const p = g.pensionistica;
    w.open('GestPensionistica', [], p);
    w.leaf('CodGestione', p.codGestione);
    w.amount('Imponibile', p.imponibile);
    w.amount('Contributo', p.contributo);
    w.amount('ImponibileEccMass', p.imponibileEccMass);
    w.amount('Contrib1PerCento', p.contrib1PerCento);
    w.leaf('GiorniUtiliFiniPensionistici', p.giorniUtiliFiniPensionistici);
    w.amount('RetribVirtualeFiniPens', p.retribVirtualeFiniPens);
    w.amount('StipendioTabellare', p.stipendioTabellare);
    w.amount('RetribIndivAnzianita', p.retribIndivAnzianita);
    w.amount('QuotaDatoreL166_91', p.quotaDatoreL166_91);
    w.amount('ContributoL166_91', p.contributoL166_91);
    for (const r of p.recuperoSgravi ?? []) {
      w.open('RecuperoSgravi', [], r);
      w.leaf('AnnoRif', r.annoRif);
      w.leaf('MeseRif', r.meseRif);
      w.leaf('CodiceRecupero', r.codiceRecupero);
      w.amount('AltroImponibile', r.altroImponibile);
      w.amount('Importo', r.importo);
      w.close('RecuperoSgravi');
    }
    w.close('GestPensionistica');
  }
  if (g.previdenziale) {
    const p = g.previdenziale;
    w.open('GestPrevidenziale', [], p);
    w.leaf('CodGestione', p.codGestione);
    w.amount(`Imponibile${p.tipo}`, p.imponibile);
    w.amount(`Contributo${p.tipo}`, p.contributo);
    w.amount('ImponibileTFRUlterioriElem', p.imponibileTFRUlterioriElem);
    w.amount('ContributoTFRUlterioriElem', p.contributoTFRUlterioriElem);
    w.close('GestPrevidenziale');
  }
  if (g.credito) {
    w.open('GestCredito', [], g.credito);
    w.leaf('CodGestione', g.credito.codGestione);
    w.leaf('AderenteCredito45_2007', g.credito.aderenteCredito45_2007);
    w.amount('Imponibile', g.credito.imponibile);
    w.amount('Contributo', g.credito.contributo);
    w.close('GestCredito');
  }
  for (const [name, s] of [
    ['ENPDEP', g.enpdep],
    ['ENAM', g.enam],
  ] as const) {
    if (!s) continue;
    w.open(name, [], s);
    w.leaf('CodGestione', s.codGestione);
    w.amount('Imponibile', s.imponibile);
    w.amount('Contributo', s.contributo);
    w.close(name);
  }
  w.close('Gestioni');
}

function writePeriodoBody(w: Lines, p: Periodo) {
  w.leaf('GiornoInizio', p.giornoInizio);
  w.leaf('GiornoFine', p.giornoFine);
  if (p.inquadramento) writeInquadramento(w, p.inquadramento);
  if (p.gestioni) writeGestioni(w, p.gestioni);
  w.leaf('CodiceCessazione', p.codiceCessazione);
  w.leaf('NumeroMensilita', p.numeroMensilita);
  w.amount('RetribTeoricaTabellareTFR', p.retribTeoricaTabellareTFR);
  w.amount('RetribValutabileTFR', p.retribValutabileTFR);
}

function writeEnteVersante(w: Lines, e: EnteVersante) {
  w.open('EnteVersante', [], e);
  w.leaf('TipoContributo', e.tipoContributo);
  w.leaf('CFAzienda', e.cfAzienda);
  w.leaf('PRGAZIENDA', e.prgAzienda);
  w.amount('Imponibile', e.imponibile);
  w.amount('Contributo', e.contributo);
  w.leaf('AnnoMeseErogazione', e.annoMeseErogazione);
  w.leaf('Aliquota', e.aliquota);
  w.close('EnteVersante');
}

function writeV1(w: Lines, v: V1) {
  w.open(
    X.v1,
    [
      ['CausaleVariazione', v.causaleVariazione],
      ['CodMotivoUtilizzo', v.codMotivoUtilizzo],
    ],
    v,
  );
  writePeriodoBody(w, v);
  if (v.descrMotivoUtilizzo) {
    w.open('DescrMotivoUtilizzo', [], v.descrMotivoUtilizzo);
    w.leaf('DataAtto', v.descrMotivoUtilizzo.dataAtto);
    w.leaf('IdentAtto', v.descrMotivoUtilizzo.identAtto);
    w.leaf('NumeroRegistro', v.descrMotivoUtilizzo.numeroRegistro);
    w.close('DescrMotivoUtilizzo');
  }
  for (const row of v.enteVersante) writeEnteVersante(w, row);
  w.close(X.v1);
}

function writeE1(w: Lines, e: E1) {
  w.open(X.e1, [], e);
  w.open('DatiPosContribIscritto', [], e.datiPosContribIscritto);
  w.leaf('CodFondo', e.codFondo);
  w.leaf('DataInizioPeriodo', e.dataInizioPeriodo);
  w.leaf('DataFinePeriodo', e.dataFinePeriodo);
  w.amount('RetribSoggettaAContrib', e.retribSoggettaAContrib);
  w.amount('ContribLav', e.contribLav);
  w.amount('ContribDL', e.contribDL);
  w.close('DatiPosContribIscritto');
  w.close(X.e1);
}

function writeF1(w: Lines, f: F1) {
  w.open(X.f1, [], f);
  w.leaf('AnnoMeseRif', f.annoMeseRif);
  w.leaf('CodGestione', f.codGestione);
  w.leaf('TipoPiano', f.tipoPiano);
  w.leaf('PrgRata', f.prgRata);
  w.leaf('TotaleRate', f.totaleRate);
  w.amount('Importo', f.importo);
  w.leaf('TipoOperazione', f.tipoOperazione);
  w.close(X.f1);
}

function writeD0(w: Lines, d: D0) {
  w.open(X.d0, [], d);
  w.leaf('CFLavoratore', d.cfLavoratore);
  w.leaf('Cognome', d.cognome);
  w.leaf('Nome', d.nome);
  if (d.datiSedeLavoro) {
    w.open('DatiSedeLavoro', [], d.datiSedeLavoro);
    w.leaf('CodiceComune', d.datiSedeLavoro.codiceComune);
    w.leaf('CAP', d.datiSedeLavoro.cap);
    w.close('DatiSedeLavoro');
  }
  for (const e0 of d.e0) {
    w.open(X.e0, [], e0);
    writePeriodoBody(w, e0);
    w.close(X.e0);
  }
  for (const e1 of d.e1) writeE1(w, e1);
  for (const f1 of d.f1) writeF1(w, f1);
  for (const v1 of d.v1) writeV1(w, v1);
  w.close(X.d0);
}

/** The XML in chunks (header, then one chunk per D0, then the tail): stream them to a file. */
export function* writeDenunciaChunks(denuncia: Denuncia): Generator<string> {
  const w = new Lines();
  w.raw('<?xml version="1.0" encoding="UTF-8"?>\n');
  w.open(X.root, [], denuncia);
  writeMittente(w, denuncia.datiMittente);
  const a = denuncia.azienda;
  w.open('Azienda', [], a);
  w.leaf('AnnoMeseDenuncia', a.annoMeseDenuncia);
  w.leaf('CFAzienda', a.cfAzienda);
  w.leaf('RagSocAzienda', a.ragSocAzienda);
  const l = a.listaPosPA;
  w.open('ListaPosPA', [['TipoListaPosPA', l.tipo === 'variazione' ? '1' : undefined]], l);
  w.leaf('PRGAZIENDA', l.prgAzienda);
  w.leaf('CFRappresentanteFirmatario', l.cfRappresentanteFirmatario);
  w.leaf('ISTAT', l.istat);
  w.leaf('FormaGiuridica', l.formaGiuridica);
  for (const pos of l.posPA) {
    w.open('PosPA', [], pos);
    yield w.take();
    for (const d0 of pos.d0) {
      writeD0(w, d0);
      yield w.take();
    }
    w.close('PosPA');
  }
  w.close('ListaPosPA');
  w.close('Azienda');
  w.close(X.root);
  yield w.take();
}

export function writeDenuncia(denuncia: Denuncia): string {
  return [...writeDenunciaChunks(denuncia)].join('');
}

/** Conventional file name (a third-party convention, not an INPS rule): UNIEN/UNIEV + AAMM. */
export function exportFileName(denuncia: Denuncia): string {
  const [year = '', month = ''] = denuncia.azienda.annoMeseDenuncia.split('-');
  const kind = denuncia.azienda.listaPosPA.tipo === 'variazione' ? 'UNIEV' : 'UNIEN';
  return `${kind}${year.slice(2)}${month}.xml`;
}

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
  Periodo,
  V1,
} from './model';
import { X } from './xmlNames';

/**
 * Writes a denuncia as ListaPosPA XML in canonical form: UTF-8 declaration, two-space
 * indentation, one element per line, amounts with a comma and two decimals, optional elements
 * omitted when absent. Linear: one pass, chunks of one D0 each, so 50,000 D0 can be streamed to
 * a file. Element order follows uniemens.md §2 (reconstructed, not the official XSD).
 */

// Most values need no escaping: test once instead of running three replacements on each.
const NEEDS_ESCAPE = /[&<>"]/;
const escapeText = (value: string) =>
  NEEDS_ESCAPE.test(value) ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : value;
const escapeAttr = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/** Indentation strings by depth, built once: the writer emits about 40 lines per D0. */
const INDENT = Array.from({ length: 32 }, (_, depth) => '  '.repeat(depth));
const indent = (depth: number) => INDENT[depth] ?? '  '.repeat(depth);

class Lines {
  private readonly parts: string[] = [];
  constructor(private depth = 0) {}
  raw(text: string) {
    this.parts.push(text);
  }
  open(name: string, attrs: [string, string | undefined][] = []) {
    let attributes = '';
    for (const [key, value] of attrs) if (value !== undefined) attributes += ` ${key}="${escapeAttr(value)}"`;
    this.parts.push(`${indent(this.depth)}<${name}${attributes}>\n`);
    this.depth += 1;
  }
  close(name: string) {
    this.depth -= 1;
    this.parts.push(`${indent(this.depth)}</${name}>\n`);
  }
  leaf(name: string, value: string | undefined) {
    if (value === undefined) return;
    this.parts.push(`${indent(this.depth)}<${name}>${escapeText(value)}</${name}>\n`);
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
  w.open('DatiMittente', [['Tipo', m.tipo]]);
  w.leaf('CFPersonaMittente', m.cfPersonaMittente);
  w.leaf('RagSocMittente', m.ragSocMittente);
  w.leaf('CFMittente', m.cfMittente);
  w.leaf('CFSoftwarehouse', m.cfSoftwarehouse);
  w.leaf('SedeINPS', m.sedeINPS);
  w.close('DatiMittente');
}

function writeInquadramento(w: Lines, inq: InquadramentoLavPA) {
  w.open('InquadramentoLavPA');
  w.leaf('TipoImpiego', inq.tipoImpiego);
  w.leaf('TipoServizio', inq.tipoServizio);
  w.leaf('PercRetribuzione', inq.percRetribuzione);
  w.leaf('Contratto', inq.contratto);
  w.leaf('Qualifica', inq.qualifica);
  if (inq.partTimePA) {
    w.open('PartTimePA');
    w.leaf('TipoPartTime', inq.partTimePA.tipoPartTime);
    w.leaf('PercPartTime', inq.partTimePA.percPartTime);
    w.close('PartTimePA');
  }
  w.leaf('RegimeFineServizio', inq.regimeFineServizio);
  w.close('InquadramentoLavPA');
}

function writeGestioni(w: Lines, g: Gestioni) {
  w.open('Gestioni');
  if (g.pensionistica) {
    const p = g.pensionistica;
    w.open('GestPensionistica');
    w.leaf('CodGestione', p.codGestione);
    w.amount('Imponibile', p.imponibile);
    w.amount('Contributo', p.contributo);
    w.amount('ImponibileEccMass', p.imponibileEccMass);
    w.amount('Contrib1PerCento', p.contrib1PerCento);
    w.leaf('GiorniUtiliFiniPensionistici', p.giorniUtiliFiniPensionistici);
    w.amount('StipendioTabellare', p.stipendioTabellare);
    w.amount('RetribIndivAnzianita', p.retribIndivAnzianita);
    w.close('GestPensionistica');
  }
  if (g.previdenziale) {
    const p = g.previdenziale;
    w.open('GestPrevidenziale');
    w.leaf('CodGestione', p.codGestione);
    w.amount(`Imponibile${p.tipo}`, p.imponibile);
    w.amount(`Contributo${p.tipo}`, p.contributo);
    w.amount('ImponibileTFRUlterioriElem', p.imponibileTFRUlterioriElem);
    w.amount('ContributoTFRUlterioriElem', p.contributoTFRUlterioriElem);
    w.close('GestPrevidenziale');
  }
  if (g.credito) {
    w.open('GestCredito');
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
    w.open(name);
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
  w.open('EnteVersante');
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
  w.open(X.v1, [
    ['CausaleVariazione', v.causaleVariazione],
    ['CodMotivoUtilizzo', v.codMotivoUtilizzo],
  ]);
  writePeriodoBody(w, v);
  if (v.descrMotivoUtilizzo) {
    w.open('DescrMotivoUtilizzo');
    w.leaf('DataAtto', v.descrMotivoUtilizzo.dataAtto);
    w.leaf('IdentAtto', v.descrMotivoUtilizzo.identAtto);
    w.leaf('NumeroRegistro', v.descrMotivoUtilizzo.numeroRegistro);
    w.close('DescrMotivoUtilizzo');
  }
  for (const row of v.enteVersante) writeEnteVersante(w, row);
  w.close(X.v1);
}

function writeE1(w: Lines, e: E1) {
  w.open(X.e1);
  w.open('DatiPosContribIscritto');
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
  w.open(X.f1);
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
  w.open(X.d0);
  w.leaf('CFLavoratore', d.cfLavoratore);
  w.leaf('Cognome', d.cognome);
  w.leaf('Nome', d.nome);
  if (d.datiSedeLavoro) {
    w.open('DatiSedeLavoro');
    w.leaf('CodiceComune', d.datiSedeLavoro.codiceComune);
    w.leaf('CAP', d.datiSedeLavoro.cap);
    w.close('DatiSedeLavoro');
  }
  for (const e0 of d.e0) {
    w.open(X.e0);
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
  w.open(X.root);
  writeMittente(w, denuncia.datiMittente);
  const a = denuncia.azienda;
  w.open('Azienda');
  w.leaf('AnnoMeseDenuncia', a.annoMeseDenuncia);
  w.leaf('CFAzienda', a.cfAzienda);
  w.leaf('RagSocAzienda', a.ragSocAzienda);
  const l = a.listaPosPA;
  w.open('ListaPosPA', [['TipoListaPosPA', l.tipo === 'variazione' ? '1' : undefined]]);
  w.leaf('PRGAZIENDA', l.prgAzienda);
  w.leaf('CFRappresentanteFirmatario', l.cfRappresentanteFirmatario);
  w.leaf('ISTAT', l.istat);
  w.leaf('FormaGiuridica', l.formaGiuridica);
  for (const pos of l.posPA) {
    w.open('PosPA');
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

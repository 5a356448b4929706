import type { D0, Denuncia, KeepsUnknown } from './model';
import type { RateOverrides } from './rates';
import {
  contextOf,
  denunciaFindings,
  validateD0,
  validateDenuncia,
  type Finding,
  type RuleContext,
} from './rules';
import { decodeXmlBytes } from './xmlEncoding';
import { readDenuncia, withoutKept, type FlowSoFar, type ReadResult } from './xmlReader';
import { XmlSyntaxError } from './xmlTokenizer';
import { writeDenuncia } from './xmlWriter';
import { italianXsdMessage } from './xsdMessages';

/**
 * Full validation of a ListaPosPA, one path for the editor's "Verifica", the export, the CLI and
 * the sandbox's acceptance of a submission: read (by the declared encoding), then the congruity
 * rules, then the XSD, each finding with its source. The XSD pass is injected (the app runs
 * libxml2 in a worker thread, the sandbox in-process) and starts first, so it runs while this
 * thread reads the file and applies the rules.
 */

/** An error of the XSD pass: the line it names in the file, when it names one. */
export interface XsdError {
  line: number | null;
  message: string;
  /** libxml2's XPath of the element, when it gives one: names the field in Italian. */
  xpath?: string;
  /** libxml2 could not parse the file: said once, by the reader's CE021, when it found it too. */
  notWellFormed?: boolean;
}

/** What the validation needs of an AbortSignal (shared/ has no DOM or Node types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface XsdPass {
  /** Said in each XSD finding: which schema judged the file. */
  label: string;
  /**
   * The XSD reconstructed here, which cannot describe the elements import keeps without knowing
   * them: it is run on the file without them. An official XSD judges the file as it is.
   */
  reconstructed: boolean;
  /**
   * Rejects (an AbortError) when `signal` aborts: the validation is cancelled. `handOver`: the
   * caller has no further use for `xml`, which the pass may take (detach) rather than copy.
   */
  run(xml: Uint8Array, signal?: AbortSignalLike, handOver?: boolean): Promise<XsdError[]>;
}

export interface ValidationOptions {
  xsd: XsdPass;
  /** Day of sending, ISO (decides e.g. whether causale 2 is still accepted). */
  dataInvio: string;
  overrides?: RateOverrides;
  /** Cancels the validation: it rejects with the XSD pass's AbortError. */
  signal?: AbortSignalLike;
  /**
   * False when the caller has no use for the report's denuncia (the CLI's validate): each D0 of
   * the file is then checked as soon as it is read and dropped, not kept until the end, which on
   * 50,000 D0 saves the time the garbage collector spends moving them and their memory. The same
   * findings. A file validated from the app keeps it (true by default).
   */
  keepModel?: boolean;
  /**
   * True when the caller has no further use for the file's bytes (the CLI's validate): decoded
   * first, they are then handed to the XSD pass (detached) instead of copied, 70 MB on 50,000 D0.
   */
  handOverBytes?: boolean;
}

export interface ValidationReport {
  findings: Finding[];
  blocking: boolean;
  denuncia?: Denuncia;
  xsdLabel: string;
  numeroD0: number;
}

/** libxml2's words for an attribute the schema does not declare. */
const NOT_ALLOWED_ATTRIBUTE =
  /Element '([\w.:-]+)', attribute '([\w.:-]+)': The attribute '[\w.:-]+' is not allowed/;

/** 1-based line of each D0 start, to tell which worker an XSD error concerns. */
function d0Lines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (
    let at = xml.indexOf('<D0_DenunciaIndividuale', 0);
    at !== -1;
    at = xml.indexOf('<D0_DenunciaIndividuale', at + 1)
  ) {
    for (let nl = xml.indexOf('\n', from); nl !== -1 && nl < at; nl = xml.indexOf('\n', nl + 1)) {
      line += 1;
      from = nl + 1;
    }
    lines.push(line);
  }
  return lines;
}

function d0IndexAt(starts: readonly number[], line: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? Infinity) <= line) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** libxml2's words in Italian on the field; the passes' own messages are Italian already. */
const italianOf = (error: XsdError) =>
  error.xpath !== undefined || /^(Schemas validity error : )?Element '/.test(error.message)
    ? italianXsdMessage(error.message, error.xpath)
    : error.message;

export async function validateXml(bytes: Uint8Array, options: ValidationOptions): Promise<ValidationReport> {
  return validateXmlText(bytes, undefined, options);
}

/**
 * A file that arrived as text (the sandbox's submission, a JSON string): validated as its UTF-8
 * bytes, the form in which the app writes and sends it.
 */
export async function validateXmlString(text: string, options: ValidationOptions): Promise<ValidationReport> {
  return validateXmlText(new TextEncoder().encode(text), text, options);
}

/**
 * `text`, when the caller already has it (a draft just written), saves decoding 70 MB again;
 * `model`, the denuncia that text was written from, saves reading it back (see validateDraft).
 */
async function validateXmlText(
  bytes: Uint8Array,
  known: string | undefined,
  options: ValidationOptions,
  model?: Denuncia,
): Promise<ValidationReport> {
  // Decoded before the bytes go, when they are handed over; an encoding error is said below.
  let decoded: { text: string } | { error: unknown } | undefined;
  if (options.handOverBytes && known === undefined && !model) {
    try {
      decoded = { text: decodeXmlBytes(bytes) };
    } catch (error) {
      decoded = { error };
    }
  }
  // Started first: the worker thread checks the XSD while this thread parses and runs the rules.
  let xsdRun = options.xsd.run(bytes, options.signal, decoded !== undefined);
  const findings: Finding[] = [];
  let denuncia: Denuncia | undefined;
  // Read D0 by D0 (keepModel false): `denuncia` holds stand-ins of its D0, not for the report.
  let omitModel = false;
  // Attributes kept without being known: the reconstructed XSD's refusal of them is no news.
  let keptAttrs = new Set<string>();
  // By the encoding the file declares (ISO-8859-1, windows-1252, UTF-16…), like xmllint does.
  let text = known ?? '';
  if (model) {
    denuncia = model;
    findings.push(...validateDenuncia(model, contextOf(model, options.dataInvio, options.overrides)));
  } else
    try {
      if (decoded && 'error' in decoded) throw decoded.error;
      text = known ?? decoded?.text ?? decodeXmlBytes(bytes);
      const streamed = options.keepModel === false ? readChecking(text, options) : undefined;
      const read = streamed?.read ?? readDenuncia(text);
      denuncia = streamed?.stand ?? read.denuncia;
      if (streamed) omitModel = true;
      // Elements kept without being known are outside what the reconstructed XSD can describe, and
      // libxml2 stops checking their parent at the first one: it is run again without them (the
      // reader named them already). The official XSD knows the format: it judges the file as it is.
      if (options.xsd.reconstructed) keptAttrs = new Set(read.unknownAttrs);
      if (read.unknown.length > 0 && options.xsd.reconstructed) {
        void xsdRun.catch(() => undefined);
        xsdRun = options.xsd.run(new TextEncoder().encode(withoutKept(text, read.unknown)), options.signal);
      }
      for (const issue of read.issues) {
        findings.push({
          code: 'CE020',
          rule: 'lettura',
          severity: issue.severity === 'errore' ? 'bloccante' : 'avviso',
          path: issue.path,
          message: issue.message,
        });
      }
      findings.push(
        ...(streamed?.findings ??
          validateDenuncia(denuncia, contextOf(denuncia, options.dataInvio, options.overrides))),
      );
    } catch (error) {
      // ListaPosPAFormatError and the encoding errors are XmlSyntaxErrors, with line and column.
      if (!(error instanceof XmlSyntaxError)) throw error;
      findings.push({
        code: 'CE021',
        rule: 'xmlBenFormato',
        severity: 'bloccante',
        path: '',
        message: error.message,
      });
    }

  const xsdErrors = await xsdRun;
  const starts = xsdErrors.length ? d0Lines(text) : [];
  const posPA = denuncia?.azienda.listaPosPA.posPA ?? [];
  // Where each D0 is, only needed to place XSD errors: not built for a valid file.
  const allD0 = xsdErrors.length ? posPA.flatMap((pos, p) => pos.d0.map((d0, i) => ({ d0, p, i }))) : [];
  const readerRefused = findings.some((finding) => finding.code === 'CE021');
  for (const error of xsdErrors) {
    if (error.notWellFormed && readerRefused) continue;
    const attr = NOT_ALLOWED_ATTRIBUTE.exec(error.message);
    if (attr && keptAttrs.has(`${attr[1]}@${attr[2]}`)) continue;
    const index = error.line === null ? -1 : d0IndexAt(starts, error.line);
    const located = index >= 0 ? allD0[index] : undefined;
    findings.push({
      code: 'XSD',
      rule: 'xsd',
      severity: 'bloccante',
      path: located ? `azienda.listaPosPA.posPA[${located.p}].d0[${located.i}]` : '',
      message: `${options.xsd.label}${error.line === null ? '' : `, riga ${error.line}`}: ${italianOf(error)}`,
      ...(located ? { cfLavoratore: located.d0.cfLavoratore } : {}),
    });
  }
  return {
    findings,
    blocking: findings.some((finding) => finding.severity === 'bloccante'),
    ...(denuncia && !omitModel ? { denuncia } : {}),
    xsdLabel: options.xsd.label,
    numeroD0: posPA.reduce((count, pos) => count + pos.d0.length, 0),
  };
}

interface CheckedD0 {
  flow: FlowSoFar;
  cfLavoratore: string;
  findings: Finding[];
}

/**
 * The file read with each D0 checked by the rules as soon as it is read, and dropped: the rules
 * of a D0 need only it and the flow's month and tipo, which come before the D0 in a file. The
 * findings are those of validateDenuncia on the whole model, in its order; `stand` is the model
 * with stand-ins for the D0 (their codice fiscale: what the denuncia rules and the XSD errors'
 * placing read). Undefined when the file gives the month or tipo after its D0, or not as the model
 * reads them (e.g. a repeated element): then it is read whole.
 */
function readChecking(
  text: string,
  options: ValidationOptions,
): { read: ReadResult; stand: Denuncia; findings: Finding[] } | undefined {
  let lastFlow: FlowSoFar | undefined;
  let context: RuleContext | undefined;
  const read = readDenuncia<CheckedD0>(text, (d0, path, flow) => {
    if (flow.annoMeseDenuncia === undefined) return undefined;
    if (flow !== lastFlow || !context) {
      lastFlow = flow;
      context = {
        dataInvio: options.dataInvio,
        annoMeseDenuncia: flow.annoMeseDenuncia,
        tipoFlusso: flow.tipo,
        ...(options.overrides ? { overrides: options.overrides } : {}),
      };
    }
    return { flow, cfLavoratore: d0.cfLavoratore, findings: validateD0(d0, context, path) };
  });
  const whole = read.denuncia;
  const final = contextOf(whole, options.dataInvio, options.overrides);
  const asFinal = (checked: CheckedD0) =>
    checked.flow.annoMeseDenuncia === final.annoMeseDenuncia && checked.flow.tipo === final.tipoFlusso;
  const posPA = whole.azienda.listaPosPA.posPA;
  if (posPA.some((pos) => pos.d0.length > 0) || !read.streamed.every((list) => list.every(asFinal))) {
    return undefined;
  }
  const stand: Denuncia = {
    ...whole,
    azienda: {
      ...whole.azienda,
      listaPosPA: {
        ...whole.azienda.listaPosPA,
        posPA: posPA.map((pos, p) => ({
          ...pos,
          d0: (read.streamed[p] ?? []).map((checked) => ({ cfLavoratore: checked.cfLavoratore }) as D0),
        })),
      },
    },
  };
  const findings = denunciaFindings(stand, final);
  for (const list of read.streamed) for (const checked of list) findings.push(...checked.findings);
  return { read, stand, findings };
}

/** Whether a model object, or one below it, holds elements or attributes an import kept. */
function holdsKept(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsKept);
  if (typeof value !== 'object' || value === null) return false;
  const object = value as KeepsUnknown & Record<string, unknown>;
  if (object.unknown !== undefined || object.unknownAttrs !== undefined) return true;
  for (const key in object) {
    const inner = object[key];
    if (typeof inner === 'object' && inner !== null && holdsKept(inner)) return true;
  }
  return false;
}

/**
 * A draft: written as the export would be, then validated like a file. The rules judge the
 * draft itself rather than the file read back, which is the same denuncia (the writer's and the
 * reader's round trip is tested, tracciato.test.ts and xml.test.ts) and saves the reading, half
 * the time; the file is read back when it may differ: lone surrogates (U+FFFD in the bytes),
 * elements kept from an import (the reconstructed XSD is run without them, found by reading).
 */
export async function validateDraft(
  denuncia: Denuncia,
  options: ValidationOptions,
): Promise<ValidationReport & { xml: Uint8Array }> {
  const text = writeDenuncia(denuncia);
  const xml = new TextEncoder().encode(text);
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed?.() ?? false;
  const asWritten = wellFormed && !holdsKept(denuncia) ? denuncia : undefined;
  const report = await validateXmlText(xml, wellFormed ? text : undefined, options, asWritten);
  return { ...report, xml };
}

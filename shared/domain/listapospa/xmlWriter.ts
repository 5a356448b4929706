import { amountToXml } from './amount';
import type { Denuncia, KeepsUnknown, RawElement, UnknownElement } from './model';
import { AZIENDA, DENUNCIA, LISTA_POS_PA, POS_PA } from './tracciato';
import type { Attr, ElementDesc } from './tracciatoKit';
import { X } from './xmlNames';

/**
 * Writes a denuncia as ListaPosPA XML in canonical form: UTF-8 declaration, two-space
 * indentation, one element per line, amounts with a comma and two decimals, optional elements
 * omitted when absent. Linear: one pass, chunks of one D0 each, so 50,000 D0 can be streamed to
 * a file. Elements, attributes and order come from the description of the tracciato (tracciato.ts).
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

/** A model object seen by its fields' keys, as the description addresses them. */
type Values = KeepsUnknown & Record<string, unknown>;

const enum Op {
  Text,
  Amount,
  /** ImponibileTFS / ImponibileTFR, by the model's `tipo`. */
  Suffixed,
  Child,
  Many,
  /** An element the model does not have around the leaves that follow (`count` of them). */
  Wrapper,
}

interface Step {
  op: Op;
  key: string;
  xml: string;
  amount?: boolean;
  element?: ElementDesc;
  /** The child element's plan, linked once so that writing never looks one up. */
  plan?: Plan;
  /** Wrapper: where the model keeps its unknown elements, and how many leaves it holds. */
  keptKey?: string;
  count?: number;
}

interface Plan {
  attrs: readonly (readonly [string, Attr])[];
  steps: readonly Step[];
}

const NO_ATTRS: [string, string | undefined][] = [];

/** What writing an element takes, worked out once per element of the description. */
const plans = new WeakMap<ElementDesc, Plan>();
function planOf(desc: ElementDesc): Plan {
  const known = plans.get(desc);
  if (known) return known;
  const attrs: (readonly [string, Attr])[] = [];
  const steps: Step[] = [];
  let wrapper: Step | undefined;
  for (const [key, field] of Object.entries(desc.fields)) {
    if (field.kind === 'attr') attrs.push([key, field]);
    if (field.kind === 'attr' || field.kind === 'implied') continue;
    if (field.kind === 'child') {
      steps.push({
        op: field.repeated ? Op.Many : Op.Child,
        key,
        xml: field.xml,
        element: field.element,
        plan: planOf(field.element),
      });
      continue;
    }
    if (field.wrapper && wrapper?.xml !== field.wrapper) {
      const name = field.wrapper;
      wrapper = {
        op: Op.Wrapper,
        key,
        xml: name,
        keptKey: name.charAt(0).toLowerCase() + name.slice(1),
        count: 0,
      };
      steps.push(wrapper);
    }
    if (field.wrapper && wrapper) wrapper.count = (wrapper.count ?? 0) + 1;
    const amount = field.value === 'amount';
    steps.push({
      op: field.suffixedBy ? Op.Suffixed : amount ? Op.Amount : Op.Text,
      key,
      xml: field.xml,
      amount,
    });
  }
  const plan = { attrs, steps };
  plans.set(desc, plan);
  return plan;
}

function attributesOfModel(plan: Plan, value: Values): [string, string | undefined][] {
  if (plan.attrs.length === 0) return NO_ATTRS;
  return plan.attrs.map(([key, field]) => {
    const raw = value[key] as string | undefined;
    return [field.xml, raw !== undefined && field.toXml ? field.toXml(raw) : raw];
  });
}

/** An element of the tracciato: its tag with attributes, its fields in order, its kept elements. */
function writePlanned(w: Lines, xml: string, plan: Plan, value: Values) {
  w.open(xml, attributesOfModel(plan, value), value);
  const steps = plan.steps;
  for (let i = 0; i < steps.length; i = writeStep(w, steps, i, value));
  w.close(xml);
}

/** Writes step `i` of an element's plan; returns the index of the next step. */
function writeStep(w: Lines, steps: readonly Step[], i: number, value: Values): number {
  const step = steps[i] as Step;
  switch (step.op) {
    case Op.Text:
      w.leaf(step.xml, value[step.key] as string | undefined);
      break;
    case Op.Amount:
      w.amount(step.xml, value[step.key] as string | undefined);
      break;
    case Op.Suffixed: {
      const xml = `${step.xml}${value.tipo as string}`;
      if (step.amount) w.amount(xml, value[step.key] as string | undefined);
      else w.leaf(xml, value[step.key] as string | undefined);
      break;
    }
    case Op.Child: {
      const child = value[step.key] as Values | undefined;
      if (child !== undefined) writePlanned(w, step.xml, step.plan as Plan, child);
      break;
    }
    case Op.Many: {
      const items = value[step.key] as Values[] | undefined;
      if (items) for (const item of items) writePlanned(w, step.xml, step.plan as Plan, item);
      break;
    }
    case Op.Wrapper: {
      // Its leaves are the steps that follow it.
      w.open(step.xml, NO_ATTRS, value[step.keptKey as string] as KeepsUnknown | undefined);
      const end = i + 1 + (step.count ?? 0);
      for (let next = i + 1; next < end; next = writeStep(w, steps, next, value));
      w.close(step.xml);
      return end;
    }
  }
  return i + 1;
}

/** The elements that hold the D0, written by chunksOf so that each D0 is a chunk of its own. */
const HOLDS_D0: ReadonlySet<ElementDesc> = new Set<ElementDesc>([DENUNCIA, AZIENDA, LISTA_POS_PA, POS_PA]);

function* chunksOf(w: Lines, xml: string, desc: ElementDesc, value: Values): Generator<string> {
  const plan = planOf(desc);
  w.open(xml, attributesOfModel(plan, value), value);
  const steps = plan.steps;
  for (let i = 0; i < steps.length;) {
    const step = steps[i] as Step;
    const element = step.element;
    if (element && HOLDS_D0.has(element)) {
      const child = value[step.key] as Values | Values[] | undefined;
      const items = Array.isArray(child) ? child : child === undefined ? [] : [child];
      for (const item of items) yield* chunksOf(w, step.xml, element, item);
      i += 1;
    } else if (element && step.xml === X.d0) {
      yield w.take();
      for (const d0 of value[step.key] as Values[]) {
        writePlanned(w, X.d0, step.plan as Plan, d0);
        yield w.take();
      }
      i += 1;
    } else i = writeStep(w, steps, i, value);
  }
  w.close(xml);
}

/** The XML in chunks (header, then one chunk per D0, then the tail): stream them to a file. */
export function* writeDenunciaChunks(denuncia: Denuncia): Generator<string> {
  const w = new Lines();
  w.raw('<?xml version="1.0" encoding="UTF-8"?>\n');
  yield* chunksOf(w, X.root, DENUNCIA, denuncia as unknown as Values);
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

import { DENUNCIA, NAMED_SIMPLE_TYPES, OPTIONAL_IN_XSD, ROOT_ELEMENT } from './tracciato';
import type { Attr, ElementDesc, Field, Leaf, SimpleType } from './tracciatoKit';

/**
 * The reconstructed XSD, generated from the description of the tracciato (tracciato.ts), so
 * that the schema cannot say something the model, the contract and the editor do not. The
 * committed ListaPosPA.ricostruito.xsd is this text (checked by
 * src-main/services/listapospa/xsdNative.test.ts); regenerate it with `npx tsx scripts/generateXsd.ts`.
 */

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<!--
  ListaPosPA – XSD RICOSTRUITO (reconstructed), NOT the official INPS schema.
  Generated from shared/domain/listapospa/tracciato.ts by xsdGenerator.ts: edit the description,
  then run \`npx tsx scripts/generateXsd.ts\` (docs/listapospa.md).

  Authored by Cassetto Enti from docs/uniemens.md (format notes), whose sources are:
  - ricscan/UniEmensExplorer, commit 377c259765f4086682cca4538b50e6cdae57ce2e (reader of real
    DMA2 files: element names and nesting);
  - Annaluca17/uniemens-builder, commit 5c7657a747e78c99fe1cf768cad762c5a6e12170 and
    Annaluca17/inps-extractor-e0-v1, commit 2b5cee220e96859b5cc31680992651043a8c4954
    (generator: element order of E0/V1, comma amounts, @TipoListaPosPA);
  - INPS messages 17297/2012, 2791/2017, 3809/2018, 914/2019, 2440/2019, 1692/2020, 123/2024.
  Element order, cardinalities, lengths and patterns are inferences: where the official XSD
  ("Documento tecnico UniEmens", Allegato tecnico ListaPosPA) is available, set it in
  Impostazioni → "XSD ufficiale INPS" and it is used instead of this file.
  Only the part of the tracciato the app models is described: Z2, AltriImportiAConguaglio and
  the other UniEmens sections (PosContributiva…) are not. The app keeps such elements of an
  imported file and writes them back; against this schema their "not expected" errors are
  notices, not blocking (docs/listapospa.md: xs:any cannot be placed among optional unqualified
  elements in XSD 1.0 without breaking the unique particle attribution rule).
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="unqualified">
`;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrValue = (value: string) => escape(value).replace(/"/g, '&quot;');
const pad = (depth: number) => '  '.repeat(depth);

function restriction(type: SimpleType): string {
  let facets = '';
  if (type.pattern !== undefined) facets += `<xs:pattern value="${attrValue(type.pattern)}"/>`;
  if (type.minLength !== undefined) facets += `<xs:minLength value="${type.minLength}"/>`;
  if (type.maxLength !== undefined) facets += `<xs:maxLength value="${type.maxLength}"/>`;
  for (const value of type.enumeration ?? []) facets += `<xs:enumeration value="${attrValue(value)}"/>`;
  return `<xs:restriction base="${type.base}">${facets}</xs:restriction>`;
}

const documentation = (doc: string) =>
  `<xs:annotation><xs:documentation>${escape(doc)}</xs:documentation></xs:annotation>`;

const hasFacets = (type: SimpleType) =>
  type.pattern !== undefined ||
  type.minLength !== undefined ||
  type.maxLength !== undefined ||
  type.enumeration !== undefined;

/** ` type="…"` for a named or built-in type, undefined when the type is written inline. */
function typeRef(type: SimpleType): string | undefined {
  if (type.name) return ` type="${type.name}"`;
  return hasFacets(type) ? undefined : ` type="${type.base}"`;
}

function occurs(optional: boolean, repeated = false): string {
  return `${optional ? ' minOccurs="0"' : ''}${repeated ? ' maxOccurs="unbounded"' : ''}`;
}

class Writer {
  readonly out: string[] = [];
  /** Named complex types and groups still to declare, in the order they were met. */
  private readonly pending: { kind: 'type' | 'group'; name: string; desc?: ElementDesc; leaves?: Leaf[] }[] =
    [];
  private readonly declared = new Set<string>();

  line(depth: number, text: string) {
    this.out.push(`${pad(depth)}${text}\n`);
  }

  comment(depth: number, text: string) {
    const [first = '', ...rest] = text.split('\n');
    const lines = [first, ...rest.map((line) => `${pad(depth)}     ${line}`)];
    this.line(depth, `<!-- ${lines.join('\n')} -->`);
  }

  leaf(depth: number, field: Leaf, xml = field.xml) {
    if (field.comment) this.comment(depth, field.comment);
    if (field.fixed !== undefined) {
      this.line(
        depth,
        `<xs:element name="${xml}" fixed="${attrValue(field.fixed)}" type="${field.type.base}"/>`,
      );
      return;
    }
    const ref = typeRef(field.type);
    const count = occurs(field.optional);
    if (ref) this.line(depth, `<xs:element name="${xml}"${ref}${count}/>`);
    else
      this.line(
        depth,
        `<xs:element name="${xml}"${count}><xs:simpleType>${restriction(field.type)}</xs:simpleType></xs:element>`,
      );
  }

  attribute(depth: number, field: Attr) {
    const use = field.optional || OPTIONAL_IN_XSD.has(field.xml) ? 'optional' : 'required';
    const ref = typeRef(field.type);
    if (ref && !field.doc) {
      this.line(depth, `<xs:attribute name="${field.xml}"${ref} use="${use}"/>`);
      return;
    }
    this.line(depth, `<xs:attribute name="${field.xml}"${ref ?? ''} use="${use}">`);
    if (field.doc) this.line(depth + 1, documentation(field.doc));
    if (!ref) this.line(depth + 1, `<xs:simpleType>${restriction(field.type)}</xs:simpleType>`);
    this.line(depth, '</xs:attribute>');
  }

  /** The content of a complex type: its sequence, then its attributes. */
  content(depth: number, desc: ElementDesc) {
    const fields = Object.values(desc.fields);
    this.line(depth, '<xs:sequence>');
    this.sequence(depth + 1, fields);
    this.line(depth, '</xs:sequence>');
    for (const field of fields) if (field.kind === 'attr') this.attribute(depth, field);
  }

  private sequence(depth: number, fields: readonly Field[]) {
    for (let i = 0; i < fields.length; i += 1) {
      const field = fields[i];
      if (!field || field.kind === 'attr' || field.kind === 'implied') continue;
      if (field.kind === 'child') {
        if (field.comment) this.comment(depth, field.comment);
        const head = `<xs:element name="${field.xml}"`;
        const count = occurs(field.optional, field.repeated);
        const name = field.element.typeName;
        if (name) {
          this.line(depth, `${head} type="${name}"${count}/>`);
          this.need({ kind: 'type', name, desc: field.element });
        } else {
          this.line(depth, `${head}${count}>`);
          this.line(depth + 1, '<xs:complexType>');
          this.content(depth + 2, field.element);
          this.line(depth + 1, '</xs:complexType>');
          this.line(depth, '</xs:element>');
        }
        continue;
      }
      // Runs of leaves that share a group, a wrapper or a choice.
      const run = (same: (leaf: Leaf) => string | undefined) => {
        const leaves: Leaf[] = [];
        const key = same(field);
        for (let j = i; j < fields.length; j += 1) {
          const next = fields[j];
          if (next?.kind !== 'leaf' || same(next) !== key) break;
          leaves.push(next);
        }
        i += leaves.length - 1;
        return leaves;
      };
      if (field.group) {
        const leaves = run((leaf) => leaf.group);
        this.line(depth, `<xs:group ref="${field.group}"/>`);
        this.need({ kind: 'group', name: field.group, leaves });
      } else if (field.wrapper) {
        const leaves = run((leaf) => leaf.wrapper);
        this.line(depth, `<xs:element name="${field.wrapper}">`);
        this.line(depth + 1, '<xs:complexType>');
        this.line(depth + 2, '<xs:sequence>');
        for (const leaf of leaves) this.leaf(depth + 3, leaf);
        this.line(depth + 2, '</xs:sequence>');
        this.line(depth + 1, '</xs:complexType>');
        this.line(depth, '</xs:element>');
      } else if (field.suffixedBy) {
        const suffixes = field.suffixedBy;
        const leaves = run((leaf) => leaf.suffixedBy?.join());
        this.line(depth, '<xs:choice>');
        for (const suffix of suffixes) {
          this.line(depth + 1, '<xs:sequence>');
          for (const leaf of leaves) this.leaf(depth + 2, leaf, `${leaf.xml}${suffix}`);
          this.line(depth + 1, '</xs:sequence>');
        }
        this.line(depth, '</xs:choice>');
      } else this.leaf(depth, field);
    }
  }

  private need(item: Writer['pending'][number]) {
    const key = `${item.kind}:${item.name}`;
    if (this.declared.has(key)) return;
    this.declared.add(key);
    this.pending.push(item);
  }

  /** Declares the named types and groups met so far, and those they meet in turn. */
  declarations() {
    for (let next = this.pending.shift(); next; next = this.pending.shift()) {
      this.out.push('\n');
      if (next.kind === 'group') {
        this.line(1, `<xs:group name="${next.name}">`);
        this.line(2, '<xs:sequence>');
        for (const leaf of next.leaves ?? []) this.leaf(3, leaf);
        this.line(2, '</xs:sequence>');
        this.line(1, '</xs:group>');
      } else if (next.desc) {
        this.line(1, `<xs:complexType name="${next.name}">`);
        this.content(2, next.desc);
        this.line(1, '</xs:complexType>');
      }
    }
  }
}

export function generateXsd(): string {
  const w = new Writer();
  w.out.push(HEADER);
  w.out.push('\n');
  for (const type of NAMED_SIMPLE_TYPES) {
    w.line(1, `<xs:simpleType name="${type.name ?? ''}">`);
    if (type.doc) w.line(2, documentation(type.doc));
    w.line(2, restriction(type));
    w.line(1, '</xs:simpleType>');
  }
  w.out.push('\n');
  w.line(1, `<xs:element name="${ROOT_ELEMENT}">`);
  w.line(2, '<xs:complexType>');
  w.content(3, DENUNCIA);
  w.line(2, '</xs:complexType>');
  w.line(1, '</xs:element>');
  w.declarations();
  w.out.push('</xs:schema>\n');
  return w.out.join('');
}

import { z } from 'zod';
import type { CodeTable } from './codeTables';
import type { RawElement } from './model';

/**
 * The pieces the description of the tracciato (tracciato.ts) is made of: simple types with their
 * facets, leaves, child elements, attributes. Each piece carries its zod schema, built as the
 * description is written, so that an element's schema and its type follow from its fields
 * (z.infer), and the XSD generator (xsdGenerator.ts) reads the same pieces.
 */

/** An XSD simple type: named ones are declared once at the top of the XSD, others inline. */
export interface SimpleType {
  name?: string;
  base: 'xs:string' | 'xs:date';
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  enumeration?: readonly string[];
  /** xs:documentation of a named type. */
  doc?: string;
}

interface FieldBase<Z extends z.ZodType> {
  /** The model object's property is this field's key; its schema for the contract is `zod`. */
  zod: Z;
  optional: boolean;
  /** An XML comment written before the field in the XSD: why it is as it is. */
  comment?: string;
}

/** A leaf element: a value. */
export interface Leaf<Z extends z.ZodType = z.ZodType> extends FieldBase<Z> {
  kind: 'leaf';
  xml: string;
  type: SimpleType;
  /** Amounts are "1234.56" in the model, "1234,56" in the XML. */
  value: 'text' | 'amount';
  /** Italian name of the field, as the editor and the XSD messages say it. */
  label: string;
  codeTable?: CodeTable;
  /** `fixed="…"` of the XSD (the gestioni whose code has one value). */
  fixed?: string;
  /** Consecutive leaves of one named xs:group (E0 and V1 share their tail). */
  group?: string;
  /** Consecutive leaves inside one wrapper element the model does not have (E1's DatiPosContribIscritto). */
  wrapper?: string;
  /**
   * Written as `xml` + the value of the model's `tipo` (ImponibileTFS or ImponibileTFR): the
   * XSD has an xs:choice of one sequence per value.
   */
  suffixedBy?: readonly string[];
}

/** A child element described by its own fields (one, or a list when `repeated`). */
export interface Child<Z extends z.ZodType = z.ZodType> extends FieldBase<Z> {
  kind: 'child';
  xml: string;
  element: ElementDesc;
  repeated: boolean;
  /** Bound of the list for the contract (far above any real denuncia). */
  max?: number;
}

/** An attribute of the element. */
export interface Attr<Z extends z.ZodType = z.ZodType> extends FieldBase<Z> {
  kind: 'attr';
  xml: string;
  type: SimpleType;
  doc?: string;
  /** The model's value as written in the XML (undefined: the attribute is left out). */
  toXml?: (value: string) => string | undefined;
}

/** A model property with no XML element of its own (GestPrevidenziale's `tipo`, E1's wrapper's kept elements). */
export interface Implied<Z extends z.ZodType = z.ZodType> extends FieldBase<Z> {
  kind: 'implied';
}

export type Field = Leaf | Child | Attr | Implied;
export type Fields = Record<string, Field>;

type ShapeOf<F extends Fields> = { [K in keyof F]: F[K]['zod'] };

export interface ElementDesc<F extends Fields = Fields> {
  label: string;
  fields: F;
  /** Named xs:complexType, declared once; without it the type is written inline. */
  typeName?: string;
}

/** Nesting kept for an unknown element: far above any real one, and what the contract admits. */
export const MAX_UNKNOWN_DEPTH = 12;

/*
 * Elements an import kept without knowing them (model.ts UnknownElement): names as the XML
 * reader reads them, nesting bounded to what the reader keeps (MAX_UNKNOWN_DEPTH), built level by
 * level instead of z.lazy so a hostile draft cannot recurse without end.
 */
const s = z.string().max(200);
const xmlName = z
  .string()
  .max(100)
  .regex(/^[A-Za-z_][\w.:-]*$/, 'Nome di elemento non valido');
const bounded = <T extends z.ZodType>(item: T, max = 1000) => z.array(item).max(max);
const rawFields = {
  name: xmlName,
  attrs: z.record(xmlName, z.string().max(10_000)).optional(),
  text: z.string().max(100_000).optional(),
};
let rawElement: z.ZodType<RawElement> = z.object(rawFields);
for (let depth = 1; depth < MAX_UNKNOWN_DEPTH; depth += 1) {
  rawElement = z.object({ ...rawFields, children: bounded(rawElement).optional() });
}
const UnknownElementSchema = z.object({
  ...rawFields,
  children: bounded(rawElement).optional(),
  after: xmlName.optional(),
  afterIndex: z.number().int().nonnegative().max(1_000_000).optional(),
});
/** In the schema of every model object that stands for an element. */
export const keeps = {
  unknown: bounded(UnknownElementSchema, 10_000).optional(),
  unknownAttrs: z.record(xmlName, z.string().max(10_000)).optional(),
};

/** The zod schema of an element: its fields, and what an import kept without knowing. */
export function schemaOf<F extends Fields>(desc: ElementDesc<F>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(desc.fields)) shape[key] = field.zod;
  return z.object({ ...(shape as ShapeOf<F>), ...keeps });
}

export function element<F extends Fields>(label: string, fields: F, typeName?: string): ElementDesc<F> {
  return typeName ? { label, fields, typeName } : { label, fields };
}

/** Strings of the model: bounded; the congruity rules, not the contract, judge their form. */
export const text = s;
export const amount = z
  .string()
  .max(17, 'Importo non valido')
  .regex(/^-?\d{1,13}\.\d{2}$/, 'Importo non valido');
export const annoMese = z
  .string()
  .max(7, 'Mese non valido (AAAA-MM)')
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Mese non valido (AAAA-MM)');

type LeafOptions = Omit<Partial<Leaf>, 'kind' | 'xml' | 'type' | 'label' | 'optional' | 'zod' | 'value'>;

/** A required leaf of the model's type `zod`. */
export function typedLeaf<Z extends z.ZodType>(
  xml: string,
  type: SimpleType,
  label: string,
  zod: Z,
  options: LeafOptions & { value?: Leaf['value'] } = {},
): Leaf<Z> {
  return { ...options, kind: 'leaf', xml, type, label, value: options.value ?? 'text', zod, optional: false };
}

/** A required text leaf: a bounded string in the contract, whatever its form in the XSD. */
export const leaf = (xml: string, type: SimpleType, label: string, options: LeafOptions = {}) =>
  typedLeaf(xml, type, label, s, options);

/** A required leaf whose XSD enumeration is also its type in the model: the values written once. */
export const enumLeaf = <const V extends readonly [string, ...string[]]>(
  xml: string,
  values: V,
  label: string,
  options: LeafOptions = {},
) => typedLeaf(xml, enumeration(...values), label, z.enum(values), options);

/** A required amount. */
export const amountLeaf = (xml: string, type: SimpleType, label: string, options: LeafOptions = {}) =>
  typedLeaf(xml, type, label, amount, { ...options, value: 'amount' });

/** The same field, optional (minOccurs="0", or use="optional"). */
export function optional<F extends Leaf | Child | Attr | Implied>(
  field: F,
): Omit<F, 'zod' | 'optional'> & { zod: z.ZodOptional<F['zod']>; optional: true } {
  return { ...field, zod: field.zod.optional(), optional: true };
}

export function child<F extends Fields>(
  xml: string,
  desc: ElementDesc<F>,
): Child<ReturnType<typeof schemaOf<F>>> {
  return {
    kind: 'child',
    xml,
    element: desc as ElementDesc,
    repeated: false,
    optional: false,
    zod: schemaOf(desc),
  };
}

/** A list of child elements (maxOccurs="unbounded"; minOccurs="0" unless `atLeastOne`). */
export function many<F extends Fields>(
  xml: string,
  desc: ElementDesc<F>,
  options: { max?: number; atLeastOne?: boolean; comment?: string } = {},
): Child<z.ZodArray<ReturnType<typeof schemaOf<F>>>> {
  const max = options.max ?? 1000;
  return {
    kind: 'child',
    xml,
    element: desc as ElementDesc,
    repeated: true,
    optional: !options.atLeastOne,
    max,
    zod: z.array(schemaOf(desc)).max(max),
    ...(options.comment ? { comment: options.comment } : {}),
  };
}

export function attr<Z extends z.ZodType>(
  xml: string,
  type: SimpleType,
  zod: Z,
  options: { doc?: string; toXml?: (value: string) => string | undefined } = {},
): Attr<Z> {
  return { ...options, kind: 'attr', xml, type, zod, optional: false };
}

export function implied<Z extends z.ZodType>(zod: Z): Implied<Z> {
  return { kind: 'implied', zod, optional: false };
}

/** Inline simple types. */
export const pattern = (value: string): SimpleType => ({ base: 'xs:string', pattern: value });
export const enumeration = (...values: string[]): SimpleType => ({ base: 'xs:string', enumeration: values });
export const lengths = (minLength: number, maxLength: number): SimpleType => ({
  base: 'xs:string',
  minLength,
  maxLength,
});

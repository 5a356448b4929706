/**
 * fast-check arbitraries for the contract fuzz suite: inputs shaped by a call's input schema
 * (through its JSON Schema, as zod writes it), each value sometimes swapped for a hostile one.
 */
import fc from 'fast-check';
import { z } from 'zod';

type JsonSchema = { [key: string]: unknown };

const DEPTH = 2_000;
const deeplyNested = (() => {
  let value: unknown = 'fondo';
  for (let i = 0; i < DEPTH; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
})();

/** A key that is an own property even in an object literal's place: JSON.parse makes it so. */
const prototypeKeys = (): Record<string, unknown> =>
  JSON.parse(
    '{"__proto__":{"inquinato":true},"constructor":{"prototype":{"inquinato":true}},"toString":1}',
  ) as Record<string, unknown>;

/** Values no schema expects: huge, odd unicode, wrong types, deep nesting, prototype keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant('x'.repeat(1024 * 1024)),
  fc.constant('\u0000\uD800\uDFFF\u202E\uFEFF%E0../..\\..'),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(null, undefined, true, 0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, [], {}),
  fc.double(),
  fc.constant(deeplyNested),
  fc.constant(Array.from({ length: 10_000 }, (_, i) => i)),
  fc.constant(null).map(prototypeKeys),
  fc.anything({ maxDepth: 3, maxKeys: 5, withObjectString: true, withNullPrototype: true }),
);

const withHostile = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 40, 300);
  if (typeof schema.pattern === 'string') {
    const fits = (value: string) => value.length >= min && value.length <= max;
    return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  }
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
  );
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1e9;
  const max = typeof schema.maximum === 'number' ? schema.maximum : 1e9;
  return schema.type === 'integer'
    ? fc.integer({ min: Math.max(min, -2_147_483_648), max: Math.min(max, 2_147_483_647) })
    : fc.double({ min, max, noNaN: true });
}

/** An arbitrary of values of the schema's shape, every value at times replaced by a hostile one. */
export function arbitraryOf(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if ('const' in schema) return withHostile(fc.constant(schema.const));
  if (Array.isArray(schema.enum)) return withHostile(fc.constantFrom(...(schema.enum as unknown[])));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options))
      return fc.oneof(...options.map((option) => arbitraryOf(option as JsonSchema, depth)));
  }
  if (Array.isArray(schema.allOf)) return arbitraryOf(schema.allOf[0] as JsonSchema, depth);
  switch (schema.type) {
    case 'string':
      return withHostile(stringArbitrary(schema));
    case 'integer':
    case 'number':
      return withHostile(numberArbitrary(schema));
    case 'boolean':
      return withHostile(fc.boolean());
    case 'null':
      return withHostile(fc.constant(null));
    case 'array': {
      const items = (schema.items ?? {}) as JsonSchema;
      const maxLength = Math.min(
        typeof schema.maxItems === 'number' ? schema.maxItems : 3,
        depth > 3 ? 1 : 3,
      );
      return withHostile(fc.array(arbitraryOf(items, depth + 1), { maxLength }));
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required ?? []) as string[]);
      const shape = fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([key, value]) => [key, arbitraryOf(value, depth + 1)]),
        ),
        { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) },
      );
      // Now and then an extra key, a prototype key among them.
      const extra = fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra'), { freq: 5 });
      return withHostile(
        fc.tuple(shape, extra, hostileValue).map(([value, key, hostile]) => {
          if (key === null) return value;
          return { ...value, ...(JSON.parse(`{${JSON.stringify(key)}:null}`) as object), [key]: hostile };
        }),
      );
    }
    default:
      return hostileValue;
  }
}

/** Inputs for one call: its schema's shapes, mutations of known good inputs, and anything at all. */
export function callInputs(input: z.ZodType, goodInputs: readonly unknown[] = []): fc.Arbitrary<unknown> {
  const schema = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const shaped = arbitraryOf(schema);
  const good = goodInputs.length ? [fc.constantFrom(...goodInputs)] : [];
  const mutatedGood = goodInputs.length
    ? [
        fc
          .tuple(fc.constantFrom(...goodInputs), fc.nat(), hostileValue)
          .map(([value, at, hostile]) => mutateOneField(value, at, hostile)),
      ]
    : [];
  return fc.oneof(shaped, ...good, ...mutatedGood, hostileValue);
}

/** A copy of `value` with one of its fields (chosen by `at`, depth first) set to `hostile`. */
function mutateOneField(value: unknown, at: number, hostile: unknown): unknown {
  const copy = structuredClone(value);
  const slots: Array<[Record<string, unknown>, string]> = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of Object.keys(node)) {
      slots.push([node as Record<string, unknown>, key]);
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(copy);
  const slot = slots[at % Math.max(slots.length, 1)];
  if (!slot) return hostile;
  slot[0][slot[1]] = hostile;
  return copy;
}

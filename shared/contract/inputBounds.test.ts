import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calls } from './calls';

/**
 * Every input the renderer can send is bounded (issue 13, point 12): each string of every call's
 * input schema has a maximum length and each array a maximum number of items, so no field lets a
 * megabyte through to the services or the INPS API.
 */

type JsonSchema = { [key: string]: unknown };

function unbounded(node: unknown, path: string, found: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => unbounded(child, `${path}[${index}]`, found));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonSchema;
  const isEnum = 'enum' in schema || 'const' in schema;
  if (schema.type === 'string' && !isEnum && typeof schema.maxLength !== 'number')
    found.push(`${path}: string`);
  if (schema.type === 'array' && typeof schema.maxItems !== 'number') found.push(`${path}: array`);
  if (
    schema.type === 'object' &&
    schema.additionalProperties !== undefined &&
    schema.additionalProperties !== false
  ) {
    if (typeof (schema.propertyNames as JsonSchema | undefined)?.maxLength !== 'number') {
      found.push(`${path}: record keys`);
    }
  }
  for (const [key, child] of Object.entries(schema)) unbounded(child, `${path}.${key}`, found);
}

const inputSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

describe('contract input bounds', () => {
  it('finds an unbounded string or array (the check itself works)', () => {
    const found: string[] = [];
    unbounded(inputSchema(z.object({ a: z.string(), b: z.array(z.string().max(2)) })), 'x', found);
    expect(found).toEqual(['x.properties.a: string', 'x.properties.b: array']);
  });

  it.each(Object.keys(calls))('%s: every string has a maximum length, every array a maximum size', (name) => {
    const found: string[] = [];
    unbounded(inputSchema(calls[name as keyof typeof calls].input), name, found);
    expect(found).toEqual([]);
  });

  it('refuses a 1 MB quesitoId with a field error, before any service sees it', () => {
    const parsed = calls['quesiti.detail'].input.safeParse({
      posizioneId: '80012345678-00001',
      quesitoId: 'a'.repeat(1024 * 1024),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([
      'quesitoId',
      'Identificativo del quesito non valido.',
    ]);
  });
});

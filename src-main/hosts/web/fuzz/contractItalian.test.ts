import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calls } from '../../../../shared/contract';
import { callInputs } from './schemaArbitrary';

/**
 * Every message a contract schema gives reaches an Italian operator (issue 14, point 1): the input
 * schemas of every call, fed shapes of their own with wrong values, missing fields and anything
 * at all, never answer in zod's English.
 */

const ENGLISH =
  /\b(invalid|expected|received|string|undefined|must|too|unrecognized|object|boolean|array|input|pattern|required|characters|items|option|number)\b/i;

const englishIn = (messages: readonly string[]) => messages.filter((message) => ENGLISH.test(message));

describe('contract messages in Italian', () => {
  it('catches an English message (the check itself works)', () => {
    expect(englishIn(['Invalid input: expected string, received undefined', 'Inserisci il nome.'])).toEqual([
      'Invalid input: expected string, received undefined',
    ]);
  });

  it.each(Object.keys(calls))('%s: every issue of an invalid input is in Italian', (name) => {
    const schema = calls[name as keyof typeof calls].input;
    const english = new Set<string>();
    const check = (value: unknown) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success)
        for (const m of englishIn(parsed.error.issues.map((i) => i.message))) english.add(m);
    };
    for (const value of [undefined, null, 42, 'x', [], {}, { posizioneId: 7 }]) check(value);
    fc.assert(
      fc.property(callInputs(schema), (value) => {
        check(value);
      }),
      { numRuns: 60, seed: 14 },
    );
    expect([...english]).toEqual([]);
  });
});

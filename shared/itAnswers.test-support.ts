import { expect, it } from 'vitest';

/**
 * One test per case of a function whose table of inputs and answers is its specification;
 * `name` says what it does, with %j (or %s) for the input and then the answer.
 */
export function itAnswers<R>(name: string, answer: (input: string) => R, cases: Record<string, R>): void {
  it.each(Object.entries(cases))(name, (input, expected) => {
    expect(answer(input)).toEqual(expected);
  });
}

/**
 * PercPartTime is stored as the percentage × 1000 without a comma (66,67% → "66670",
 * docs/uniemens.md §2.4 [3P-claim]); the operator reads and writes "66,67".
 */

/** "66670" → "66,67"; a stored value that is not an integer is shown as it is. */
export function percPartTimeToDisplay(stored: string): string {
  if (!/^\d+$/.test(stored)) return stored;
  const value = Number(stored);
  const integer = Math.trunc(value / 1000);
  const decimals = String(value % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return decimals ? `${integer},${decimals}` : String(integer);
}

/**
 * "66,67" (or "66.67", "66") → "66670"; undefined when the text is not a percentage with at
 * most three decimals. The range (above 0, below 100) is the rule CE010's to judge, so that the
 * finding carries its code.
 */
export function percPartTimeFromInput(text: string): string | undefined {
  const match = /^(\d{1,3})(?:[.,](\d{1,3}))?$/.exec(text.trim().replace(/\s*%$/, ''));
  if (!match) return undefined;
  const [, integer = '0', decimals = ''] = match;
  return String(Number(integer) * 1000 + Number(decimals.padEnd(3, '0')));
}

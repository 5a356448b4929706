import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText, type MeasureText } from './textWrap';

/** A measure like a proportional font's, that also counts the characters it was asked to lay out. */
function countingMeasure(): { measure: MeasureText; work: () => number } {
  let work = 0;
  const measure: MeasureText = (text) => {
    work += text.length;
    let width = 0;
    for (const char of text) width += char === 'i' || char === '.' ? 2 : char === 'W' ? 9 : 5;
    return width;
  };
  return { measure, work: () => work };
}

const noSpace = (text: string) => text.replace(/\s+/g, '');

describe('wrapText', () => {
  it('loses no character, keeps every line within the width, and measures linearly', () => {
    const words = fc.array(
      fc.oneof(fc.constantFrom('i', 'W', 'a', '.', 'é', '😀', ' ', '\n'), fc.string({ maxLength: 3 })),
      { maxLength: 400 },
    );
    fc.assert(
      fc.property(words, fc.integer({ min: 10, max: 300 }), (parts, maxWidth) => {
        const text = parts.join('');
        const { measure, work } = countingMeasure();
        const lines = wrapText(text, maxWidth, measure);
        const measured = work();
        expect(noSpace(lines.join(''))).toBe(noSpace(text));
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(maxWidth);
        // Each character is laid out a bounded number of times, however long the words.
        expect(measured).toBeLessThanOrEqual(3 * text.length + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('wraps a 1 MB word without spaces into lines that each fit', () => {
    const word = 'ab'.repeat(512 * 1024);
    const { measure, work } = countingMeasure();
    const lines = wrapText(word, 500, measure);
    expect(lines).toHaveLength(Math.ceil((word.length * 5) / 500));
    expect(lines.join('')).toBe(word);
    expect(work()).toBeLessThan(2 * word.length);
  });

  it('keeps characters outside the BMP whole when cutting', () => {
    const lines = wrapText('😀'.repeat(10), 10, countingMeasure().measure);
    expect(lines.every((line) => [...line].every((char) => char === '😀'))).toBe(true);
  });
});

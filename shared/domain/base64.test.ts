import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, isBase64 } from './base64';

describe('base64', () => {
  it('writes what Node writes, and reads it back, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40_000 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(isBase64(text)).toBe(true);
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to decode what is not strict base64', () => {
    expect(() => base64ToBytes('QU I=')).toThrow('base64 valido');
  });
});

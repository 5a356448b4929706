import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itAnswers } from '../../itAnswers.test-support';
import { MAX_NAME_BYTES, problemsOf, sanitiseFileName, sanitiseFileNames } from './attachments';

/** The attachment name rules of issue 13 point 6, as properties over hostile names. */

const bytesOf = (name: string) => new TextEncoder().encode(name).length;

/** Pieces that break naive sanitisers: dots, spaces, slashes, devices, invisible marks, emoji. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '.',
    '..',
    ' ',
    '/',
    '\\',
    '.pdf',
    '.PDF',
    ' (2)',
    'CON',
    'nul',
    'Com1',
    'LPT9',
    '\u202e',
    '\u2066',
    '\u200b',
    '\u200d',
    '\ufeff',
    '\u0000',
    '\u001f',
    '\ud83d',
    '😀',
    '👍🏽',
    'e\u0301',
    '日本語',
    '<>:"|?*',
  ),
  fc.string({ unit: fc.constantFrom('😀', '漢', 'à', 'a', ' ', '.'), minLength: 50, maxLength: 200 }),
);
const rawName = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('sanitiseFileName properties', () => {
  it('is idempotent, within 255 bytes of UTF-8, never empty nor only an extension, NFC', () => {
    fc.assert(
      fc.property(rawName, (raw) => {
        const name = sanitiseFileName(raw);
        expect(sanitiseFileName(name)).toBe(name);
        expect(bytesOf(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        expect(name).not.toBe('');
        expect(name.startsWith('.')).toBe(false);
        expect(name).toBe(name.normalize('NFC'));
        expect(/[\ud800-\udfff]/u.test(name)).toBe(false); // no lone surrogate
        expect(name).not.toMatch(
          // eslint-disable-next-line no-control-regex
          /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff/\\]/,
        );
        expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\s*\.|$)/i);
        expect(name).not.toMatch(/^[\s.]|[\s.]$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the extension when it shortens a long name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }),
        fc.constantFrom('.pdf', '.p7m', '.xlsx', '.jpeg'),
        (stem, ext) => {
          const name = sanitiseFileName(`x${stem.replace(/[/\\]/g, '')}${ext}`);
          expect(name.endsWith(ext)).toBe(true);
          expect(bytesOf(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        },
      ),
    );
  });

  it('de-duplicates idempotently, within the limit, case-insensitively distinct', () => {
    fc.assert(
      fc.property(fc.array(rawName, { maxLength: 6 }), (raws) => {
        const names = sanitiseFileNames(raws);
        expect(sanitiseFileNames(names)).toEqual(names);
        expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
        for (const name of names) {
          expect(sanitiseFileName(name)).toBe(name);
          expect(bytesOf(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives names the INPS side accepts', () => {
    fc.assert(
      fc.property(fc.array(rawName, { minLength: 1, maxLength: 3 }), (raws) => {
        const names = sanitiseFileNames(raws.map((raw) => `${raw}.pdf`));
        expect(problemsOf(names.map((name) => ({ name, size: 1 })))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('sanitiseFileName cases of issue 13', () => {
  it('shortens 60 emoji + .pdf to a name that stays the same when staged again', () => {
    const raw = `${'😀'.repeat(60)}.pdf`;
    expect(sanitiseFileName(raw)).toBe(raw);
    const long = `${'😀'.repeat(70)}.pdf`;
    const once = sanitiseFileName(long);
    expect(once).toBe(`${'😀'.repeat(62)}.pdf`);
    expect(sanitiseFileName(once)).toBe(once);
  });

  it('cuts a 116-character CJK name to 255 bytes, keeping .pdf', () => {
    const name = sanitiseFileName(`${'漢'.repeat(116)}.pdf`);
    expect(name).toBe(`${'漢'.repeat(83)}.pdf`);
    expect(bytesOf(name)).toBe(253);
  });

  it('never cuts inside a grapheme', () => {
    const name = sanitiseFileName(`${'👍🏽'.repeat(40)}.pdf`);
    expect(name).toBe(`${'👍🏽'.repeat(31)}.pdf`);
  });

  it('does not turn "..pdf", "...pdf" or " .pdf" into "pdf"', () => {
    expect(sanitiseFileNames(['..pdf', '...pdf', ' .pdf'])).toEqual([
      'allegato.pdf',
      'allegato (2).pdf',
      'allegato (3).pdf',
    ]);
    expect(sanitiseFileName('.pdf')).toBe('allegato.pdf');
  });

  itAnswers('defuses Windows device names, with any extension and case: %j is %j', sanitiseFileName, {
    'CON.pdf': 'CON_.pdf',
    'nul.txt': 'nul_.txt',
    'Com1.tar.pdf': 'Com1_.tar.pdf',
    'lpt9 .pdf': 'lpt9_.pdf',
    aux: 'aux_',
    'CONTRATTO.pdf': 'CONTRATTO.pdf',
  });

  it('removes bidi overrides and zero-width characters', () => {
    expect(sanitiseFileName('fattura\u202efdp.exe.pdf')).toBe('fatturafdp.exe.pdf');
    expect(sanitiseFileName('rel\u200bazio\u200dne\ufeff\u2066.pdf')).toBe('relazione.pdf');
  });
});

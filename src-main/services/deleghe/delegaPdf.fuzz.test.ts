/**
 * Fuzz of the delega request into the PDF: whatever is typed, either the schema refuses it with
 * Italian errors on the fields, or the PDF carries every printed field in full (no blank where a
 * name was). Text comes back through pdftotext, as a reader would copy it.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import {
  CHARSETS,
  delegaRequestSchema,
  fieldErrors,
  type DelegaRequest,
  type DelegaRequestInput,
} from '../../../shared/domain/delega';
import { loadDelegaFonts } from './delegaFonts';
import { buildDelegaPdf } from './delegaPdf';
import { tempDir } from '../../tempDir.test-support';
import { pdfText } from '../../pdfText.test-support';

const temp = tempDir('delega-fuzz-', 'all');

const TEXT_FIELDS = [
  'intermediario.nome',
  'intermediario.cognome',
  'intermediario.ordine',
  'intermediario.numeroIscrizione',
  'intermediario.studio',
  'intermediario.pec',
  'ente.denominazione',
  'ente.pec',
  'legaleRappresentante.nome',
  'legaleRappresentante.cognome',
  'legaleRappresentante.carica',
  'luogo',
] as const;

/** Characters people paste into forms: scripts the font lacks, emoji, controls, combining marks. */
const hostile = fc.constantFrom(
  '王',
  'Σ',
  'ح',
  'ש',
  '😀',
  '👩‍👩‍👧',
  '\u0301',
  '\u0000',
  '\t',
  '\n',
  '\u200b',
  '\u202e',
  '\ufeff',
  'ſ',
  'Ŀ',
  '×',
  '@',
  '.',
);
const allowed = (chars: string) => fc.constantFrom(...chars);
const valid = (chars: string, maxLength: number) =>
  fc.string({ unit: allowed(chars), minLength: 1, maxLength });
/** What may be pasted into any field instead. */
const pasted = fc.oneof(
  fc.string({ unit: fc.oneof(allowed(CHARSETS.testo.chars), hostile), minLength: 1, maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.nat({ max: 60_000 }).map((n) => 'x'.repeat(n)),
  // A letter and a combining accent: NFC makes most of them one letter the font has.
  fc
    .array(fc.tuple(fc.constantFrom('a', 'e', 'o', 'u', 'S', 'z'), fc.integer({ min: 0x300, max: 0x36f })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((pairs) => pairs.map(([letter, mark]) => letter + String.fromCodePoint(mark)).join('')),
);
const local = fc.string({
  unit: allowed('abcdefghijklmnopqrstuvwxyz0123456789-_+'),
  minLength: 1,
  maxLength: 64,
});
const label = fc
  .string({ unit: allowed('abcdefghijklmnopqrstuvwxyz0123456789-'), minLength: 1, maxLength: 60 })
  .map((text) => `x${text}x`);
const pec = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.tuple(local, label, label).map(([name, host, sub]) => `${name}@${host}.${sub}.it`),
  },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(allowed('ab.@-'), hostile), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.nat({ max: 60_000 }).map((n) => `${'p'.repeat(n)}@pec.it`) },
);

const fields = fc.record({
  'intermediario.nome': valid(CHARSETS.nome.chars, 40),
  'intermediario.cognome': valid(CHARSETS.nome.chars, 120),
  'intermediario.ordine': valid(CHARSETS.testo.chars, 60),
  'intermediario.numeroIscrizione': valid(CHARSETS.codice.chars, 20),
  'intermediario.studio': valid(CHARSETS.testo.chars, 160),
  'intermediario.pec': pec,
  'ente.denominazione': valid(CHARSETS.testo.chars, 200),
  'ente.pec': pec,
  'legaleRappresentante.nome': valid(CHARSETS.nome.chars, 40),
  'legaleRappresentante.cognome': valid(CHARSETS.nome.chars, 60),
  'legaleRappresentante.carica': valid(CHARSETS.testo.chars, 60),
  luogo: valid(CHARSETS.testo.chars, 60),
});
/** Half the requests are typed within the rules, the others have one or two fields pasted in. */
const pastes = fc.oneof(
  fc.constant([]),
  fc.array(fc.tuple(fc.constantFrom(...TEXT_FIELDS), pasted), { minLength: 1, maxLength: 2 }),
);

const request = fc.tuple(fields, pastes).map(([values, pasted]): DelegaRequestInput => {
  const all: Record<string, string> = { ...values, ...Object.fromEntries(pasted) };
  const base = structuredClone(fixture) as DelegaRequestInput;
  const groups = base as unknown as Record<string, Record<string, string>>;
  for (const [path, value] of Object.entries(all)) {
    const [group, key] = path.split('.') as [string, string | undefined];
    if (key === undefined) (base as unknown as Record<string, string>)[group] = value;
    else (groups[group] as Record<string, string>)[key] = value;
  }
  return base;
});

function printed(parsed: DelegaRequest): string[] {
  const { intermediario: i, ente, legaleRappresentante: lr } = parsed;
  return [
    i.nome,
    i.cognome,
    i.ordine,
    i.numeroIscrizione,
    i.studio,
    i.pec,
    ente.denominazione,
    ente.pec,
  ].concat([lr.nome, lr.cognome, lr.carica, parsed.luogo]);
}

const compact = (value: string) => value.replace(/\s+/g, '');
/** zod's own messages are English: none may reach a field. */
const ENGLISH = /\b(invalid|expected|too (big|small)|must|received)\b/i;
const ITALIAN = /\b(inserisca|scelga|supera|contiene|caratteri|manca|dominio|punto|indirizzo|della|non)\b/i;

describe('delega request into the PDF (fuzz)', () => {
  it('refuses on the field in Italian, or prints every field in full', async () => {
    const fonts = await loadDelegaFonts();
    let pdfs = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const parsed = delegaRequestSchema.safeParse(input);
        if (!parsed.success) {
          refused += 1;
          const errors = fieldErrors(parsed.error);

          for (const [path, message] of Object.entries(errors)) {
            expect(TEXT_FIELDS).toContain(path);
            expect(message).not.toMatch(ENGLISH);
            expect(message).toMatch(ITALIAN);
          }
          return;
        }
        pdfs += 1;
        const file = join(temp.path, `fuzz-${pdfs}.pdf`);
        await writeFile(file, await buildDelegaPdf(parsed.data, fonts));
        const content = compact((await pdfText(file, 'raw')).normalize('NFC'));
        for (const value of printed(parsed.data)) {
          expect(value.trim()).not.toBe('');
          expect(content).toContain(compact(value));
        }
        await rm(file);
      }),
      { numRuns: 80 },
    );
    // The generators must reach the PDF often enough for the property to mean something.
    expect(pdfs).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(10);
  }, 180_000);
});

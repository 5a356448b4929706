import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { CHARSETS } from '../../../shared/domain/delega';
import { loadDelegaFonts } from './delegaFonts';

describe('delega character sets', () => {
  it('allow only characters the embedded Titillium has a glyph for, regular and bold', async () => {
    const fonts = await loadDelegaFonts();
    for (const bytes of [fonts.regular, fonts.bold]) {
      const font = fontkit.create(bytes);
      for (const [name, charset] of Object.entries(CHARSETS)) {
        const missing = [...charset.chars].filter(
          (char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
        );
        expect({ charset: name, missing }).toEqual({ charset: name, missing: [] });
      }
      // One glyph of its own per character, after the font's substitutions: else the PDF's text
      // would copy back as another letter (the font draws Ş with the glyph of Ș).
      const owners = new Map<number, string>();
      const shared: string[] = [];
      for (const char of new Set(Object.values(CHARSETS).flatMap((charset) => [...charset.chars]))) {
        const glyphs = font.layout(char).glyphs;
        expect(glyphs).toHaveLength(1);
        const id = glyphs[0]?.id ?? -1;
        const owner = owners.get(id);
        if (owner !== undefined) shared.push(`${owner}${char}`);
        owners.set(id, char);
      }
      expect(shared).toEqual([]);
    }
  });
});

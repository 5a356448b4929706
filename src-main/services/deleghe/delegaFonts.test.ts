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
    }
  });
});

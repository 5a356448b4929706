import roboto400 from 'bootstrap-italia/dist/fonts/Roboto_Mono/roboto-mono-v13-latin-ext_latin-regular.woff2?url';
import titillium300 from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-300.woff2?url';
import titillium600 from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-600.woff2?url';
import titillium700 from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-700.woff2?url';
import titillium400 from 'bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2?url';

/**
 * The fonts of bootstrap-italia, shipped with the app and loaded through the FontFace API: no
 * request leaves the machine (design-react-kit's FontLoader fetches them from the web).
 */
const faces: Array<[family: string, url: string, weight: string]> = [
  ['Titillium Web', titillium300, '300'],
  ['Titillium Web', titillium400, '400'],
  ['Titillium Web', titillium600, '600'],
  ['Titillium Web', titillium700, '700'],
  ['Roboto Mono', roboto400, '400'],
];

export function loadShippedFonts(): void {
  for (const [family, url, weight] of faces) {
    const face = new FontFace(family, `url(${url})`, { weight, display: 'swap' });
    document.fonts.add(face);
    void face.load().catch(() => undefined);
  }
}

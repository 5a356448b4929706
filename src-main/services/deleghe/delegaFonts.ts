/** The Titillium Web TTF files of bootstrap-italia, read once: the PDF embeds them. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface DelegaFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

let cached: Promise<DelegaFonts> | undefined;

function fontsDir(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('bootstrap-italia/package.json');
  return join(dirname(packageJson), 'dist', 'fonts', 'Titillium_Web');
}

export function loadDelegaFonts(): Promise<DelegaFonts> {
  cached ??= (async () => {
    const dir = fontsDir();
    const [regular, bold] = await Promise.all([
      readFile(join(dir, 'titillium-web-v10-latin-ext_latin-regular.ttf')),
      readFile(join(dir, 'titillium-web-v10-latin-ext_latin-700.ttf')),
    ]);
    return { regular, bold };
  })();
  return cached;
}

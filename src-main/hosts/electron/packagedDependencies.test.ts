/**
 * What app.asar carries (issue 18): electron-builder packs the `dependencies` of package.json,
 * and the main bundle leaves exactly those outside (electron-vite's externalizeDeps). The
 * renderer is bundled whole by Vite, so its libraries (React, design-react-kit, bootstrap-italia,
 * zustand, TanStack...) belong in devDependencies; every package main, preload, the worker or
 * the sandbox imports at run time must be a dependency, or the installed app fails to start.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Source files that run in the installed app: not tests, test kits, fuzzers or benchmarks. */
const runtimeFile = (path: string) =>
  /\.tsx?$/.test(path) &&
  !/\.(test|bench|spec|test-support)\.tsx?$/.test(path) &&
  !/(^|\/)(testing|fuzz)\//.test(path) &&
  !path.endsWith('.d.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter(runtimeFile);
}

/** What one line imports: `from '…'`, `import('…')` and side-effect `import '…'`. */
function specifiersOf(line: string): string[] {
  const found: string[] = [];
  const code = line.trimStart();
  // Comments may quote a word after "from"; they import nothing.
  if (code.startsWith('*') || code.startsWith('/')) return found;
  for (const marker of [" from '", "import('", "import '"]) {
    const at = line.indexOf(marker);
    if (at < 0) continue;
    const start = at + marker.length;
    const end = line.indexOf("'", start);
    if (end > start) found.push(line.slice(start, end));
  }
  return found;
}

/** The packages a set of folders imports (static and dynamic imports), by package name. */
function importedPackages(dirs: string[]): Set<string> {
  const packages = new Set<string>();
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const specifier of text.split('\n').flatMap(specifiersOf)) {
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
      if (!builtinModules.includes(name)) packages.add(name);
    }
  }
  return packages;
}

const mainSide = importedPackages(['src-main', 'shared', 'sandbox']);
const rendererSide = importedPackages(['src-renderer']);

describe('the dependencies packed into app.asar', () => {
  it('include every package main, preload and the embedded sandbox import at run time', () => {
    const missing = [...mainSide].filter((name) => name !== 'electron' && !(name in manifest.dependencies));
    expect(missing).toEqual([]);
  });

  it('leave out the renderer’s libraries, which Vite bundles into out/renderer', () => {
    const rendererOnly = [...rendererSide].filter((name) => !mainSide.has(name));
    expect(rendererOnly).toEqual(expect.arrayContaining(['react', 'design-react-kit']));
    const packed = rendererOnly.filter((name) => name in manifest.dependencies);
    expect(packed).toEqual([]);
    for (const name of rendererOnly) expect(manifest.devDependencies).toHaveProperty([name]);
  });

  it('keep the main bundle externalising exactly the dependencies (no packages bundled or left out)', () => {
    const config = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    const mainSection = config.slice(config.indexOf('main: {'), config.indexOf('preload: {'));
    expect(mainSection).not.toContain('externalizeDeps');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  citationProblems,
  codePathProblems,
  formatProblems,
  markdownLinkProblems,
  type Tree,
} from './markdownLinks';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What the checks read in the repository: tracked files and new ones not ignored. */
const repository = (): Tree => ({
  root: ROOT,
  files: execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    // Listed but deleted in the work tree: not part of what is checked.
    .filter((file) => file !== '' && !file.endsWith('package-lock.json') && existsSync(join(ROOT, file))),
});
// The checker and this test hold broken examples on purpose.
const SELF = ['scripts/markdownLinks.ts', 'scripts/markdownLinks.test.ts'];

describe('the repository', () => {
  const tree = repository();

  it('has every relative Markdown link resolving to a file of the repository, and its #anchor to a heading', () => {
    expect(formatProblems(markdownLinkProblems(tree))).toBe('');
  });

  it('cites no document outside the repository, and only sections and tests that exist', () => {
    expect(formatProblems(citationProblems(tree, SELF))).toBe('');
  });

  it('shows as code, in its Markdown pages, only paths of files that exist', () => {
    expect(formatProblems(codePathProblems(tree))).toBe('');
  });
});

describe('the checks', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  function treeOf(files: Record<string, string>): Tree {
    root = mkdtempSync(join(tmpdir(), 'md-links-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    return { root, files: Object.keys(files) };
  }

  const md = (target: string) => `# Title\n\nSee [the notes](${target}).\n`;

  it('accepts links to files, folders and headings of the repository, and external ones', () => {
    const tree = treeOf({
      'README.md': `${md('docs/a.md#2-the-part')}\n[code](src/x.ts) [folder](src) [site](https://example.org)\n`,
      'docs/a.md': '# A\n\n## 2. The part\n\n[back](../README.md#title) [self](#a)\n',
      'src/x.ts': '',
    });
    expect(markdownLinkProblems(tree)).toEqual([]);
  });

  it('reports a link to a missing file, with the file and line', () => {
    const tree = treeOf({ 'README.md': md('docs/missing.md') });
    expect(markdownLinkProblems(tree)).toEqual([
      {
        file: 'README.md',
        line: 3,
        message: 'link "docs/missing.md" leads to docs/missing.md, which is not in the repository',
      },
    ]);
  });

  it('reports a link that climbs out of the repository, even to a file that exists there', () => {
    const tree = treeOf({ 'docs/a.md': md('../../shared/DESIGN.md') });
    expect(formatProblems(markdownLinkProblems(tree))).toContain('leads outside the repository');
  });

  it('reports an anchor that no heading makes', () => {
    const tree = treeOf({ 'README.md': md('docs/a.md#3-gone'), 'docs/a.md': '# A\n\n## 2. The part\n' });
    expect(formatProblems(markdownLinkProblems(tree))).toContain('has no heading with the anchor #3-gone');
  });

  it('reports code that cites a document, a section or a test that is not there', () => {
    const tree = treeOf({
      'docs/notes.md': '# Notes\n\n## 2. Format\n\n### 2.4 Amounts\n',
      'src/ok.ts': '// Comma decimals (docs/notes.md §2.4); kept equal by ok.test.ts.\n',
      'src/ok.test.ts': '',
      'src/gone.ts': [
        '// See shared/reference/uniemens.md §2.',
        '// Dates as in DESIGN §3.',
        '// Rates (docs/notes.md §5).',
        '// Kept equal by xsdGenerator.test.ts.',
        '',
      ].join('\n'),
    });
    expect(
      citationProblems(tree).map(({ file, line, message }) => `${file}:${line}: ${message.split(',')[0]}`),
    ).toEqual([
      'src/gone.ts:1: cites shared/reference/uniemens.md',
      'src/gone.ts:3: cites docs/notes.md §5',
      'src/gone.ts:4: names xsdGenerator.test.ts',
      'src/gone.ts:2: cites the design notes outside the repository: use docs/architecture.md ("DESIGN §")',
      'src/gone.ts:1: cites research notes outside the repository: use docs/ ("shared/reference/")',
    ]);
  });

  it('reports a path shown as code that names no file, leaving globs and placeholders alone', () => {
    const tree = treeOf({
      'README.md':
        '# R\n\nSee `src/x.ts`, `src/`, `src/*.ts`, `utenti/<id>/` and `src/gone.ts` (`a/b` is no folder of ours).\n',
      'src/x.ts': '',
    });
    expect(formatProblems(codePathProblems(tree))).toBe(
      'README.md:3: names src/gone.ts, which is not in the repository',
    );
  });
});

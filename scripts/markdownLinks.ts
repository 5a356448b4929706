/**
 * Checks that the repository's documentation points only at itself: every relative Markdown link
 * resolves to a file of the repository (and its #anchor to a heading), and no file cites a
 * document that is not in the repository (`docs/x.md §2.4` must name a file and a section that
 * exist; a test named in a comment must exist). Used by scripts/markdownLinks.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import GithubSlugger from 'github-slugger';
import { marked, type Token, type Tokens } from 'marked';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** The repository as the checks see it: its root and the paths (from the root) of its files. */
export interface Tree {
  root: string;
  files: readonly string[];
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:|^\/\//i;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

const read = (tree: Tree, file: string) => readFileSync(join(tree.root, file), 'utf8');

/** Normalised path from the root, or null when it climbs out of the repository. */
function fromRoot(base: string, target: string): string | null {
  const joined = posix.normalize(posix.join(base, target));
  return joined.startsWith('../') || joined === '..' || posix.isAbsolute(joined)
    ? null
    : joined.replace(/\/$/, '');
}

function plainText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      const children = (token as { tokens?: Token[] }).tokens;
      if (children && children.length > 0) return plainText(children);
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
    })
    .join('');
}

/** The anchors GitHub makes for a Markdown file: one per heading, plus explicit `<a id>`. */
export function anchorsOf(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'heading') anchors.add(slugger.slug(plainText((token as Tokens.Heading).tokens)));
  });
  for (const match of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1] ?? '');
  return anchors;
}

/** The headings' leading numbers ("2", "2.4") of a Markdown file, for `§2.4` citations. */
export function sectionsOf(markdown: string): Set<string> {
  const sections = new Set<string>();
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type !== 'heading') return;
    const number = /^(\d+(?:\.\d+)*)\.?(?:\s|$)/.exec(plainText((token as Tokens.Heading).tokens));
    if (number?.[1]) sections.add(number[1]);
  });
  return sections;
}

function lookup(tree: Tree) {
  const files = new Set(tree.files);
  const dirs = new Set(
    tree.files.flatMap((file) =>
      file
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const anchors = new Map<string, Set<string>>();
  const sections = new Map<string, Set<string>>();
  const cached = <T>(cache: Map<string, T>, file: string, make: (text: string) => T): T => {
    let value = cache.get(file);
    if (value === undefined) {
      value = make(read(tree, file));
      cache.set(file, value);
    }
    return value;
  };
  return {
    exists: (path: string) => files.has(path) || dirs.has(path),
    isFile: (path: string) => files.has(path),
    anchors: (file: string) => cached(anchors, file, anchorsOf),
    sections: (file: string) => cached(sections, file, sectionsOf),
  };
}

/** Every relative link and image of every Markdown file must resolve inside the repository. */
export function markdownLinkProblems(tree: Tree): Problem[] {
  const repo = lookup(tree);
  const problems: Problem[] = [];
  for (const file of tree.files.filter((name) => name.endsWith('.md'))) {
    const text = read(tree, file);
    const hrefs: string[] = [];
    marked.walkTokens(marked.lexer(text), (token) => {
      if (token.type === 'link' || token.type === 'image') hrefs.push((token as Tokens.Link).href);
    });
    for (const href of hrefs) {
      if (EXTERNAL.test(href)) continue;
      const at = lineAt(text, Math.max(0, text.indexOf(href)));
      const report = (message: string) => problems.push({ file, line: at, message });
      const [rawPath = '', anchor] = href.split('#', 2);
      let path: string;
      try {
        path = decodeURIComponent(rawPath);
      } catch {
        report(`link "${href}" is not a valid address`);
        continue;
      }
      const target = path === '' ? file : fromRoot(dirname(file), path);
      if (target === null) {
        report(`link "${href}" leads outside the repository`);
        continue;
      }
      if (!repo.exists(target)) {
        report(`link "${href}" leads to ${target}, which is not in the repository`);
        continue;
      }
      if (anchor && target.endsWith('.md') && repo.isFile(target) && !repo.anchors(target).has(anchor)) {
        report(`link "${href}": ${target} has no heading with the anchor #${anchor}`);
      }
    }
  }
  return problems;
}

const CHECKED = /\.(?:ts|tsx|js|mjs|cjs|md|ya?ml|xsd|html)$/;
const MARKDOWN_CITATION =
  /(?<![\w/.-])((?:\.\.?\/)*[\w-][\w.-]*(?:\/[\w.-]+)*\.md)\b(?:\s*§\s*(\d+(?:\.\d+)*))?/g;
const TEST_CITATION = /(?<![\w.-])([\w-]+\.(?:test|spec|test-support)\.tsx?)\b/g;
const RETIRED: readonly [RegExp, string][] = [
  [
    /\bDESIGN(?:\.md)?\s*§|\bDESIGN\.md\b/g,
    'cites the design notes outside the repository: use docs/architecture.md',
  ],
  [/\bshared\/(?:reference|seeds)\//g, 'cites research notes outside the repository: use docs/'],
  [/(?<![\w.])\/work\/[\w-]+/g, 'names a folder of a build machine'],
];

/**
 * No file cites a document outside the repository: a `.md` it names resolves (from the root or
 * from the citing file's folder), with the `§N` it names; a test it names exists.
 */
export function citationProblems(tree: Tree, skip: readonly string[] = []): Problem[] {
  const repo = lookup(tree);
  const basenames = new Set(tree.files.map((file) => posix.basename(file)));
  const problems: Problem[] = [];
  for (const file of tree.files.filter((name) => CHECKED.test(name) && !skip.includes(name))) {
    const text = read(tree, file);
    const report = (index: number, message: string) =>
      problems.push({ file, line: lineAt(text, index), message });
    for (const match of text.matchAll(MARKDOWN_CITATION)) {
      const [, cited = '', section] = match;
      const candidates = [fromRoot('', cited), fromRoot(dirname(file), cited)].filter(
        (path): path is string => path !== null && repo.isFile(path),
      );
      const target = candidates[0];
      if (target === undefined) {
        report(match.index, `cites ${cited}, which is not in the repository`);
      } else if (section !== undefined && !repo.sections(target).has(section)) {
        report(match.index, `cites ${cited} §${section}, but ${target} has no section ${section}`);
      }
    }
    for (const match of text.matchAll(TEST_CITATION)) {
      if (!basenames.has(match[1] ?? '')) report(match.index, `names ${match[1]}, which does not exist`);
    }
    for (const [pattern, message] of RETIRED) {
      for (const match of text.matchAll(pattern)) report(match.index, `${message} ("${match[0]}")`);
    }
  }
  return problems;
}

/**
 * Paths a Markdown page shows as code (`src-main/services/userScope.ts`) name files of the
 * repository: a path whose first folder is one of the repository's must exist. Globs and
 * placeholders (`*`, `<id>`, `…`) are descriptions, not paths, and are left alone.
 */
export function codePathProblems(tree: Tree): Problem[] {
  const repo = lookup(tree);
  const topFolders = new Set(
    tree.files.filter((file) => file.includes('/')).map((file) => file.split('/')[0]),
  );
  const problems: Problem[] = [];
  for (const file of tree.files.filter((name) => name.endsWith('.md'))) {
    const text = read(tree, file);
    const spans: string[] = [];
    marked.walkTokens(marked.lexer(text), (token) => {
      if (token.type === 'codespan') spans.push((token as Tokens.Codespan).text);
    });
    for (const span of spans) {
      const path = span.replace(/\/$/, '');
      if (!path.includes('/') || /[\s*<>{}…]/.test(path) || !topFolders.has(path.split('/')[0])) continue;
      const found = [fromRoot('', path), fromRoot(dirname(file), path)].some(
        (p) => p !== null && repo.exists(p),
      );
      if (!found) {
        problems.push({
          file,
          line: lineAt(text, Math.max(0, text.indexOf(`\`${span}\``))),
          message: `names ${path}, which is not in the repository`,
        });
      }
    }
  }
  return problems;
}

export const formatProblems = (problems: readonly Problem[]) =>
  problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n');

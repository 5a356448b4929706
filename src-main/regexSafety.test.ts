/**
 * Every regex literal in shared/, src-main/ and sandbox/ is checked by recheck (a ReDoS checker,
 * its pure-JS build) for super-linear backtracking, so that one cannot come back: a PEC regex
 * that backtracked quadratically stalled the sandbox for 4 s on a 120 KB address. A `new RegExp`
 * must take a literal pattern, so it is checked too. sandbox/testing/ is left out: test helpers
 * reading the sandbox's own pages, never user input.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const FOLDERS = ['shared', 'src-main', 'sandbox'];
// sandbox/testing/ reads the sandbox's own pages; hosts/web/fuzz/ turns the contract's own
// patterns (checked here as literals) into generators: neither meets user input.
const SKIPPED = ['sandbox/testing/', 'src-main/hosts/web/fuzz/'];

interface Found {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string, files: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const rel = relative(ROOT, path);
    if (SKIPPED.some((skipped) => `${rel}/`.startsWith(skipped))) continue;
    if (statSync(path).isDirectory()) sourceFiles(path, files);
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) && !entry.includes('.test-support.'))
      files.push(path);
  }
  return files;
}

function regexesOf(file: string): { found: Found[]; unchecked: string[] } {
  const text = readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const unchecked: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(ROOT, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags)))
        found.push({ where: where(node), source: pattern.text, flags: flags?.text ?? '' });
      else unchecked.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { found, unchecked };
}

describe('regular expressions', () => {
  it('none in shared/, src-main/, sandbox/ backtracks super-linearly', () => {
    // The pure-JS checker: no JVM, no native binary.
    process.env.RECHECK_SYNC_BACKEND = 'pure';
    const all = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))).map(regexesOf);
    expect(all.flatMap((file) => file.unchecked)).toEqual([]);
    const regexes = all.flatMap((file) => file.found);
    expect(regexes.length).toBeGreaterThan(50);
    const verdicts = new Map<string, string>();
    const unsafe: string[] = [];
    for (const { where, source, flags } of regexes) {
      const key = `/${source}/${flags}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        // A fixed seed: the fuzzing part of the checker gives the same verdict on every run.
        // The checker's timeout is wall-clock: on a loaded machine a long but safe regex can run
        // out of it, so a timeout is retried once with more time before it counts as a verdict.
        let result = checkSync(source, flags, { timeout: 20_000, randomSeed: 1 });
        if (result.status === 'unknown' && result.error.kind === 'timeout') {
          result = checkSync(source, flags, { timeout: 120_000, randomSeed: 1 });
        }
        verdict =
          result.status === 'safe'
            ? 'safe'
            : result.status === 'vulnerable'
              ? `vulnerable, ${result.complexity.type}`
              : `unknown (${result.error.kind})`;
        verdicts.set(key, verdict);
      }
      if (verdict !== 'safe') unsafe.push(`${where} ${key}: ${verdict}`);
    }
    expect(unsafe).toEqual([]);
  }, 600_000);
});

/**
 * A PDF read as its reader gets it, for the unit tests and the e2e specs alike (no test
 * framework's `expect` here, so both runners can import it: failures are node assertions).
 */
import { deepStrictEqual } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The text of a PDF (poppler's pdftotext), laid out as printed or, `raw`, in the order it was
 * drawn: that keeps a value wrapped inside one of several side-by-side boxes in one piece,
 * where the layout interleaves the boxes line by line.
 */
export async function pdfText(file: string, order: 'layout' | 'raw' = 'layout'): Promise<string> {
  return (await run('pdftotext', [`-${order}`, '-enc', 'UTF-8', file, '-'])).stdout;
}

/**
 * Checks that qpdf finds the PDF (a file, or the bytes of one) sound and that its text holds
 * every string of `expected`, naming all the missing ones at once; returns the text for
 * further checks.
 */
export async function expectPdfText(pdf: string | Uint8Array, expected: readonly string[]): Promise<string> {
  if (typeof pdf !== 'string') {
    // qpdf reads files only.
    const dir = await mkdtemp(join(tmpdir(), 'pdf-text-'));
    try {
      await writeFile(join(dir, 'file.pdf'), pdf);
      return await expectPdfText(join(dir, 'file.pdf'), expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  await run('qpdf', ['--check', pdf]);
  const text = await pdfText(pdf);
  deepStrictEqual(
    expected.filter((wanted) => !text.includes(wanted)),
    [],
    `Il PDF ${pdf} non contiene tutto il testo atteso`,
  );
  return text;
}

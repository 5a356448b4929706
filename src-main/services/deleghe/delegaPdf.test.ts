import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import { delegaRequestSchema, type DelegaRequestInput } from '../../../shared/domain/delega';
import { buildDelegaPdf } from './delegaPdf';
import { tempDir } from '../../tempDir.test-support';
import { expectPdfText, pdfText } from '../../pdfText.test-support';

const run = promisify(execFile);
const temp = tempDir('delega-pdf-', 'all');

async function render(input: DelegaRequestInput, name: string): Promise<string> {
  const file = join(temp.path, name);
  await writeFile(file, await buildDelegaPdf(delegaRequestSchema.parse(input)));
  return file;
}

describe('buildDelegaPdf', () => {
  it('prints every datum, the declarations and the request number, with accents intact', async () => {
    const file = await render(fixture as DelegaRequestInput, 'fixture.pdf');
    await expectPdfText(file, [
      'DLG-2026-000123',
      "D'Annunzio Bellò",
      'Niccolò',
      'RNLMRC67E14G337R',
      '02246800342-00001',
      'Consulente del lavoro',
      'Forlì',
      '01/12/2026',
      '30/11/2028',
      '30/11/2033',
      'cinque anni successivi',
      'Firma del legale rappresentante',
      "Firma dell'intermediario",
    ]);
    expect((await run('pdfinfo', [file])).stdout).toMatch(/Pages:\s+1/);
    // Fonts embedded (a subset of Titillium), not the standard 14.
    expect((await run('pdffonts', [file])).stdout).toMatch(/Titillium.*yes/);
  });

  it("leaves room for the signer's identity document and the ente's stamp, on the one page", async () => {
    const content = await expectPdfText(await render(fixture as DelegaRequestInput, 'documento.pdf'), [
      'Documento di identità del legale rappresentante',
      'Tipo di documento',
      'Rilasciato da',
      'Scadenza',
      "Timbro dell'ente",
    ]);
    expect(content).not.toContain('BOZZA');
  });

  it('says BOZZA only on a request that has no number yet', async () => {
    const { numeroRichiesta: _, ...draft } = fixture as DelegaRequestInput;
    const content = await pdfText(await render(draft, 'bozza.pdf'));
    expect(content).toContain('BOZZA – non ancora inoltrata');
    expect(content).not.toMatch(/DLG-\d{4}-\d{6}/);
  });

  it('wraps a long surname inside the page instead of running off it', async () => {
    const cognome = "Dell'Acqua Bianchi Sforza Visconti di Modrone Lancellotti Ruspoli Boncompagni Ludovisi";
    const file = await render(
      {
        ...(fixture as DelegaRequestInput),
        legaleRappresentante: { ...fixture.legaleRappresentante, cognome },
        ente: { ...fixture.ente, denominazione: 'Città metropolitana – '.repeat(8).trim() },
      },
      'long.pdf',
    );
    await run('qpdf', ['--check', file]);
    const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
    const xMax = [...stdout.matchAll(/xMax="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(xMax.length).toBeGreaterThan(100);
    expect(Math.max(...xMax)).toBeLessThanOrEqual(595.28 - 40);
    const words = (await pdfText(file)).replace(/\s+/g, ' ');
    for (const word of cognome.split(' ')) expect(words).toContain(word);
  });

  it('is what `npm run cli -- delega pdf` writes, byte for byte', async () => {
    const out = join(temp.path, 'cli.pdf');
    await run('npx', [
      'tsx',
      'src-main/cli/main.ts',
      'delega',
      'pdf',
      'e2e/fixtures/delega-request.json',
      out,
    ]);
    const expected = await buildDelegaPdf(delegaRequestSchema.parse(fixture));
    expect(Buffer.from(await readFile(out)).equals(Buffer.from(expected))).toBe(true);
  });

  it('refuses an invalid request from the CLI, each field with its Italian message', async () => {
    const bad = join(temp.path, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({
        ...fixture,
        ente: { ...fixture.ente, codiceFiscale: '123', pec: `${'p'.repeat(50_000)}@pec.it` },
        legaleRappresentante: { ...fixture.legaleRappresentante, cognome: '王' },
      }),
    );
    const failure = await run('npx', [
      'tsx',
      'src-main/cli/main.ts',
      'delega',
      'pdf',
      bad,
      join(temp.path, 'x.pdf'),
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    const { stderr } = failure as { stderr: string };
    expect(stderr).toContain('ente.codiceFiscale');
    expect(stderr).toContain("ente.pec: L'indirizzo PEC supera i 254 caratteri.");
    expect(stderr).toContain('legaleRappresentante.cognome: Il cognome contiene caratteri non ammessi: «王»');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDenuncia } from '../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../shared/domain/listapospa/xmlWriter';

/**
 * Every error of every CLI command, run as IT staff run it (a real process): one Italian line on
 * stderr, a non-zero exit, no stack trace, nothing written.
 */

const dir = mkdtempSync(join(tmpdir(), 'cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const main = new URL('./main.ts', import.meta.url).pathname;
const DELEGA = new URL('../../e2e/fixtures/delega-request.json', import.meta.url).pathname;

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8' });

const missing = join(dir, 'manca');
const folder = join(dir, 'cartella.pdf');
mkdirSync(folder);
const noFolder = join(dir, 'non-esiste', 'out');
const pdf = join(dir, 'a.pdf');
writeFileSync(pdf, '%PDF-1.4 prova');
const notJson = join(dir, 'rotto.json');
writeFileSync(notJson, '{ "ente": ');
const badXml = join(dir, 'rotto.xml');
writeFileSync(
  badXml,
  '<?xml version="1.0"?>\n<DenunceMensili>\n  <Cognome>&#xZZ;</Cognome></DenunceMensili>',
);
const latin = join(dir, 'ebcdic.xml');
writeFileSync(latin, '<?xml version="1.0" encoding="EBCDIC-IT"?><DenunceMensili/>');

/** The run failed as the issue asks: exit ≥ 1, one line on stderr matching `expected`. */
function expectOneItalianLine(run: ReturnType<typeof cli>, expected: RegExp) {
  expect(run.status).not.toBe(0);
  expect(run.status).not.toBeNull();
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(expected);
  expect(run.stderr).not.toMatch(/\bat .*\(|Error:|node:internal/);
}

describe('CLI errors: one Italian line, non-zero exit', () => {
  it('wrong usage: one line with the usage, exit 2', () => {
    for (const run of [
      cli(),
      cli('nessuno'),
      cli('listapospa', 'valida'),
      cli('quesiti'),
      cli('delega', 'pdf'),
    ]) {
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Uso: npm run cli -- /)]);
    }
  });

  it('quesiti zip: a folder given as a file, a missing file, an output folder that does not exist', () => {
    expectOneItalianLine(
      cli('quesiti', 'zip', join(dir, 'q.zip'), folder),
      /«.*cartella\.pdf» è una cartella, non un file/,
    );
    expectOneItalianLine(
      cli('quesiti', 'zip', join(dir, 'q.zip'), missing + '.pdf'),
      /Il file «.*manca\.pdf» non esiste\./,
    );
    expectOneItalianLine(
      cli('quesiti', 'zip', join(noFolder, 'q.zip'), pdf),
      /La cartella di destinazione «.*non-esiste\/out» non esiste\./,
    );
    expectOneItalianLine(
      cli('quesiti', 'zip', folder, pdf),
      /Il file di uscita «.*cartella\.pdf» è una cartella\./,
    );
  });

  it('delega pdf: missing request, a folder, not JSON, output folder missing', () => {
    expectOneItalianLine(
      cli('delega', 'pdf', missing, join(dir, 'd.pdf')),
      /La richiesta «.*manca» non esiste\./,
    );
    expectOneItalianLine(
      cli('delega', 'pdf', folder, join(dir, 'd.pdf')),
      /La richiesta «.*» è una cartella, non un file\./,
    );
    expectOneItalianLine(
      cli('delega', 'pdf', notJson, join(dir, 'd.pdf')),
      /La richiesta «.*rotto\.json» non è un file JSON valido\./,
    );
    writeFileSync(join(dir, 'vuota.json'), '{}');
    expectOneItalianLine(
      cli('delega', 'pdf', join(dir, 'vuota.json'), join(dir, 'd.pdf')),
      /non è valida: intermediario: Campo obbligatorio: inserire un valore\.; .*luogo: Inserisca il luogo di sottoscrizione/,
    );
    expectOneItalianLine(
      cli('delega', 'pdf', DELEGA, join(noFolder, 'd.pdf')),
      /La cartella di destinazione «.*» non esiste\./,
    );
  });

  it('listapospa validate: missing file, a folder, malformed XML, an encoding it cannot read', () => {
    const validate = (file: string) => cli('listapospa', 'validate', file, '--data-dir', dir);
    expectOneItalianLine(validate(missing), /Il file «.*manca» non esiste\./);
    expectOneItalianLine(validate(folder), /Il file «.*» è una cartella, non un file\./);
    const malformed = validate(badXml);
    expect(malformed.status).toBe(1);
    expect(malformed.stdout).toContain('Riga 3, colonna 12: riferimento a carattere non valido «&#xZZ;»');
    expect(malformed.stderr).not.toMatch(/Invalid code point|NaN/);
    expect(validate(latin).stdout).toContain('la codifica «EBCDIC-IT» dichiarata dal file non è supportata');
    expectOneItalianLine(
      cli('listapospa', 'validate', badXml, '--xsd', missing, '--data-dir', dir),
      /L’XSD «.*manca» non esiste\./,
    );
    expectOneItalianLine(
      cli('listapospa', 'validate', badXml, '--sconosciuta'),
      /Opzione non valida o senza valore: --sconosciuta/,
    );
  });

  it('listapospa validate reads ISO-8859-1 by its declaration, and says where a file is not UTF-8', () => {
    const text = writeDenuncia(sampleDenuncia(1)).replace(/<Nome>[^<]*</, '<Nome>NICOLÒ<');
    const latin1 = (xml: string) => Buffer.from(xml, 'latin1');
    const declared = join(dir, 'latin1.xml');
    writeFileSync(declared, latin1(text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')));
    const ok = cli('listapospa', 'validate', declared, '--data-dir', dir, '--data-invio', '2026-02-10');
    expect(ok.stdout).toBe('');
    expect(ok.status).toBe(0);
    const undeclared = join(dir, 'latin1-senza-dichiarazione.xml');
    writeFileSync(undeclared, latin1(text));
    const refused = cli(
      'listapospa',
      'validate',
      undeclared,
      '--data-dir',
      dir,
      '--data-invio',
      '2026-02-10',
    );
    expect(refused.status).toBe(1);
    expect(refused.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^CE021\tbloccante\t-\tRiga 20, colonna 22: byte non validi per la codifica UTF-8/,
      ),
    ]);
  });

  it('listapospa export: a draft that is not JSON or a folder, an output folder that does not exist', () => {
    const out = join(dir, 'UNIEN.xml');
    const exportTo = (draft: string, target: string) =>
      cli('listapospa', 'export', draft, target, '--data-dir', dir);
    expectOneItalianLine(exportTo(notJson, out), /La bozza «.*rotto\.json» non è un file JSON valido\./);
    expectOneItalianLine(exportTo(folder, out), /La bozza «.*» è una cartella, non un file\./);
    expectOneItalianLine(
      exportTo('POS1/2026-01', join(noFolder, 'x.xml')),
      /La cartella di destinazione «.*» non esiste\./,
    );
    expectOneItalianLine(exportTo('POS1/2026-01', folder), /Il file di uscita «.*» è una cartella\./);
    expectOneItalianLine(exportTo('nessuna', out), /Bozza non trovata: «nessuna»/);
    writeFileSync(join(dir, 'altro.json'), '{"denuncia": 1}');
    expectOneItalianLine(
      exportTo(join(dir, 'altro.json'), out),
      /«.*altro\.json» non è una bozza ListaPosPA dell’app\./,
    );
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateCsv } from '../../shared/domain/listapospa/payroll/template';
import { readDenunciaFile } from '../../shared/domain/listapospa/xmlReader';
import { sampleD0 } from '../../shared/domain/listapospa/sample';

/** `listapospa from-csv` as IT staff run it: a real process, the documented sample files. */

const dir = mkdtempSync(join(tmpdir(), 'cli-payroll-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const main = new URL('./main.ts', import.meta.url).pathname;
const docs = (name: string) => new URL(`../../docs/${name}`, import.meta.url).pathname;
const MAPPING = docs('payroll-mapping.example.json');

const cli = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', main, 'listapospa', 'from-csv', ...args, '--data-invio', '2026-02-10'],
    {
      encoding: 'utf8',
    },
  );

describe('npm run cli -- listapospa from-csv', () => {
  it('writes the XML of the documented template, valid for the app’s own validation', () => {
    const out = join(dir, 'ok.xml');
    const run = cli(docs('payroll-template.csv'), '--mapping', MAPPING, out);
    expect(run.stderr).toContain('2 lavoratori da 6 righe, verificata con XSD ricostruito');
    expect(run.status).toBe(0);
    const read = readDenunciaFile(readFileSync(out));
    const d0 = read.denuncia.azienda.listaPosPA.posPA[0]?.d0 ?? [];
    expect(d0.map((w) => `${w.cognome} ${w.nome}`)).toEqual(['ROSSI NICOLÒ', 'D’AMICO MARIA']);
    expect(d0[1]?.e0[0]?.gestioni.credito?.contributo).toBe('3.50');
  });

  it('prints each error with row and column, writes nothing and exits 1', () => {
    const out = join(dir, 'ko.xml');
    const csv = join(dir, 'ko.csv');
    const tfr = sampleD0(2);
    Object.assign(tfr.e0[0]?.gestioni.previdenziale ?? {}, {
      tipo: 'TFR',
      imponibile: '100.00',
      contributo: '150.00',
    });
    writeFileSync(csv, templateCsv([sampleD0(1), tfr]).replace('2000,00', 'duemila'));
    const run = cli(csv, '--mapping', MAPPING, out);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toContain(
      'riga 2\tcolonna «Imponibile»\tImponibile\tlettura\tbloccante\tImponibile: «duemila» non è un importo come 1.234,56 o 1234,56 (al massimo due decimali).',
    );
    expect(run.stdout).toMatch(/^riga 6\tcolonna «Contributo»\tContributo\t00089I\tbloccante\t/m);
    expect(run.stderr).toContain('Nessun file scritto');
    expect(existsSync(out)).toBe(false);
  });

  it('says what is missing and exits 2 without a frontespizio', () => {
    const run = cli(docs('payroll-template.csv'), join(dir, 'x.xml'));
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'Indica il mese della denuncia: --mese AAAA-MM, o "annoMese" nel frontespizio della mappatura.',
    );
  });
});

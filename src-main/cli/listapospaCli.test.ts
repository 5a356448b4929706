import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FOREIGN_FILE, withoutLayout } from '../../shared/domain/listapospa/foreignFile.test-support';
import { sampleDenuncia } from '../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../shared/domain/listapospa/xmlWriter';
import { createDraftStore } from '../services/listapospa/draftStore';
import { userDirOf } from '../services/userScope';

/** The CLI as IT staff run it: a real process, real files, exit codes and printed findings. */

/** Drafts are kept per user: the CLI names the user whose drafts it reads and writes. */
const UTENTE = 'RSSMRA80A01H501U';
const dir = mkdtempSync(join(tmpdir(), 'cli-listapospa-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const main = new URL('./main.ts', import.meta.url).pathname;
const XSD = new URL('../../shared/domain/listapospa/ListaPosPA.ricostruito.xsd', import.meta.url).pathname;

const cli = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', main, 'listapospa', ...args, '--data-dir', dir, '--data-invio', '2026-02-10'],
    {
      encoding: 'utf8',
    },
  );

describe('npm run cli -- listapospa', () => {
  it('validate: exit 0 and a summary for a valid file', () => {
    const file = join(dir, 'ok.xml');
    writeFileSync(file, writeDenuncia(sampleDenuncia(3)));
    const run = cli('validate', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      '3 quadri D0 verificati con XSD ricostruito (non ufficiale) e le regole di congruità: 0 errori bloccanti, 0 avvisi.',
    );
  });

  it('validate: exit 1 and every finding with code, path and message', () => {
    const denuncia = sampleDenuncia(2);
    const d0 = denuncia.azienda.listaPosPA.posPA[0]?.d0[1];
    d0?.v1.push({
      causaleVariazione: '2',
      giornoInizio: '2025-03-01',
      giornoFine: '2025-03-31',
      enteVersante: [],
    });
    const file = join(dir, 'ko.xml');
    writeFileSync(
      file,
      writeDenuncia(denuncia).replace('<Contributo>653,00</Contributo>', '<Contributo>653.00</Contributo>'),
    );
    const run = cli('validate', file);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain(
      `CE003\tbloccante\tazienda.listaPosPA.posPA[0].d0[1].v1[0].causaleVariazione [${d0?.cfLavoratore}]\t` +
        'La causale 2 non è accettata nelle denunce inviate dal 15/06/2019: usa la causale 5 (msg INPS 914/2019).',
    );
    expect(lines.some((line) => line.startsWith('XSD\tbloccante\tazienda.listaPosPA.posPA[0].d0[0]'))).toBe(
      true,
    );
  });

  it('validate: reports 00124I on a file with several PosPA (the file is checked as it is, not merged)', () => {
    const denuncia = sampleDenuncia(2);
    const [first, second] = denuncia.azienda.listaPosPA.posPA[0]?.d0 ?? [];
    denuncia.azienda.listaPosPA.posPA = [{ d0: [first!] }, { d0: [second!] }];
    const file = join(dir, 'duePosPA.xml');
    writeFileSync(file, writeDenuncia(denuncia));
    const run = cli('validate', file);
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toContain(
      '00124I\tbloccante\tazienda.listaPosPA.posPA\t' +
        'Tutti i quadri D0 devono stare in un solo elemento <PosPA>: ne sono presenti 2.',
    );
  });

  it('validate: exit 2 on wrong usage', () => {
    expect(cli('valida').status).toBe(2);
  });

  it('export: writes a file that native xmllint validates, and refuses a draft with blocking errors', async () => {
    const utente = 'RSSMRA80A01H501U';
    const store = createDraftStore(userDirOf(dir, utente));
    await store.create('POS9', sampleDenuncia(4));
    const out = join(dir, 'UNIEN2601.xml');
    // Drafts are kept per user: without naming one the CLI does not guess whose.
    const anonymous = cli('export', 'POS9/2026-01', out);
    expect(anonymous.status).toBe(1);
    expect(anonymous.stderr).toContain('indica --utente CODICEFISCALE');
    const run = cli('export', 'POS9/2026-01', out, '--utente', utente);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(writeDenuncia(sampleDenuncia(4)));
    expect(spawnSync('xmllint', ['--noout', '--schema', XSD, out]).status).toBe(0);

    const broken = sampleDenuncia(1, '2026-02');
    broken.azienda.listaPosPA.prgAzienda = '1';
    await store.create('POS9', broken);
    const refused = join(dir, 'UNIEN2602.xml');
    const refusal = cli('export', store.pathOf('POS9', '2026-02'), refused);
    expect(refusal.status).toBe(1);
    expect(refusal.stderr).toContain('Esportazione rifiutata: la bozza ha errori bloccanti.');
    expect(refusal.stdout).toContain('CE013\tbloccante\tazienda.listaPosPA.prgAzienda');
    expect(existsSync(refused)).toBe(false);
  });

  it('import without --utente is refused: drafts are each user’s', () => {
    const file = join(dir, 'anonimo.xml');
    writeFileSync(file, writeDenuncia(sampleDenuncia(1, '2026-03')));
    const run = cli('import', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('indica --utente CODICEFISCALE');
  });

  it('import then export gives back a file with unknown elements unchanged but for whitespace', () => {
    const file = join(dir, 'straniero.xml');
    writeFileSync(file, FOREIGN_FILE);
    const imported = cli('import', file, '--utente', UTENTE);
    expect(imported.status).toBe(0);
    const [key, ...issues] = imported.stdout.trim().split('\n');
    expect(key).toBe('80000012346-00000/2026-01');
    // What it did not understand, named: each kind of kept element, once.
    expect(issues).toContain(
      'CE020\tavviso\tazienda.listaPosPA\tL’elemento <AltriImportiDovuti_Z2> in <ListaPosPA> non è gestito da ' +
        'questa versione: è conservato così com’è e riscritto nel file esportato.',
    );
    expect(issues).toHaveLength(12);
    expect(imported.stderr).toContain('Bozza 80000012346-00000/2026-01 creata con 2 quadri D0.');

    const out = join(dir, 'UNIEN2601-straniero.xml');
    const exported = cli('export', key ?? '', out, '--utente', UTENTE);
    expect(exported.stderr).toContain('Esportato');
    expect(exported.status).toBe(0);
    expect(withoutLayout(readFileSync(out, 'utf8'))).toBe(withoutLayout(FOREIGN_FILE));
  });

  it('import: a second import of the same month is refused unless --sovrascrivi', () => {
    const file = join(dir, 'due-volte.xml');
    writeFileSync(file, writeDenuncia(sampleDenuncia(1, '2026-03')));
    expect(cli('import', file, '--utente', UTENTE, '--posizione', 'POSX').status).toBe(0);
    const again = cli('import', file, '--utente', UTENTE, '--posizione', 'POSX');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/mese 03\/2026/);
    expect(cli('import', file, '--utente', UTENTE, '--posizione', 'POSX', '--sovrascrivi').status).toBe(0);
  });

  it('import: a file that is not a ListaPosPA is refused with where', () => {
    const file = join(dir, 'non-lista.xml');
    writeFileSync(file, '<DenunceMensili>\n<Azienda>\n</DenunceMensili>');
    const run = cli('import', file, '--utente', UTENTE);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('non è una ListaPosPA leggibile. Riga 3, colonna 1');
  });
});

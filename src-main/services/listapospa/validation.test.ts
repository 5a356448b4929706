import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RICOSTRUITO_XSD } from '../../../shared/domain/listapospa/ricostruitoXsd';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../../shared/domain/listapospa/xmlWriter';
import { validateDraft, validateXml } from './validation';
import { RICOSTRUITO, loadXsd } from './xsdValidator';

const options = { xsd: RICOSTRUITO, dataInvio: '2026-02-10' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('ListaPosPA validation (XSD with xmllint-wasm + rules)', () => {
  it('passes a valid export', async () => {
    const report = await validateDraft(sampleDenuncia(3), options);
    expect(report).toMatchObject({
      findings: [],
      blocking: false,
      numeroD0: 3,
      xsdLabel: 'XSD ricostruito (non ufficiale)',
    });
  });

  it('reports an XSD error on the worker it concerns, next to the rules', async () => {
    const broken = writeDenuncia(sampleDenuncia(3)).replace('<Nome>NOME2</Nome>', '<Nomen>NOME2</Nomen>');
    const report = await validateXml(bytes(broken), options);
    expect(report.findings.filter((finding) => finding.code === 'XSD')).toEqual([
      expect.objectContaining({
        severity: 'bloccante',
        path: 'azienda.listaPosPA.posPA[0].d0[2]',
        message: expect.stringMatching(/^XSD ricostruito \(non ufficiale\), riga \d+: Element 'Nomen'/),
      }),
    ]);
    expect(
      report.findings.filter((finding) => finding.code === 'CE020').map((finding) => finding.path),
    ).toContain('azienda.listaPosPA.posPA[0].d0[2].nome');
    expect(report.blocking).toBe(true);
  });

  it('turns malformed XML into one blocking finding with the line', async () => {
    const report = await validateXml(bytes('<DenunceMensili>\n<Azienda>\n</DenunceMensili>'), options);
    expect(report.findings.find((finding) => finding.code === 'CE021')?.message).toBe(
      'Riga 3, colonna 1: chiusura </DenunceMensili> inattesa: era aperto <Azienda>',
    );
    expect(report.blocking).toBe(true);
  });

  it('uses the official XSD when one is set, and says which one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
    try {
      // A stand-in "official" schema that wants dot amounts: our comma export must fail it.
      const official = join(dir, 'ListaPosPA_INPS.xsd');
      writeFileSync(official, RICOSTRUITO_XSD.replace('-?[0-9]{1,13},[0-9]{2}', '-?[0-9]{1,13}\\.[0-9]{2}'));
      const xsd = await loadXsd(official);
      const report = await validateDraft(sampleDenuncia(1), { ...options, xsd });
      expect(report.xsdLabel).toBe('XSD ufficiale INPS (ListaPosPA_INPS.xsd)');
      expect(report.findings[0]?.message).toMatch(
        /^XSD ufficiale INPS \(ListaPosPA_INPS\.xsd\), riga \d+: Element 'Imponibile'/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(loadXsd('/non/esiste.xsd')).rejects.toThrow('Non riesco a leggere l’XSD ufficiale');
    expect(await loadXsd('')).toBe(RICOSTRUITO);
  });

  it.each([
    ['/etc/passwd', () => '/etc/passwd'],
    [
      'a text file',
      (dir: string) => {
        writeFileSync(join(dir, 'note.xsd'), 'chiave privata: root:x:0:0\naltra riga segreta');
        return join(dir, 'note.xsd');
      },
    ],
  ])('never shows the bytes of an XSD that is %s in a finding', async (_label, pathIn) => {
    const dir = mkdtempSync(join(tmpdir(), 'xsd-leak-'));
    try {
      // Set before the settings checked it, or the file changed since: validation still says nothing of it.
      const xsd = await loadXsd(pathIn(dir));
      const report = await validateDraft(sampleDenuncia(1), { ...options, xsd });
      expect(report.blocking).toBe(true);
      const text = JSON.stringify(report.findings);
      expect(text).toContain('L’XSD non è uno schema XML valido');
      expect(text).not.toMatch(/root:|segreta|chiave privata/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RICOSTRUITO_XSD } from '../../../shared/domain/listapospa/ricostruitoXsd';
import { FOREIGN_FILE } from '../../../shared/domain/listapospa/foreignFile.test-support';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../../shared/domain/listapospa/xmlWriter';
import { validateDraft, validateXml } from './validation';
import { RICOSTRUITO, loadXsd } from './xsdValidator';

const options = { xsd: RICOSTRUITO, dataInvio: '2026-02-10' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('ListaPosPA validation (XSD with libxml2-wasm + rules)', () => {
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
        // <Nomen> is kept as an unknown element: what the XSD misses is <Nome>.
        message: expect.stringMatching(
          /^XSD ricostruito \(non ufficiale\), riga \d+: Sede di lavoro: elemento non previsto in questa posizione; era atteso «Nome»$/,
        ),
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
    // libxml2 cannot parse it either: said once, in Italian, not again in its English.
    expect(report.findings).toHaveLength(1);
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
        /^XSD ufficiale INPS \(ListaPosPA_INPS\.xsd\), riga \d+: Quadro E0 › Gestioni › Gestione pensionistica › Imponibile: «[^»]+» non rispetta il formato richiesto/,
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

describe('ListaPosPA validation of files with elements the app does not model', () => {
  const foreign = () => FOREIGN_FILE;

  it('kept elements are notices, not XSD errors, against the reconstructed XSD', async () => {
    const report = await validateXml(bytes(foreign()), options);
    expect(report.blocking).toBe(false);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.code === 'CE020' && f.severity === 'avviso')).toBe(true);
  });

  it('a real XSD error after a kept element is still found (libxml2 skips the rest of a parent)', async () => {
    // NotaFornitore sits between the two D0: on the file as it is, libxml2 never looks at the second.
    const broken = foreign().replace(
      '<RegimeFineServizio>1</RegimeFineServizio>',
      '<Qualifica>12</Qualifica>\n              <RegimeFineServizio>1</RegimeFineServizio>',
    );
    const report = await validateXml(bytes(broken), options);
    expect(report.findings.filter((f) => f.code === 'XSD')).toEqual([
      expect.objectContaining({
        severity: 'bloccante',
        path: 'azienda.listaPosPA.posPA[0].d0[1]',
        message:
          'XSD ricostruito (non ufficiale), riga 84: Quadro E0 › Inquadramento › Qualifica: ' +
          '«12» non è un codice di 6 caratteri (cifre e lettere maiuscole)',
      }),
    ]);
  });

  it('a file declared ISO-8859-1 is checked without its kept elements too', async () => {
    const latin1 = foreign()
      .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
      .replace('COMUNE DI ESEMPIO</RagSocAzienda>', 'COMUNE DI CITTÀ</RagSocAzienda>');
    const encoded = Uint8Array.from(latin1, (c) => c.charCodeAt(0));
    const report = await validateXml(encoded, options);
    expect(report.blocking).toBe(false);
  });

  it('the official XSD judges the file as it is', async () => {
    const report = await validateXml(bytes(foreign()), {
      ...options,
      xsd: { ...RICOSTRUITO, kind: 'ufficiale' },
    });
    expect(report.findings.filter((f) => f.code === 'XSD').length).toBeGreaterThan(0);
    expect(report.blocking).toBe(true);
  });
  it('says the same of a file whose bytes are handed over, as the CLI does (no copy for the worker)', async () => {
    const broken = writeDenuncia(sampleDenuncia(3)).replace(
      '<Nome>NOME2</Nome>',
      '<Nome>NOME2</Nome><Nome>X</Nome>',
    );
    const kept = await validateXml(bytes(broken), options);
    const given = bytes(broken);
    const handed = await validateXml(given, { ...options, keepModel: false, handOverBytes: true });
    expect(kept.findings.some((finding) => finding.code === 'XSD')).toBe(true);
    expect(handed.findings).toEqual(kept.findings);
    expect(given.byteLength).toBe(0); // taken by the worker, not copied
    // A Buffer from Node's shared pool is not the whole of its memory: copied, left usable.
    const pooled = Buffer.from(writeDenuncia(sampleDenuncia(1)));
    const small = await validateXml(pooled, { ...options, keepModel: false, handOverBytes: true });
    expect(small.findings).toEqual([]);
    expect(pooled.byteLength).toBeGreaterThan(0);
  });

  it('reports an encoding it cannot read the same way when the bytes are handed over', async () => {
    const latin = new Uint8Array([...bytes('<?xml version="1.0" encoding="EBCDIC"?><a/>')]);
    const kept = await validateXml(latin.slice(), options);
    const handed = await validateXml(latin, { ...options, keepModel: false, handOverBytes: true });
    expect(kept.findings.map((finding) => finding.code)).toContain('CE021');
    expect(handed.findings).toEqual(kept.findings);
  });
});

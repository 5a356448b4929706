import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RICOSTRUITO_XSD } from '../../../shared/domain/listapospa/ricostruitoXsd';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { italianXsdMessage } from '../../../shared/domain/listapospa/xsdMessages';
import { writeDenuncia } from '../../../shared/domain/listapospa/xmlWriter';
import { validateXml } from './validation';
import { RICOSTRUITO, loadXsd, validateWithXsd, type XsdSource } from './xsdValidator';

/** libxml2's schema errors, raised by real files, as the user reads them: Italian, on the field. */

const SAMPLE = writeDenuncia(sampleDenuncia(2));

async function xsdMessages(xml: string, xsd: XsdSource = RICOSTRUITO): Promise<string[]> {
  const report = await validateXml(new TextEncoder().encode(xml), { xsd, dataInvio: '2026-02-10' });
  return report.findings
    .filter((finding) => finding.code === 'XSD')
    .map((finding) => finding.message.replace(/^XSD [^,]*, riga \d+: /, ''));
}

const broken = (from: string, to: string) => {
  expect(SAMPLE).toContain(from);
  return SAMPLE.replace(from, to);
};

describe('XSD errors in Italian, with the field', () => {
  it.each([
    [
      'an element out of place',
      broken(
        '<Cognome>COGNOME0</Cognome>\n          <Nome>NOME0</Nome>',
        '<Nome>NOME0</Nome>\n          <Cognome>COGNOME0</Cognome>',
      ),
      'Nome: elemento non previsto in questa posizione; era atteso «Cognome»',
    ],
    [
      'a missing child',
      broken('<CAP>00100</CAP>', ''),
      'Sede di lavoro: manca un elemento obbligatorio; era atteso «CAP»',
    ],
    [
      'a pattern',
      broken('<Qualifica>056000</Qualifica>', '<Qualifica>XYZ</Qualifica>'),
      'Quadro E0 › Inquadramento › Qualifica: «XYZ» non è un codice di 6 caratteri (cifre e lettere maiuscole)',
    ],
    [
      'an amount with a dot',
      broken('<Imponibile>2000,00</Imponibile>', '<Imponibile>2000.00</Imponibile>'),
      'Quadro E0 › Gestioni › Gestione pensionistica › Imponibile: «2000.00» non è un importo con la ' +
        'virgola e due decimali (es. 1234,56)',
    ],
    [
      'a maximum length',
      broken('<Cognome>COGNOME0</Cognome>', `<Cognome>${'A'.repeat(41)}</Cognome>`),
      'Cognome: il valore ha 41 caratteri, ne sono ammessi al massimo 40',
    ],
    [
      'a minimum length',
      broken('<Nome>NOME0</Nome>', '<Nome></Nome>'),
      'Nome: il valore ha 0 caratteri, ne sono ammessi almeno 1',
    ],
    [
      'an enumeration',
      broken('<CodGestione>2</CodGestione>', '<CodGestione>8</CodGestione>'),
      'Quadro E0 › Gestioni › Gestione pensionistica › Codice gestione: «8» non è tra i valori ammessi (1, 2, 3, 4, 5)',
    ],
    [
      'a value of an atomic type',
      broken('<GiornoInizio>2026-01-01</GiornoInizio>', '<GiornoInizio>2026-13-01</GiornoInizio>'),
      'Quadro E0 › Giorno di inizio: «2026-13-01» non è un valore ammesso (tipo xs:date)',
    ],
  ])('%s', async (_shape, xml, message) => {
    expect(await xsdMessages(xml)).toContain(message);
  });

  it('an attribute the official XSD does not allow, and a repeated quadro numbered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xsd-it-'));
    try {
      const official = join(dir, 'ListaPosPA_INPS.xsd');
      writeFileSync(official, RICOSTRUITO_XSD);
      const xsd = await loadXsd(official);
      expect(await xsdMessages(broken('<Nome>NOME1</Nome>', '<Nome x="1">NOME1</Nome>'), xsd)).toEqual([
        'Nome: l’attributo «x» non è ammesso',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('numbers a repeated element in the path', () => {
    expect(
      italianXsdMessage(
        "Element 'Qualifica': [facet 'pattern'] The value 'XYZ' is not accepted by the pattern '[0-9A-Z]{6}'.",
        '/DenunceMensili/Azienda/ListaPosPA/PosPA/D0_DenunciaIndividuale[3]/E0_PeriodoNelMese[2]/InquadramentoLavPA/Qualifica',
      ),
    ).toBe(
      'Quadro E0 n. 2 › Inquadramento › Qualifica: «XYZ» non è un codice di 6 caratteri (cifre e lettere maiuscole)',
    );
  });

  it('keeps a shape it does not know in libxml2’s words, after an Italian prefix', () => {
    expect(
      italianXsdMessage(
        "Element 'Importo': [facet 'totalDigits'] The value '123456' has more digits than are allowed ('5').",
      ),
    ).toBe(
      "Importo: errore di validazione XSD: [facet 'totalDigits'] The value '123456' has more digits than are allowed ('5').",
    );
    expect(italianXsdMessage('Something else entirely.')).toBe(
      'Errore di validazione XSD: Something else entirely.',
    );
  });
});

describe('cancelling the XSD pass', () => {
  it('rejects a validation whose signal aborts, and the next one still answers', async () => {
    const big = new TextEncoder().encode(writeDenuncia(sampleDenuncia(2000)));
    const controller = new AbortController();
    const cancelled = validateWithXsd(big, RICOSTRUITO, controller.signal);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    const invalid = new TextEncoder().encode(broken('<CAP>00100</CAP>', ''));
    expect(await validateWithXsd(invalid, RICOSTRUITO)).toEqual([
      expect.objectContaining({
        line: expect.any(Number),
        message: expect.stringContaining("Element 'DatiSedeLavoro'"),
      }),
    ]);
  });
});

describe('the bytes given to the XSD pass', () => {
  it('stay the caller’s: a file read as a Buffer (the CLI) is still read and checked whole', async () => {
    const file = Buffer.from(SAMPLE);
    const report = await validateXml(file, { xsd: RICOSTRUITO, dataInvio: '2026-02-10' });
    expect(report).toMatchObject({ findings: [], blocking: false, numeroD0: 2 });
    expect(file.toString('utf8')).toBe(SAMPLE);
  });
});

describe('the XSD pass agrees with native xmllint', () => {
  it.each([
    ['a value of one space', broken('<Cognome>COGNOME0</Cognome>', '<Cognome> </Cognome>')],
    ['a value of a line break', broken('<CAP>00100</CAP>', '<CAP>\n</CAP>')],
    ['an empty element of element content', broken('<CAP>00100</CAP>', '<CAP>00100</CAP><CAP/>')],
    ['the file as written', SAMPLE],
  ])('on %s', async (_case, xml) => {
    const dir = mkdtempSync(join(tmpdir(), 'xsd-native-'));
    try {
      const file = join(dir, 'denuncia.xml');
      writeFileSync(file, xml);
      const xsdFile = join(dir, 'ricostruito.xsd');
      writeFileSync(xsdFile, RICOSTRUITO_XSD);
      const native = spawnSync('xmllint', ['--noout', '--schema', xsdFile, file], { encoding: 'utf8' });
      const ours = await validateWithXsd(new TextEncoder().encode(xml), RICOSTRUITO);
      expect(ours.length === 0).toBe(native.status === 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denunciaArbitrary } from './arbitraries.test-support';
import { sampleDenuncia } from './sample';
import { ListaPosPAFormatError, readDenuncia } from './xmlReader';
import { XmlSyntaxError, parseXml } from './xmlTokenizer';
import { exportFileName, writeDenuncia, writeDenunciaChunks } from './xmlWriter';

describe('ListaPosPA XML', () => {
  it('writes the canonical form: declaration, indentation, comma amounts, one PosPA', () => {
    const xml = writeDenuncia(sampleDenuncia(1));
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<DenunceMensili>\n  <DatiMittente Tipo="1">\n'),
    ).toBe(true);
    expect(xml).toContain('        <D0_DenunciaIndividuale>\n');
    expect(xml).toContain('<Imponibile>2000,00</Imponibile>');
    expect(xml).toContain('<ImponibileTFS>1600,00</ImponibileTFS>');
    expect(xml.match(/<PosPA>/g)).toHaveLength(1);
    expect(xml).not.toContain('TipoListaPosPA');
    expect(xml.endsWith('</DenunceMensili>\n')).toBe(true);
  });

  it('marks a flusso a variazione with TipoListaPosPA="1" and names the file UNIEV', () => {
    const denuncia = sampleDenuncia(1, '2025-03');
    denuncia.azienda.listaPosPA.tipo = 'variazione';
    expect(writeDenuncia(denuncia)).toContain('<ListaPosPA TipoListaPosPA="1">');
    expect(exportFileName(denuncia)).toBe('UNIEV2503.xml');
  });

  it('streams one chunk per D0', () => {
    expect([...writeDenunciaChunks(sampleDenuncia(3))]).toHaveLength(5);
  });

  it('property: read(write(d)) equals d and write(read(write(d))) is byte-identical', () => {
    fc.assert(
      fc.property(denunciaArbitrary, (denuncia) => {
        const xml = writeDenuncia(denuncia);
        const { denuncia: back, issues } = readDenuncia(xml);
        expect(issues).toEqual([]);
        expect(back).toEqual(denuncia);
        expect(writeDenuncia(back)).toBe(xml);
      }),
      { numRuns: 200 },
    );
  });

  it('escapes XML specials in names', () => {
    const denuncia = sampleDenuncia(1);
    const d0 = denuncia.azienda.listaPosPA.posPA[0]?.d0[0];
    if (d0) d0.cognome = `D'ANGELO & <FIGLI> "SRL"`;
    const xml = writeDenuncia(denuncia);
    expect(xml).toContain('<Cognome>D\'ANGELO &amp; &lt;FIGLI&gt; "SRL"</Cognome>');
    expect(readDenuncia(xml).denuncia.azienda.listaPosPA.posPA[0]?.d0[0]?.cognome).toBe(
      `D'ANGELO & <FIGLI> "SRL"`,
    );
  });

  it('reads hand-made files: other indentation, comments, dot amounts, and names once each kept unknown element', () => {
    const xml = `<?xml version="1.0"?><!-- export --><DenunceMensili><DatiMittente Tipo='2'><CFPersonaMittente>X</CFPersonaMittente>
      <RagSocMittente>Y</RagSocMittente><CFMittente>Z</CFMittente></DatiMittente><Azienda><AnnoMeseDenuncia>2026-01</AnnoMeseDenuncia>
      <CFAzienda>80000012341</CFAzienda><RagSocAzienda>ENTE</RagSocAzienda><ListaPosPA><PRGAZIENDA>00000</PRGAZIENDA>
      <CFRappresentanteFirmatario>R</CFRappresentanteFirmatario><PosPA>
      <D0_DenunciaIndividuale><CFLavoratore>A</CFLavoratore><Cognome>B</Cognome><Nome>C</Nome><Nuovo>1</Nuovo></D0_DenunciaIndividuale>
      <D0_DenunciaIndividuale><CFLavoratore>D</CFLavoratore><Cognome>E</Cognome><Nome>F</Nome><Nuovo>2</Nuovo>
      <V1_PeriodoPrecedente CausaleVariazione="6"><GiornoInizio>2025-01-01</GiornoInizio><GiornoFine>2025-01-31</GiornoFine></V1_PeriodoPrecedente>
      <E1_FondoPensioneCompl><DatiPosContribIscritto><CodFondo>1</CodFondo><DataInizioPeriodo>2026-01-01</DataInizioPeriodo>
      <DataFinePeriodo>2026-01-31</DataFinePeriodo><RetribSoggettaAContrib>100.5</RetribSoggettaAContrib><ContribLav>1,00</ContribLav>
      <ContribDL>1,00</ContribDL></DatiPosContribIscritto></E1_FondoPensioneCompl>
      </D0_DenunciaIndividuale></PosPA><AltriImportiAConguaglio/></ListaPosPA></Azienda></DenunceMensili>`;
    const { denuncia, issues } = readDenuncia(xml);
    const d0s = denuncia.azienda.listaPosPA.posPA[0]?.d0 ?? [];
    expect(d0s.map((d) => d.cfLavoratore)).toEqual(['A', 'D']);
    expect(d0s[1]?.v1[0]).toEqual({
      causaleVariazione: '6',
      giornoInizio: '2025-01-01',
      giornoFine: '2025-01-31',
      enteVersante: [],
    });
    expect(d0s[1]?.e1[0]?.retribSoggettaAContrib).toBe('100.50');
    expect(denuncia.datiMittente.tipo).toBe('2');
    expect(issues.map((issue) => issue.message)).toEqual([
      'L’elemento <Nuovo> in <D0_DenunciaIndividuale> non è gestito da questa versione: è conservato così com’è e riscritto nel file esportato.',
      'L’elemento <AltriImportiAConguaglio> in <ListaPosPA> non è gestito da questa versione: è conservato così com’è e riscritto nel file esportato.',
    ]);
    expect(d0s[1]?.unknown).toEqual([{ name: 'Nuovo', text: '2', after: 'Nome', afterIndex: 0 }]);
    expect(denuncia.azienda.listaPosPA.unknown).toEqual([
      { name: 'AltriImportiAConguaglio', after: 'PosPA', afterIndex: 0 },
    ]);
  });

  it('reports a missing mandatory element and a bad amount with the model path', () => {
    const xml = writeDenuncia(sampleDenuncia(1))
      .replace('<Nome>NOME0</Nome>\n', '')
      .replace('<Contributo>653,00</Contributo>', '<Contributo>seicento</Contributo>');
    const { issues } = readDenuncia(xml);
    expect(issues).toEqual([
      {
        severity: 'errore',
        path: 'azienda.listaPosPA.posPA[0].d0[0].nome',
        message: 'Manca l’elemento obbligatorio <Nome>.',
      },
      {
        severity: 'errore',
        path: 'azienda.listaPosPA.posPA[0].d0[0].e0[0].gestioni.pensionistica.contributo',
        message: '<Contributo> non è un importo: "seicento" (atteso, ad esempio, 1234,56).',
      },
    ]);
  });

  it('refuses malformed XML with the line, DTDs, and files that are not a ListaPosPA', () => {
    expect(() => readDenuncia('<DenunceMensili>\n<Azienda>\n</DenunceMensili>')).toThrow(
      new XmlSyntaxError('chiusura </DenunceMensili> inattesa: era aperto <Azienda>', 3, 1),
    );
    expect(() => readDenuncia('<!DOCTYPE x [<!ENTITY a "b">]><DenunceMensili/>')).toThrow(/DTD/);
    expect(() => readDenuncia('<Altro/>')).toThrow(ListaPosPAFormatError);
    expect(() =>
      readDenuncia('<DenunceMensili><DatiMittente/><Azienda><PosContributiva/></Azienda></DenunceMensili>'),
    ).toThrow(/non contiene una <ListaPosPA>/);
  });
});

describe('xml attributes', () => {
  it('reads attributes in one pass and refuses what is not an attribute', () => {
    const root = parseXml(`<a x="1" y:z='2'  w = "3"/>`, new Set(), () => undefined);
    expect(root.attrs).toEqual({ x: '1', 'y:z': '2', w: '3' });
    expect(() => parseXml(`<a x="1" ${'n'.repeat(200_000)}/>`, new Set(), () => undefined)).toThrow(
      XmlSyntaxError,
    );
    expect(() => parseXml(`<a x="1" junk/>`, new Set(), () => undefined)).toThrow(/attributi non validi/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denunciaArbitrary } from './arbitraries.test-support';
import { FOREIGN_FILE } from './foreignFile.test-support';
import { sampleCfPersona, sampleDenuncia } from './sample';
import { validateXml, type XsdError, type XsdPass } from './validation';
import { writeDenuncia } from './xmlWriter';

/**
 * A file validated without keeping its model (keepModel false, the CLI's validate) checks each D0
 * as it is read: the findings must be those of the file validated whole, in the same order.
 */

const xsdSaying = (errors: XsdError[]): XsdPass => ({
  label: 'prova',
  reconstructed: true,
  run: () => Promise.resolve(errors),
});
const options = { xsd: xsdSaying([]), dataInvio: '2026-02-10' };
const bytesOf = (xml: string) => new TextEncoder().encode(xml);

async function bothWays(xml: string, xsd = options.xsd) {
  const whole = await validateXml(bytesOf(xml), { ...options, xsd });
  const streamed = await validateXml(bytesOf(xml), { ...options, xsd, keepModel: false });
  return { whole, streamed };
}

describe('validating a file D0 by D0', () => {
  it('finds what validating it whole finds, on any denuncia', async () => {
    await fc.assert(
      fc.asyncProperty(denunciaArbitrary, async (denuncia) => {
        const { whole, streamed } = await bothWays(writeDenuncia(denuncia));
        expect(streamed.findings).toEqual(whole.findings);
        expect(streamed.numeroD0).toBe(whole.numeroD0);
        expect(streamed.blocking).toBe(whole.blocking);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the order and the paths: denuncia rules, duplicates, then each D0', async () => {
    const denuncia = sampleDenuncia(4);
    const [first, second, third] = denuncia.azienda.listaPosPA.posPA[0]?.d0 ?? [];
    if (!first || !second || !third) throw new Error('sample');
    third.cfLavoratore = first.cfLavoratore; // CE012
    second.cfLavoratore = 'RSSMRA80A01H501X'; // CE001, wrong check character
    const e0 = second.e0[0];
    if (e0) e0.giornoInizio = '2025-12-01'; // CE005 and CE006
    denuncia.azienda.listaPosPA.prgAzienda = '12'; // CE013
    denuncia.azienda.listaPosPA.posPA.push({ d0: [{ ...first, cfLavoratore: sampleCfPersona(77) }] }); // 00124I
    const { whole, streamed } = await bothWays(writeDenuncia(denuncia));
    expect(whole.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['CE012', 'CE001', 'CE005', 'CE013', '00124I']),
    );
    expect(streamed.findings).toEqual(whole.findings);
    expect(streamed.numeroD0).toBe(5);
    expect(streamed.denuncia).toBeUndefined();
    expect(whole.denuncia).toBeDefined();
  });

  it('places XSD errors on the same D0', async () => {
    const xml = writeDenuncia(sampleDenuncia(3));
    const line = xml.split('\n').findIndex((text) => text.includes(sampleCfPersona(2))) + 1;
    const xsd = xsdSaying([{ line, message: "Element 'CFLavoratore': This element is not expected." }]);
    const { whole, streamed } = await bothWays(xml, xsd);
    expect(whole.findings.some((f) => f.code === 'XSD' && f.path.endsWith('.d0[2]'))).toBe(true);
    expect(streamed.findings).toEqual(whole.findings);
  });

  it('reads a file whole when its month comes after the D0, or it repeats its ListaPosPA', async () => {
    const denuncia = sampleDenuncia(2);
    const e0 = denuncia.azienda.listaPosPA.posPA[0]?.d0[0]?.e0[0];
    if (e0) e0.giornoInizio = '2025-11-01'; // CE005 against the month of the denuncia
    const xml = writeDenuncia(denuncia);
    const monthLine = /<AnnoMeseDenuncia>[^<]*<\/AnnoMeseDenuncia>/.exec(xml)?.[0] ?? '';
    const monthLast = xml.replace(monthLine, '').replace('</ListaPosPA>', `</ListaPosPA>${monthLine}`);
    const lista = /<ListaPosPA[\s\S]*<\/ListaPosPA>/.exec(xml)?.[0] ?? '';
    const twice = xml.replace(lista, lista + lista.replace('TipoListaPosPA="0"', 'TipoListaPosPA="1"'));
    for (const file of [monthLast, twice, FOREIGN_FILE]) {
      const { whole, streamed } = await bothWays(file);
      expect(streamed.findings).toEqual(whole.findings);
      expect(streamed.numeroD0).toBe(whole.numeroD0);
    }
    expect((await bothWays(monthLast)).whole.findings.map((f) => f.code)).toContain('CE005');
  });

  it('says the same of a file that is not well formed', async () => {
    const xml = writeDenuncia(sampleDenuncia(2)).replace('</Cognome>', '</Cognom>');
    const { whole, streamed } = await bothWays(xml);
    expect(whole.findings.map((f) => f.code)).toEqual(['CE021']);
    expect(streamed.findings).toEqual(whole.findings);
  });
});

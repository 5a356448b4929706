import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { denunciaArbitrary } from '../../../shared/domain/listapospa/arbitraries.test-support';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import { RICOSTRUITO_XSD } from '../../../shared/domain/listapospa/ricostruitoXsd';
import { SAMPLE_CF_ENTE, sampleDenuncia, sampleE1, sampleF1 } from '../../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../../shared/domain/listapospa/xmlWriter';

/** The writer's output against the shipped XSD, checked with Debian's native xmllint (libxml2-utils). */

const XSD_PATH = new URL('../../../shared/domain/listapospa/ListaPosPA.ricostruito.xsd', import.meta.url)
  .pathname;
const dir = mkdtempSync(join(tmpdir(), 'listapospa-xsd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function nativeXmllint(xml: string): { ok: boolean; output: string } {
  const file = join(dir, `denuncia-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', XSD_PATH, file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: result.stderr };
}

function rich(): Denuncia {
  const denuncia = sampleDenuncia(2);
  const d0 = denuncia.azienda.listaPosPA.posPA[0]?.d0[0];
  if (!d0) throw new Error('no D0');
  d0.e0.push({
    giornoInizio: '2026-01-16',
    giornoFine: '2026-01-31',
    inquadramento: {
      tipoImpiego: '8',
      tipoServizio: '4',
      partTimePA: { tipoPartTime: 'P', percPartTime: '66670' },
      regimeFineServizio: '1',
    },
    gestioni: {
      pensionistica: {
        codGestione: '2',
        imponibile: '800.00',
        contributo: '261.20',
        contrib1PerCento: '0.00',
      },
      previdenziale: {
        codGestione: '6',
        tipo: 'TFR',
        imponibile: '800.00',
        contributo: '39.04',
        imponibileTFRUlterioriElem: '10.00',
        contributoTFRUlterioriElem: '0.69',
      },
      enpdep: { codGestione: '8', imponibile: '800.00', contributo: '0.72' },
      enam: { codGestione: '11', imponibile: '800.00', contributo: '1.00' },
    },
    codiceCessazione: '3',
    retribTeoricaTabellareTFR: '1500.00',
    retribValutabileTFR: '1500.00',
  });
  d0.e1.push(sampleE1({ codFondo: '1' }));
  d0.f1.push(sampleF1({ tipoPiano: '11', totaleRate: '120' }));
  d0.v1.push({
    causaleVariazione: '7',
    codMotivoUtilizzo: '3',
    giornoInizio: '2025-06-01',
    giornoFine: '2025-06-30',
    inquadramento: { tipoImpiego: '1', tipoServizio: '4' },
    gestioni: { pensionistica: { codGestione: '2', imponibile: '100.00', contributo: '32.65' } },
    descrMotivoUtilizzo: { dataAtto: '2025-11-03', identAtto: 'Sentenza 12/2025' },
    enteVersante: [
      {
        tipoContributo: '1',
        cfAzienda: SAMPLE_CF_ENTE,
        prgAzienda: '00000',
        imponibile: '100.00',
        contributo: '32.65',
        annoMeseErogazione: '2025-06',
        aliquota: '2',
      },
    ],
  });
  d0.v1.push({
    causaleVariazione: '6',
    giornoInizio: '2025-05-01',
    giornoFine: '2025-05-31',
    enteVersante: [],
  });
  return denuncia;
}

describe('ListaPosPA.ricostruito.xsd', () => {
  it('is the XSD generated from tracciato.ts, the text the app ships (else run `npx tsx scripts/generateXsd.ts`)', () => {
    expect(RICOSTRUITO_XSD).toBe(readFileSync(XSD_PATH, 'utf8'));
    expect(RICOSTRUITO_XSD).toContain('XSD RICOSTRUITO');
  });

  it('is a valid schema for native xmllint', () => {
    expect(() => execFileSync('xmllint', ['--noout', XSD_PATH])).not.toThrow();
  });

  it('accepts an exported ordinary denuncia with every quadro kind', () => {
    expect(nativeXmllint(writeDenuncia(rich()))).toEqual({
      ok: true,
      output: expect.stringContaining('validates'),
    });
  });

  it('accepts a flusso a variazione', () => {
    const denuncia = rich();
    denuncia.azienda.listaPosPA.tipo = 'variazione';
    expect(nativeXmllint(writeDenuncia(denuncia)).ok).toBe(true);
  });

  it('property: whatever the writer writes from a well-typed model validates', () => {
    fc.assert(
      fc.property(denunciaArbitrary, (denuncia) => {
        const result = nativeXmllint(writeDenuncia(denuncia));
        if (!result.ok) throw new Error(result.output);
      }),
      { numRuns: 25 },
    );
  });

  it.each([
    [
      'a dot amount',
      (xml: string) => xml.replace('<Imponibile>2000,00</Imponibile>', '<Imponibile>2000.00</Imponibile>'),
      'Imponibile',
    ],
    [
      'E0 after V1',
      (xml: string) =>
        xml.replace(
          /(<E0_PeriodoNelMese>[\s\S]*?<\/E0_PeriodoNelMese>\n)([\s\S]*?<\/V1_PeriodoPrecedente>\n)/,
          '$2$1',
        ),
      'E0_PeriodoNelMese',
    ],
    [
      'TipoPartTime O',
      (xml: string) => xml.replace('<TipoPartTime>P</TipoPartTime>', '<TipoPartTime>O</TipoPartTime>'),
      'TipoPartTime',
    ],
    [
      'a four-digit PRGAZIENDA',
      (xml: string) => xml.replace('<PRGAZIENDA>00000</PRGAZIENDA>', '<PRGAZIENDA>0000</PRGAZIENDA>'),
      'PRGAZIENDA',
    ],
    [
      'causale 3',
      (xml: string) => xml.replace('CausaleVariazione="6"', 'CausaleVariazione="3"'),
      'CausaleVariazione',
    ],
  ])('rejects %s', (_name, mutate, element) => {
    const xml = writeDenuncia(rich());
    const mutated = mutate(xml);
    expect(mutated).not.toBe(xml);
    const result = nativeXmllint(mutated);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(element);
  });
});

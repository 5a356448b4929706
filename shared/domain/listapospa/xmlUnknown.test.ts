import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DenunciaSchema } from '../../contract/listapospa';
import { denunciaArbitrary } from './arbitraries.test-support';
import { FOREIGN_FILE, withoutLayout } from './foreignFile.test-support';
import type { RawElement, UnknownElement } from './model';
import { mergePosPA } from './posPA';
import { contextOf, validateDenuncia } from './rules';
import { readDenuncia } from './xmlReader';
import { writeDenuncia } from './xmlWriter';

/** Import never loses data: what the model does not know is kept in its place and written back. */

describe('elements the model does not know', () => {
  it('a foreign file read then written is unchanged but for whitespace', () => {
    const { denuncia } = readDenuncia(FOREIGN_FILE);
    expect(withoutLayout(writeDenuncia(denuncia))).toBe(withoutLayout(FOREIGN_FILE));
  });

  it('names each kind of kept element once, as a notice, and the file passes the rules', () => {
    const { denuncia, issues } = readDenuncia(FOREIGN_FILE);
    expect(issues.every((issue) => issue.severity === 'avviso')).toBe(true);
    const named = (message: string) =>
      /<(\w+)> in <(\w+)>/.exec(message)?.slice(1).join(' in ') ??
      /attributo ([\w:]+) di <(\w+)>/.exec(message)?.slice(1).join(' di ');
    expect(issues.map((issue) => named(issue.message))).toEqual([
      'DatiPrevCompl in D0_DenunciaIndividuale',
      'Origine di GestPensionistica',
      'IndennitaVolo in GestPensionistica',
      'ImponibileTFSEccMass in GestPrevidenziale',
      'DataFineBeneficioCalamita in E0_PeriodoNelMese',
      'GestFutura in Gestioni',
      'Annotazione in EnteVersante',
      'xmlns:xsi di DenunceMensili',
      'xsi:noNamespaceSchemaLocation di DenunceMensili',
      'AltriImportiDovuti_Z2 in ListaPosPA',
      'AltriImportiAConguaglio in ListaPosPA',
      // The D0 are read apart from their PosPA, whose other children come last.
      'NotaFornitore in PosPA',
    ]);
    expect(validateDenuncia(denuncia, contextOf(denuncia, '2026-02-10'))).toEqual([]);
  });

  it('reads RecuperoSgravi into the model (it was dropped before)', () => {
    const { denuncia } = readDenuncia(FOREIGN_FILE);
    const pens = denuncia.azienda.listaPosPA.posPA[0]?.d0[0]?.e0[0]?.gestioni.pensionistica;
    expect(pens?.recuperoSgravi).toEqual([
      { annoRif: '2025', meseRif: '4', codiceRecupero: '57', importo: '13.54' },
      { annoRif: '2025', meseRif: '5', codiceRecupero: '57', importo: '13.54' },
    ]);
    expect(pens?.stipendioTabellare).toBe('900.00');
  });

  it('keeps attributes, children, entities and the place between two D0', () => {
    const { denuncia } = readDenuncia(FOREIGN_FILE);
    const [first, second] = denuncia.azienda.listaPosPA.posPA[0]?.d0 ?? [];
    expect(first?.unknown).toEqual([
      {
        name: 'DatiPrevCompl',
        attrs: { Tipo: 'A' },
        children: [
          { name: 'Fondo', text: 'PERSEO' },
          { name: 'Quota', text: '1,00' },
        ],
        after: 'DatiSedeLavoro',
        afterIndex: 0,
      },
    ]);
    expect(second?.v1[0]?.enteVersante[0]?.unknown).toEqual([
      {
        name: 'Annotazione',
        attrs: { lingua: 'it' },
        text: 'arretrati & conguagli',
        after: 'Aliquota',
        afterIndex: 0,
      },
    ]);
    expect(denuncia.azienda.listaPosPA.posPA[0]?.unknown).toEqual([
      { name: 'NotaFornitore', after: 'D0_DenunciaIndividuale', afterIndex: 0 },
    ]);
  });

  it('still writes a kept element when the user removed the sibling it followed', () => {
    const { denuncia } = readDenuncia(FOREIGN_FILE);
    const d0 = denuncia.azienda.listaPosPA.posPA[0]?.d0[0];
    if (d0) delete d0.datiSedeLavoro;
    const xml = writeDenuncia(denuncia);
    expect(xml).toContain('<DatiPrevCompl Tipo="A">');
    // Last in its D0, after the E0.
    expect(xml.indexOf('<DatiPrevCompl')).toBeGreaterThan(xml.indexOf('</E0_PeriodoNelMese>'));
  });

  it('a known element repeated where the model holds one is kept, not dropped, and reported', () => {
    const twice = FOREIGN_FILE.replace(
      '<Contratto>RALN</Contratto>',
      '<Contratto>RALN</Contratto>\n<Contratto>ALTRO</Contratto>',
    );
    const { denuncia, issues } = readDenuncia(twice);
    expect(denuncia.azienda.listaPosPA.posPA[0]?.d0[0]?.e0[0]?.inquadramento.contratto).toBe('RALN');
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'errore',
        message: expect.stringContaining('<Contratto> in <InquadramentoLavPA> compare più di una volta'),
      }),
    );
    expect(withoutLayout(writeDenuncia(denuncia))).toBe(withoutLayout(twice));
  });

  it('TFS amounts beside TFR ones in one gestione are kept, the TFR read', () => {
    const both = FOREIGN_FILE.replace(
      '<ContributoTFR>74,88</ContributoTFR>',
      '<ContributoTFR>74,88</ContributoTFR>\n<ImponibileTFS>1,00</ImponibileTFS>',
    );
    const { denuncia, issues } = readDenuncia(both);
    const prev = denuncia.azienda.listaPosPA.posPA[0]?.d0[1]?.e0[0]?.gestioni.previdenziale;
    expect(prev).toMatchObject({ tipo: 'TFR', imponibile: '780.00' });
    expect(issues.some((i) => i.severity === 'errore' && i.message.includes('<ImponibileTFS>'))).toBe(true);
    expect(withoutLayout(writeDenuncia(denuncia))).toBe(withoutLayout(both));
  });

  it('merging several PosPA (import) keeps each kept element after the same D0', () => {
    const split = FOREIGN_FILE.replace('<NotaFornitore/>', '<NotaFornitore/></PosPA><PosPA><AltraNota/>');
    const { denuncia, posPACount } = mergePosPA(readDenuncia(split).denuncia);
    expect(posPACount).toBe(2);
    const xml = withoutLayout(writeDenuncia(denuncia));
    expect(xml).toContain('</D0_DenunciaIndividuale><NotaFornitore/><AltraNota/><D0_DenunciaIndividuale>');
  });

  it('survives the contract schema (autosave): nothing of it is stripped', () => {
    const { denuncia } = readDenuncia(FOREIGN_FILE);
    const parsed = DenunciaSchema.parse(JSON.parse(JSON.stringify(denuncia)));
    expect(parsed).toEqual(denuncia);
    expect(withoutLayout(writeDenuncia(parsed))).toBe(withoutLayout(FOREIGN_FILE));
  });

  it('refuses to write a kept element whose name is not an XML name (a hand-edited draft)', () => {
    const { denuncia } = readDenuncia(FOREIGN_FILE);
    denuncia.azienda.listaPosPA.unknown = [{ name: 'A><B' }];
    expect(() => writeDenuncia(denuncia)).toThrow(/Nome di elemento o attributo non valido/);
  });

  const name = fc.stringMatching(/^X[A-Za-z0-9_]{0,8}$/);
  const text = fc.stringMatching(/^[ -~àèìòù€]{1,20}$/);
  const raw: fc.Arbitrary<RawElement> = fc.letrec<{ el: RawElement }>((tie) => ({
    el: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record(
        { name, attrs: fc.dictionary(name, text, { minKeys: 1, maxKeys: 2 }), text },
        { requiredKeys: ['name'] },
      ),
      fc.record(
        { name, children: fc.array(tie('el'), { minLength: 1, maxLength: 3 }) },
        { requiredKeys: ['name', 'children'] },
      ),
    ),
  })).el;
  const D0_CHILDREN = ['CFLavoratore', 'Cognome', 'Nome'] as const;

  it('property: unknown elements anywhere among a D0’s first children come back equal', () => {
    fc.assert(
      fc.property(
        denunciaArbitrary,
        fc.array(fc.tuple(raw, fc.option(fc.constantFrom(...D0_CHILDREN), { nil: undefined })), {
          minLength: 1,
          maxLength: 4,
        }),
        (denuncia, extras) => {
          const d0 = denuncia.azienda.listaPosPA.posPA[0]?.d0[0];
          if (!d0) return;
          // In document order, as the reader gives them: by anchor, then as listed.
          const order = (after: string | undefined) =>
            after === undefined ? -1 : D0_CHILDREN.indexOf(after as never);
          const unknown: UnknownElement[] = extras
            .map(([element, after]) => ({ ...element, ...(after ? { after, afterIndex: 0 } : {}) }))
            .sort((a, b) => order(a.after) - order(b.after));
          d0.unknown = unknown;
          const back = readDenuncia(writeDenuncia(denuncia)).denuncia;
          expect(back.azienda.listaPosPA.posPA[0]?.d0[0]?.unknown).toEqual(unknown);
        },
      ),
      { numRuns: 100 },
    );
  });
});

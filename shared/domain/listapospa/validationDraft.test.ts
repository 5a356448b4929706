import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denunciaArbitrary } from './arbitraries.test-support';
import { FOREIGN_FILE } from './foreignFile.test-support';
import { sampleDenuncia } from './sample';
import { validateDraft, validateXml, type XsdPass } from './validation';
import { readDenuncia } from './xmlReader';

/**
 * A draft's rules are run on the draft, not on the file read back (validation.ts, validateDraft):
 * the findings must be those of the exported file validated as a file.
 */

const files: Uint8Array[] = [];
const xsd: XsdPass = {
  label: 'prova',
  reconstructed: true,
  run: (bytes) => {
    files.push(bytes);
    return Promise.resolve([]);
  },
};
const options = { xsd, dataInvio: '2026-02-10' };

async function bothWays(denuncia: Parameters<typeof validateDraft>[0]) {
  files.length = 0;
  const draft = await validateDraft(denuncia, options);
  const file = await validateXml(draft.xml, options);
  return { draft, file, checked: [...files] };
}

describe('validating a draft', () => {
  it('finds what validating its exported file finds, on any denuncia', async () => {
    await fc.assert(
      fc.asyncProperty(denunciaArbitrary, async (denuncia) => {
        const { draft, file } = await bothWays(denuncia);
        expect(draft.findings).toEqual(file.findings);
        expect(draft.numeroD0).toBe(file.numeroD0);
      }),
      { numRuns: 60 },
    );
  });

  it('still reads the file back when an import kept unknown elements, to run the XSD without them', async () => {
    const { denuncia } = readDenuncia(FOREIGN_FILE);
    const { draft, file, checked } = await bothWays(denuncia);
    expect(draft.findings).toEqual(file.findings);
    // The XSD saw the file without the kept elements (a second run), as for the file itself.
    expect(checked).toHaveLength(4);
    expect(new TextDecoder().decode(checked[1])).not.toContain('<IndennitaVolo>');
  });

  it('gives the same findings for a denuncia the rules refuse', async () => {
    const denuncia = sampleDenuncia(3);
    const d0 = denuncia.azienda.listaPosPA.posPA[0]!.d0;
    d0[1]!.cfLavoratore = d0[0]!.cfLavoratore;
    d0[2]!.e0[0]!.gestioni.pensionistica!.contributo = '1.00';
    const { draft, file } = await bothWays(denuncia);
    expect(draft.findings.length).toBeGreaterThan(0);
    expect(draft.findings).toEqual(file.findings);
  });
});

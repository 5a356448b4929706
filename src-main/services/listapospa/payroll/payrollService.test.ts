import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../../shared/domain/listapospa/payroll/mapping';
import { templateCsv } from '../../../../shared/domain/listapospa/payroll/template';
import { SAMPLE_CF_ENTE, sampleD0 } from '../../../../shared/domain/listapospa/sample';
import { PayrollConflictError, PayrollInvalidError } from './payrollService';
import { SAMPLE_PAYROLL_TARGET, payrollServiceIn } from './payrollService.test-support';

/** Preview, then a draft: against a real draft store and mapping store in a temporary folder. */

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'payroll-'));
  dirs.push(dir);
  return { dir, ...payrollServiceIn(dir) };
}

const TARGET = SAMPLE_PAYROLL_TARGET;
const file = (text: string, fileName = 'paghe.csv') => ({ ...TARGET, bytes: Buffer.from(text), fileName });

describe('payroll service', () => {
  it('previews without writing anything, then makes the draft', async () => {
    const { dir, drafts, service } = setup();
    const input = file(templateCsv([sampleD0(1), sampleD0(2)]));
    const preview = await service.preview(input);
    expect(preview).toMatchObject({
      righe: 6,
      lavoratori: 2,
      issueCount: 0,
      readBlocking: 0,
      mappingSource: 'modello',
    });
    expect(preview.changes).toMatchObject({ existing: null, addedCount: 2 });
    expect(readdirSync(dir)).toEqual([]);
    const { draft } = await service.apply({ ...input, merge: false });
    expect(draft).toMatchObject({ annoMese: '2026-01', numeroD0: 2 });
    const saved = await drafts.open(TARGET.posizioneId, '2026-01');
    expect(saved.denuncia.azienda.listaPosPA.posPA[0]?.d0).toEqual([sampleD0(1), sampleD0(2)]);
    expect(saved.denuncia.azienda.cfAzienda).toBe(SAMPLE_CF_ENTE);
  });

  it('merges into the month’s draft only when confirmed, keeping the workers typed in it', async () => {
    const { drafts, service } = setup();
    await service.apply({ ...file(templateCsv([sampleD0(1), sampleD0(2)])), merge: false });
    const typed = { ...sampleD0(9), cognome: 'SCRITTO A MANO' };
    const before = await drafts.open(TARGET.posizioneId, '2026-01');
    const withTyped = structuredClone(before.denuncia);
    withTyped.azienda.listaPosPA.posPA[0]?.d0.push(typed);
    await drafts.save(TARGET.posizioneId, withTyped, before.revision);

    const input = file(templateCsv([{ ...sampleD0(2), cognome: 'CAMBIATO' }, sampleD0(3)]));
    const preview = await service.preview(input);
    expect(preview.changes).toMatchObject({ addedCount: 1, replacedCount: 1, kept: 2 });
    expect(preview.changes.replaced).toEqual([{ cf: sampleD0(2).cfLavoratore, nome: 'CAMBIATO NOME2' }]);
    await expect(service.apply({ ...input, merge: false })).rejects.toThrow(PayrollConflictError);
    await expect(service.apply({ ...input, merge: false })).rejects.toThrow(
      'conferma l’unione (1 lavoratore aggiunto, 1 sostituito, 2 invariati)',
    );
    // A confirmation given on an older preview is not this one's.
    await expect(
      service.apply({
        ...input,
        merge: true,
        expectedRevision: (preview.changes.existing?.revision ?? 0) - 1,
      }),
    ).rejects.toThrow(PayrollConflictError);

    await service.apply({ ...input, merge: true, expectedRevision: preview.changes.existing?.revision });
    const after = await drafts.open(TARGET.posizioneId, '2026-01');
    expect(after.denuncia.azienda.listaPosPA.posPA[0]?.d0.map((d0) => d0.cognome)).toEqual([
      'COGNOME1',
      'CAMBIATO',
      'SCRITTO A MANO',
      'COGNOME3',
    ]);
  });

  it('writes nothing while the file has errors of reading', async () => {
    const { drafts, service } = setup();
    const text = templateCsv([sampleD0(1)]).replace('2000,00', 'duemila');
    await expect(service.apply({ ...file(text), merge: false })).rejects.toThrow(PayrollInvalidError);
    expect(await drafts.list(TARGET.posizioneId)).toEqual([]);
  });

  it('saves the mapping for the ente and proposes it again for the next file', async () => {
    const { mappings, service } = setup();
    const text = 'C.F.;Cassa;Imp.;Contr.\r\n' + `${sampleD0(1).cfLavoratore};9;2000.00;7.00\r\n`;
    const first = await service.preview(file(text));
    expect(first.mapping.columns.every((column) => column.field === null)).toBe(true);
    const mapping = {
      numberFormat: 'en' as const,
      dateFormat: 'gg/mm/aaaa' as const,
      columns: [
        { header: 'C.F.', field: 'd0.cfLavoratore' },
        { header: 'Cassa', field: 'gestione.codGestione' },
        { header: 'Imp.', field: 'gestione.imponibile' },
        { header: 'Contr.', field: 'gestione.contributo' },
      ],
    };
    await service.apply({ ...file(text), mapping, merge: false });
    expect(await mappings.get(SAMPLE_CF_ENTE)).toEqual(mapping);
    const next = await service.preview({ ...file(text), annoMese: '2026-02' });
    expect(next.mappingSource).toBe('salvata');
    expect(next.mapping).toEqual(mapping);
    expect(await mappings.get('00000000000')).toBeNull();
    expect(proposeMapping(['C.F.'], await mappings.get(SAMPLE_CF_ENTE)).columns[0]?.field).toBe(
      'd0.cfLavoratore',
    );
  });
});

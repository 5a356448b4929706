import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import { delegaRequestSchema, type Delega } from '../../../shared/domain/delega';
import { fakeGateway } from '../cassettoApi/fakeGateway.test-support';
import { createDelegheService } from './delegheService';
import { tempDir } from '../../tempDir.test-support';

const request = delegaRequestSchema.parse(fixture);

function delega(overrides: Partial<Delega>): Delega {
  return {
    numeroRichiesta: 'DLG-2026-000123',
    posizioneId: '02246800342-00001',
    stato: 'attiva',
    request,
    dataRichiesta: '2026-11-28T10:00:00.000Z',
    dataAttivazione: '2026-11-28T10:05:00.000Z',
    dataRevoca: null,
    dataFine: '2028-11-30',
    conservareFino: '2033-11-30',
    tentativiRimasti: 3,
    ...overrides,
  };
}

/** A gateway answering from a fixed list: what the API says is not under test here. */
function gatewayWith(deleghe: [Delega, ...Delega[]]) {
  return fakeGateway({
    delegheList: () => deleghe,
    delegaDetail: ({ numero }) => {
      const found = deleghe.find((d) => d.numeroRichiesta === numero);
      if (!found) throw new Error(`delega ${numero} not in the fixture`);
      return found;
    },
    delegaCreate: () => deleghe[0],
  });
}

const temp = tempDir('deleghe-service-');

describe('the deleghe archive', () => {
  it('reminds of an active delega within 60 days of its end, not before, not a revoked one', async () => {
    const service = createDelegheService(
      gatewayWith([
        delega({ numeroRichiesta: 'DLG-2026-000001', dataFine: '2027-01-10' }),
        delega({ numeroRichiesta: 'DLG-2026-000002', dataFine: '2027-03-10' }),
        delega({ numeroRichiesta: 'DLG-2026-000003', dataFine: '2027-01-10', stato: 'revocata' }),
      ]),
      temp.path,
      () => '2026-12-01',
    );
    const list = await service.list();
    expect(list.map((d) => d.scadenzaTraGiorni)).toEqual([40, null, null]);
  });

  it('keeps the scans on this computer, one per kind, and lists them with the delega', async () => {
    const service = createDelegheService(gatewayWith([delega({})]), temp.path);
    await service.attach(
      'DLG-2026-000123',
      'delega_firmata',
      'firmata.pdf',
      Buffer.from('uno').toString('base64'),
    );
    await service.attach(
      'DLG-2026-000123',
      'delega_firmata',
      '../firmata-2.pdf',
      Buffer.from('due').toString('base64'),
    );
    await service.attach(
      'DLG-2026-000123',
      'documento_identita',
      'ci.jpg',
      Buffer.from('ci').toString('base64'),
    );
    const [archived] = await service.list();
    expect(archived?.attachments.map((a) => [a.kind, a.fileName])).toEqual([
      ['delega_firmata', 'firmata-2.pdf'],
      ['documento_identita', 'ci.jpg'],
    ]);
    expect(
      await readFile(join(temp.path, 'deleghe', 'DLG-2026-000123', 'delega_firmata--firmata-2.pdf'), 'utf8'),
    ).toBe('due');
  });

  it('keeps a copy of the submitted request, in the format the CLI prints from', async () => {
    const service = createDelegheService(gatewayWith([delega({})]), temp.path);
    await service.submit(request);
    const saved: unknown = JSON.parse(
      await readFile(join(temp.path, 'deleghe', 'DLG-2026-000123', 'richiesta.json'), 'utf8'),
    );
    expect(delegaRequestSchema.parse(saved)).toEqual(request);
  });
});

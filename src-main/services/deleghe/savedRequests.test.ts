import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import { delegaRequestSchema, type Delega } from '../../../shared/domain/delega';
import { fakeGateway } from '../cassettoApi/fakeGateway.test-support';
import { ContractError } from '../../../shared/contract';
import { createDelegheService } from './delegheService';
import { listSavedRequests } from './savedRequests';
import { tempDir } from '../../tempDir.test-support';
import { expectPdfText } from '../../pdfText.test-support';

const request = delegaRequestSchema.parse(fixture);

/** The INPS answers the submission, then goes away: every later call fails as offline. */
function gatewayThenOffline(numero: string) {
  const delega: Delega = {
    numeroRichiesta: numero,
    posizioneId: '02246800342-00001',
    stato: 'richiesta',
    request: { ...request, numeroRichiesta: numero },
    dataRichiesta: '2026-11-28T10:00:00.000Z',
    dataAttivazione: null,
    dataRevoca: null,
    dataFine: '2028-11-30',
    conservareFino: '2033-11-30',
    tentativiRimasti: 3,
  };
  const offline = () => {
    throw new ContractError('UNAVAILABLE', 'Il servizio INPS non è raggiungibile.');
  };
  let up = true;
  return fakeGateway({
    delegheList: offline,
    delegaCreate: () => {
      if (!up) return offline();
      up = false;
      return delega;
    },
  });
}

const temp = tempDir('deleghe-saved-');

describe('the requests saved on this computer', () => {
  it('lists what was submitted, newest first, and prints its PDF while the INPS is unreachable', async () => {
    const first = createDelegheService(gatewayThenOffline('DLG-2026-000007'), temp.path);
    await first.submit(request);
    const second = createDelegheService(gatewayThenOffline('DLG-2026-000123'), temp.path);
    await second.submit(request);
    await expect(second.list()).rejects.toThrow('non è raggiungibile');

    const saved = await listSavedRequests(temp.path);
    expect(saved.map((s) => s.numeroRichiesta)).toEqual(['DLG-2026-000123', 'DLG-2026-000007']);
    expect(saved[0]?.request.ente.denominazione).toBe('Azienda Sanitaria Locale Pianura Emiliana');

    const pdf = await second.pdf(saved[0]!.request);
    expect(pdf.fileName).toBe('delega-DLG-2026-000123.pdf');
    await expectPdfText(Buffer.from(pdf.base64, 'base64'), ["D'Annunzio Bellò", 'DLG-2026-000123']);
  });

  it('is empty on a computer that submitted nothing, and skips a damaged copy', async () => {
    expect(await listSavedRequests(temp.path)).toEqual([]);
    await mkdir(join(temp.path, 'deleghe', 'DLG-2026-000999'), { recursive: true });
    await writeFile(join(temp.path, 'deleghe', 'DLG-2026-000999', 'richiesta.json'), '{"non": "valida"');
    await mkdir(join(temp.path, 'deleghe', 'DLG-2026-000998'), { recursive: true });
    await writeFile(
      join(temp.path, 'deleghe', 'DLG-2026-000998', 'richiesta.json'),
      JSON.stringify({ ...fixture, numeroRichiesta: 'DLG-2026-000998' }),
    );
    expect((await listSavedRequests(temp.path)).map((s) => s.numeroRichiesta)).toEqual(['DLG-2026-000998']);
  });
});

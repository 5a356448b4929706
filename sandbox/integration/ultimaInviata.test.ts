/** GET /dma/ultima-inviata: the last ListaPosPA a posizione sent, with its XML, scoped by delega. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDenuncia } from '../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../shared/domain/listapospa/xmlWriter';
import { denunciaSchema } from '../../shared/domain/sezioni';
import { posizioneId } from '../seed/enti';
import { apiGet, apiPost, errorCodeOf } from '../testing/apiGet';
import { loginHeadless } from '../testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;
let bearer: string;
const id = posizioneId('comune-borgo');
const ultima = (posizione = id) =>
  apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${posizione}/dma/ultima-inviata`, bearer);

function xmlOf(annoMese: string, workers: number): string {
  const denuncia = sampleDenuncia(workers, annoMese);
  denuncia.datiMittente.cfMittente = '82001450343';
  denuncia.azienda.cfAzienda = '82001450343';
  denuncia.azienda.listaPosPA.prgAzienda = '00001';
  return writeDenuncia(denuncia);
}

beforeAll(async () => {
  sandbox = await startTempSandbox();
  bearer = (await loginHeadless(sandbox, { persona: 'legale-comune', method: 'spid', level: 2 })).accessToken;
});
afterAll(async () => {
  await sandbox?.dispose();
});

describe('GET /dma/ultima-inviata', () => {
  it('answers 404 while only seeded denunce exist (they were not sent through the API)', async () => {
    const answer = await ultima();
    expect(answer.status).toBe(404);
    expect(errorCodeOf(answer)).toBe('RISORSA_NON_TROVATA');
  });

  it('answers the last denuncia sent, with the very XML received', async () => {
    const first = xmlOf('2026-01', 2);
    const second = xmlOf('2026-02', 3);
    expect(
      (await apiPost(sandbox.apiBaseUrl, `/v1/posizioni/${id}/dma`, { xml: first }, bearer)).status,
    ).toBe(201);
    const sent = await apiPost(sandbox.apiBaseUrl, `/v1/posizioni/${id}/dma`, { xml: second }, bearer);
    expect(sent.status).toBe(201);
    const answer = await ultima();
    expect(answer.status).toBe(200);
    const body = answer.body as { denuncia: unknown; xml: string };
    expect(body.xml).toBe(second);
    expect(denunciaSchema.parse(body.denuncia)).toEqual(denunciaSchema.parse(sent.body));
  });

  it('refuses a posizione the user has no delega for', async () => {
    const answer = await ultima(posizioneId('asl-pianura'));
    expect(answer.status).toBe(403);
  });
});

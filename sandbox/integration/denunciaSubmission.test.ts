/** ListaPosPA submission on the INPS side: checked again, recorded with its esito, shown in the DMA. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Denuncia as ListaPosPA } from '../../shared/domain/listapospa/model';
import { sampleDenuncia } from '../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../shared/domain/listapospa/xmlWriter';
import { denunciaSchema } from '../../shared/domain/sezioni';
import { posizioneId } from '../seed/enti';
import { unseededMonth } from '../seed/frame';
import { apiGet, apiPost, errorCodeOf } from '../testing/apiGet';
import { loginHeadless } from '../testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;
let bearer: string;
const id = posizioneId('comune-borgo');

beforeAll(async () => {
  sandbox = await startTempSandbox();
  bearer = (await loginHeadless(sandbox, { persona: 'legale-comune', method: 'spid', level: 2 })).accessToken;
});
afterAll(async () => {
  await sandbox?.dispose();
});

/** A valid ListaPosPA of comune-borgo (82001450343, progressivo 00001). */
function listaPosPA(annoMese: string, cfAzienda = '82001450343', prgAzienda = '00001'): ListaPosPA {
  const denuncia = sampleDenuncia(3, annoMese);
  denuncia.datiMittente.cfMittente = cfAzienda;
  denuncia.azienda.cfAzienda = cfAzienda;
  denuncia.azienda.listaPosPA.prgAzienda = prgAzienda;
  return denuncia;
}

const unseeded = (after: number) => unseededMonth(sandbox.oggiSeed, after);

const submit = (denuncia: ListaPosPA | string) =>
  apiPost(
    sandbox.apiBaseUrl,
    `/v1/posizioni/${id}/dma`,
    { xml: typeof denuncia === 'string' ? denuncia : writeDenuncia(denuncia) },
    bearer,
  );

describe('POST /dma', () => {
  it('records a valid file as acquisita, and the DMA section lists it', async () => {
    const answer = await submit(listaPosPA(unseeded(0)));
    expect(answer.status).toBe(201);
    const denuncia = denunciaSchema.parse(answer.body);
    expect(denuncia).toMatchObject({
      mese: unseeded(0),
      tipo: 'ordinario',
      esito: 'acquisita',
      numeroD0: 3,
      // 653.00 + 97.60 + 7.00 per worker.
      totaleContributi: '2272.80',
      errori: [],
    });
    const dma = denunciaSchema
      .array()
      .parse((await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/dma`, bearer)).body);
    expect(dma.find((row) => row.id === denuncia.id)).toEqual(denuncia);
  });

  it('records a file with a blocking error as scartata, with the INPS code and the worker', async () => {
    const file = listaPosPA(unseeded(1));
    const d0 = file.azienda.listaPosPA.posPA[0]!.d0[1]!;
    // RegimeFineServizio without the gestione previdenziale: INPS error 00390I.
    delete d0.e0[0]!.gestioni.previdenziale;
    const answer = await submit(file);
    expect(answer.status).toBe(201);
    const denuncia = denunciaSchema.parse(answer.body);
    expect(denuncia.esito).toBe('scartata');
    expect(denuncia.errori).toContainEqual({
      codice: '00390I',
      messaggio: expect.stringContaining('RegimeFineServizio') as string,
      codiceFiscaleLavoratore: d0.cfLavoratore,
      quadro: 'E0',
    });
  });

  it('records a file the XSD refuses as scartata', async () => {
    // A surname over the 40 characters of the tracciato: the rules leave lengths to the XSD.
    const xml = writeDenuncia(listaPosPA('2026-03')).replace(
      /<Cognome>[^<]*<\/Cognome>/,
      `<Cognome>${'A'.repeat(41)}</Cognome>`,
    );
    const denuncia = denunciaSchema.parse((await submit(xml)).body);
    expect(denuncia.esito).toBe('scartata');
    // In Italian, on the field, as the app says it.
    expect(denuncia.errori).toContainEqual(
      expect.objectContaining({
        codice: 'XSD',
        messaggio: expect.stringMatching(
          /^XSD ricostruito, riga \d+: Cognome: il valore ha 41 caratteri, ne sono ammessi al massimo 40$/,
        ) as string,
      }),
    );
  });

  it('treats an element the reconstruction does not know as the app does: kept, told, not refused', async () => {
    const xml = writeDenuncia(listaPosPA(unseeded(4))).replace(/<CFAzienda>/, '<Sconosciuto/><CFAzienda>');
    const denuncia = denunciaSchema.parse((await submit(xml)).body);
    expect(denuncia.esito).toBe('acquisita con errori');
    expect(denuncia.errori).toEqual([
      expect.objectContaining({
        codice: 'CE020',
        messaggio: expect.stringContaining('<Sconosciuto>') as string,
      }),
    ]);
  });

  it('refuses malformed XML with 400 and the Italian message with line and column, never 500', async () => {
    const before = (await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/dma`, bearer)).body as unknown[];
    const valid = writeDenuncia(listaPosPA(unseeded(3)));
    const cases: Array<[string, RegExp]> = [
      ['&#xZZ;', /Riga \d+, colonna \d+: riferimento a carattere non valido «&#xZZ;»/],
      ['&#x110000;', /Riga \d+, colonna \d+: riferimento a carattere non valido «&#x110000;»/],
      ['&#;', /riferimento a carattere non valido «&#;»/],
      ['\u0000', /Riga \d+, colonna \d+: carattere non ammesso in XML \(U\+0000 \(NUL\)\)/],
      ['S&P', /Riga \d+, colonna \d+: carattere «&» non seguito da un riferimento/],
    ];
    for (const [inserted, message] of cases) {
      const answer = await submit(valid.replace(/<Cognome>[^<]*/, `<Cognome>${inserted}`));
      expect(answer.status).toBe(400);
      expect(errorCodeOf(answer)).toBe('RICHIESTA_NON_VALIDA');
      expect(JSON.stringify(answer.body)).toMatch(message);
    }
    const after = (await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/dma`, bearer)).body as unknown[];
    expect(after).toHaveLength(before.length);
  });

  it('refuses a file of another posizione without recording it', async () => {
    const before = (await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/dma`, bearer)).body as unknown[];
    const answer = await submit(listaPosPA(unseeded(3), '82001450343', '00002'));
    expect(answer.status).toBe(400);
    expect(errorCodeOf(answer)).toBe('RICHIESTA_NON_VALIDA');
    expect(JSON.stringify(answer.body)).toMatch(
      /progressivo 00002, non della posizione 82001450343 progressivo 00001/,
    );
    const after = (await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/dma`, bearer)).body as unknown[];
    expect(after).toHaveLength(before.length);
  });
  it('marks the earlier ordinario of the month sostituita when a new one is acquired, not when a variazione or a scartata arrives', async () => {
    const dmaRows = async () =>
      denunciaSchema
        .array()
        .parse((await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/dma`, bearer)).body);
    const first = denunciaSchema.parse((await submit(listaPosPA(unseeded(4)))).body);
    expect(first.esito).toBe('acquisita');

    // A scartata ordinario replaces nothing.
    const broken = listaPosPA(unseeded(4));
    delete broken.azienda.listaPosPA.posPA[0]!.d0[0]!.e0[0]!.gestioni.previdenziale;
    expect(denunciaSchema.parse((await submit(broken)).body).esito).toBe('scartata');
    expect((await dmaRows()).find((row) => row.id === first.id)?.esito).toBe('acquisita');

    // A variazione of the same month adds periods, it does not replace the ordinario.
    const variazione = listaPosPA(unseeded(4));
    variazione.azienda.listaPosPA.tipo = 'variazione';
    variazione.azienda.listaPosPA.posPA[0]!.d0 = [];
    expect(denunciaSchema.parse((await submit(variazione)).body).tipo).toBe('variazione');
    expect((await dmaRows()).find((row) => row.id === first.id)?.esito).toBe('acquisita');

    const second = denunciaSchema.parse((await submit(listaPosPA(unseeded(4)))).body);
    expect(second.esito).toBe('acquisita');
    const rows = await dmaRows();
    expect(rows.find((row) => row.id === first.id)?.esito).toBe('sostituita');
    expect(rows.find((row) => row.id === second.id)?.esito).toBe('acquisita');
    // Another month's ordinario is untouched.
    expect(rows.filter((row) => row.mese === unseeded(0)).map((row) => row.esito)).toEqual(['acquisita']);
  });
});

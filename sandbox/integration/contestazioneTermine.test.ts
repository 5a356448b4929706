/**
 * The 90-day term to contest a regolarizzazione (INPS msg 1779/2019), against the real sandbox
 * with its today set by the test: the last day is accepted, the day after is refused with a
 * message that names the term and the notifica, and the nota says so before anyone tries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notaDiDebitoSchema } from '../../shared/domain/sezioni';
import { posizioneId } from '../seed/enti';
import { apiGet, apiPost, errorCodeOf } from '../testing/apiGet';
import { loginHeadless } from '../testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;
let bearer: string;
let now = new Date('2026-03-30T09:00:00Z');
const id = posizioneId('comune-borgo');
// Seeded: a regolarizzazione of comune-borgo notified on 29/12/2025, so contestable to 29/03/2026.
const notaId = `${id}-ND0007`;

beforeAll(async () => {
  sandbox = await startTempSandbox(undefined, { now: () => now });
  bearer = (await loginHeadless(sandbox, { persona: 'legale-comune', method: 'spid', level: 2 })).accessToken;
});
afterAll(async () => {
  await sandbox?.dispose();
});

async function nota() {
  const answer = await apiGet(sandbox.apiBaseUrl, `/v1/posizioni/${id}/note-debito`, bearer);
  return notaDiDebitoSchema
    .array()
    .parse(answer.body)
    .find((n) => n.id === notaId)!;
}

async function contesta() {
  const { lavoratori } = await nota();
  return apiPost(
    sandbox.apiBaseUrl,
    `/v1/posizioni/${id}/contestazioni`,
    {
      notaId,
      codiceFiscaleLavoratore: lavoratori[0]!.codiceFiscale,
      contributoProposto: '10.00',
      motivazione: 'Imponibile già denunciato con V1 di marzo',
      allegati: [],
    },
    bearer,
  );
}

describe('the contestazione term', () => {
  it('refuses the day after the term, naming the term and the notifica', async () => {
    expect(await nota()).toMatchObject({
      dataEmissione: '2025-12-29',
      stato: 'notificata',
      contestabile: false,
    });
    const answer = await contesta();
    expect(answer.status).toBe(409);
    expect(errorCodeOf(answer)).toBe('OPERAZIONE_NON_CONSENTITA');
    expect(JSON.stringify(answer.body)).toContain(
      'è scaduto il 29/03/2026: 90 giorni dalla notifica del 29/12/2025',
    );
    expect((await nota()).stato).toBe('notificata');
  });

  it('counts the day in Italy: 22:30 UTC of the last day is already the day after', async () => {
    now = new Date('2026-03-29T22:30:00Z');
    expect((await contesta()).status).toBe(409);
  });

  it('accepts a contestazione on the last day of the term', async () => {
    now = new Date('2026-03-29T09:00:00Z');
    expect((await nota()).contestabile).toBe(true);
    expect((await contesta()).status).toBe(201);
    expect(await nota()).toMatchObject({ stato: 'contestata', contestabile: true });
  });
});

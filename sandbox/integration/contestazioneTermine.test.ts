/**
 * The 90-day term to contest a regolarizzazione (INPS msg 1779/2019), against the real sandbox
 * with its today set by the test: the last day is accepted, the day after is refused with a
 * message that names the term and the notifica, the nota says so before anyone tries; each
 * accepted contestazione says how many the worker has left (two in all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notaDiDebitoSchema, termineContestazione } from '../../shared/domain/sezioni';
import { formatData } from '../../shared/text/formatIt';
import { posizioneId, seedPosizione } from '../seed/enti';
import { generateNoteDebito } from '../seed/sezioni';
import { apiGet, errorCodeOf } from '../testing/apiGet';
import { contestaNota } from '../testing/contestazione';
import { loginHeadless } from '../testing/headlessLogin';
import { startTempSandbox, type TempSandbox } from '../testing/tempSandbox';

let sandbox: TempSandbox;
let bearer: string;
// A day of no importance: the seeded note are dated relative to the sandbox's today at start.
let now = new Date('2031-02-10T09:00:00Z');
const id = posizioneId('comune-borgo');
const seeded = generateNoteDebito(seedPosizione('comune-borgo'), '2031-02-10').find(
  (n) => n.tipo === 'regolarizzazione contributiva' && n.stato === 'notificata',
)!;
const termine = termineContestazione(seeded.dataEmissione);
const at = (day: string, time: string) => new Date(`${day}T${time}Z`);
const dayAfter = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

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
    .find((n) => n.id === seeded.id)!;
}

const contesta = () => contestaNota(sandbox.apiBaseUrl, bearer, id, seeded);

describe('the contestazione term', () => {
  it('dates the seeded note relative to the sandbox’s today: the recent ones are open', async () => {
    expect(sandbox.oggiSeed).toBe('2031-02-10');
    expect(seeded.dataEmissione < '2031-02-10').toBe(true);
    expect(await nota()).toMatchObject({
      dataEmissione: seeded.dataEmissione,
      stato: 'notificata',
      contestabile: true,
    });
  });

  it('refuses the day after the term, naming the term and the notifica', async () => {
    now = at(dayAfter(termine), '09:00:00');
    expect((await nota()).contestabile).toBe(false);
    const answer = await contesta();
    expect(answer.status).toBe(409);
    expect(errorCodeOf(answer)).toBe('OPERAZIONE_NON_CONSENTITA');
    expect(JSON.stringify(answer.body)).toContain(
      `è scaduto il ${formatData(termine)}: 90 giorni dalla notifica del ${formatData(seeded.dataEmissione)}`,
    );
    expect((await nota()).stato).toBe('notificata');
  });

  it('counts the day in Italy: 23:30 UTC of the last day is already the day after', async () => {
    now = at(termine, '23:30:00');
    expect((await contesta()).status).toBe(409);
  });

  it('accepts on the last day of the term, and says how many contestazioni are left', async () => {
    now = at(termine, '09:00:00');
    expect((await nota()).contestabile).toBe(true);
    const first = await contesta();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ statoNota: 'contestata', contestazioniRimaste: 1 });
    expect(await nota()).toMatchObject({ stato: 'contestata', contestabile: true });
    const second = await contesta();
    expect(second.body).toMatchObject({ contestazioniRimaste: 0 });
    const third = await contesta();
    expect(third.status).toBe(409);
    expect(JSON.stringify(third.body)).toContain('sono già state presentate 2 contestazioni');
  });
});

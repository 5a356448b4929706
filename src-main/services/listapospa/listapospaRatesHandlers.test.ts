import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listapospaCalls } from '../../../shared/contract/calls/listapospaCalls';
import { listapospaRatesCalls } from '../../../shared/contract/calls/listapospaRatesCalls';
import {
  dispatcherFor,
  valueOf,
  type GroupDispatcher,
} from '../../../shared/contract/dispatcherFor.test-support';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { serviceDepsFor } from '../../testing/serviceDeps.test-support';
import { signedInAuth } from '../../testing/signedInUser.test-support';
import { userDirOf } from '../userScope';
import { createDraftStore } from './draftStore';
import { listapospaHandlers } from './listapospaHandlers';
import { listapospaRatesHandlers } from './listapospaRatesHandlers';
import { createRateOverridesStore } from './rateOverridesStore';

/** The "Aliquote" calls through the real dispatcher, persisted in the user's folder, used by validation. */

const UTENTE = 'RSSMRA80A01H501U';
let dataDir: string;
/** The signed-in user's folder. */
let dir: string;
let call: GroupDispatcher<typeof listapospaCalls & typeof listapospaRatesCalls>['call'];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'listapos-rates-'));
  dir = userDirOf(dataDir, UTENTE);
  const deps = serviceDepsFor({ dataDir, auth: signedInAuth({ codiceFiscale: UTENTE }) });
  call = dispatcherFor(
    { ...listapospaCalls, ...listapospaRatesCalls },
    { ...listapospaHandlers(deps), ...listapospaRatesHandlers(deps) },
  ).call;
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('listapospa.rates', () => {
  it('starts empty, sets an override on disk, resets it', async () => {
    expect(await call('listapospa.rates.get', {})).toEqual({ ok: true, value: { overrides: {} } });
    expect(
      await call('listapospa.rates.set', { kind: 'pensionistica', codGestione: '3', totale: '33.5' }),
    ).toEqual({ ok: true, value: { overrides: { 'pensionistica:3': '33.5' } } });
    // Another process (the CLI) reads the same file.
    expect(await createRateOverridesStore(dir).get()).toEqual({ 'pensionistica:3': '33.5' });
    expect(JSON.parse(readFileSync(join(dir, 'listapospa', 'aliquote.json'), 'utf8'))).toEqual({
      'pensionistica:3': '33.5',
    });
    expect(
      await call('listapospa.rates.set', { kind: 'pensionistica', codGestione: '3', totale: null }),
    ).toEqual({ ok: true, value: { overrides: {} } });
  });

  it('refuses a rate that is not a percentage, or one the tables do not have', async () => {
    for (const totale of ['8,85', '101', '-1', '8.123456', '']) {
      expect(await call('listapospa.rates.set', { kind: 'ENAM', codGestione: '11', totale })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await call('listapospa.rates.set', { kind: 'ENAM', codGestione: '2', totale: '1' })).toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Nessuna aliquota ENAM per la gestione 2 nelle tabelle.' },
      },
    );
  });

  it('says which file is broken instead of ignoring it', async () => {
    const store = createRateOverridesStore(dir);
    await store.set('credito', '9', '0.40');
    writeFileSync(join(dir, 'listapospa', 'aliquote.json'), '{"credito:9":"zero"}');
    await expect(createRateOverridesStore(dir).get()).rejects.toThrow(/aliquote\.json\) non è valido/);
  });

  it('the draft validation compares contributions with the overridden rate (CE011)', async () => {
    await createDraftStore(dir).create('POS1', sampleDenuncia(1));
    const key = { posizioneId: 'POS1', annoMese: '2026-01' };
    const ce011 = async () =>
      valueOf(await call('listapospa.validate', key)).findings.filter((finding) => finding.code === 'CE011');
    expect(await ce011()).toEqual([]);
    await call('listapospa.rates.set', { kind: 'pensionistica', codGestione: '2', totale: '33.00' });
    expect(await ce011()).toEqual([
      expect.objectContaining({
        message: 'Contributo dichiarato 653,00, calcolato 660,00 con aliquota 33,00%.',
      }),
    ]);
  });
});

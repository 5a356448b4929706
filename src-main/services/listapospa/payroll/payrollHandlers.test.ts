import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { payrollCalls } from '../../../../shared/contract/calls/payrollCalls';
import { dispatcherFor, type GroupDispatcher } from '../../../../shared/contract/dispatcherFor.test-support';
import type { PayrollMapping } from '../../../../shared/domain/listapospa/payroll/mapping';
import { templateCsv } from '../../../../shared/domain/listapospa/payroll/template';
import { SAMPLE_CF_ENTE, sampleD0 } from '../../../../shared/domain/listapospa/sample';
import { serviceDepsFor } from '../../../testing/serviceDeps.test-support';
import { signedInAs } from '../../../testing/signedInUser.test-support';
import { payrollHandlers } from './payrollHandlers';

/** The payroll calls through the real dispatcher: errors as contract codes, mappings per user. */

let dataDir: string;
let signedIn: string;
let call: GroupDispatcher<typeof payrollCalls>['call'];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'payroll-handlers-'));
  signedIn = 'RSSMRA80A01H501U';
  // Signed in as whoever `signedIn` names at the moment: a test switches users.
  const auth = signedInAs(() => signedIn);
  call = dispatcherFor(payrollCalls, payrollHandlers(serviceDepsFor({ dataDir, auth }))).call;
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const fileInput = (text: string) => ({
  posizioneId: `${SAMPLE_CF_ENTE}-00000`,
  annoMese: '2026-01',
  cfAzienda: SAMPLE_CF_ENTE,
  ragSocAzienda: 'COMUNE DI ESEMPIO',
  prgAzienda: '00000',
  fileName: 'paghe.csv',
  contenutoBase64: Buffer.from(text).toString('base64'),
});
const MAPPING: PayrollMapping = {
  numberFormat: 'en',
  dateFormat: 'gg/mm/aaaa',
  columns: [{ header: 'C.F.', field: 'd0.cfLavoratore' }],
};

describe('listapospa.payroll calls', () => {
  it('answers a preview, and a second apply on the same month is a CONFLICT that says what changes', async () => {
    const input = fileInput(templateCsv([sampleD0(1)]));
    expect(await call('listapospa.payroll.preview', input)).toMatchObject({
      ok: true,
      value: { lavoratori: 1, changes: { existing: null } },
    });
    expect(await call('listapospa.payroll.apply', { ...input, merge: false })).toMatchObject({
      ok: true,
      value: { draft: { numeroD0: 1 } },
    });
    expect(await call('listapospa.payroll.apply', { ...input, merge: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('1 sostituito') },
    });
  });

  it('says an unreadable file as INVALID_INPUT in Italian, and refuses a mapping to an unknown field', async () => {
    expect(await call('listapospa.payroll.preview', { ...fileInput(''), contenutoBase64: '' })).toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Il file è vuoto.' },
      },
    );
    const wrong = { ...MAPPING, columns: [{ header: 'C.F.', field: 'd0.password' }] };
    expect(
      await call('listapospa.payroll.mappings.set', { cfAzienda: SAMPLE_CF_ENTE, mapping: wrong }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('keeps each user’s mappings apart', async () => {
    expect(
      await call('listapospa.payroll.mappings.set', { cfAzienda: SAMPLE_CF_ENTE, mapping: MAPPING }),
    ).toEqual({
      ok: true,
      value: {},
    });
    expect(await call('listapospa.payroll.mappings.get', { cfAzienda: SAMPLE_CF_ENTE })).toEqual({
      ok: true,
      value: { mapping: MAPPING },
    });
    signedIn = 'VRDLGU80A01H501P';
    expect(await call('listapospa.payroll.mappings.get', { cfAzienda: SAMPLE_CF_ENTE })).toEqual({
      ok: true,
      value: { mapping: null },
    });
  });
});

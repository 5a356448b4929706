import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract';
import { signedInAs } from '../../testing/signedInUser.test-support';
import { ANAGRAFICA_FIELDS } from '../../../shared/domain/anagraficaFields';
import type { AnagraficaPosizione } from '../../../shared/domain/cassettoApi';
import type { Versamento } from '../../../shared/domain/sezioni';
import { fakeGateway } from '../cassettoApi/fakeGateway.test-support';
import { createSezioniService } from './sezioniService';
import { createSnapshotStore, type SnapshotStore } from './snapshotStore';
import { expectPdfText } from '../../pdfText.test-support';

const versamento: Versamento = {
  id: 'V1',
  dataVersamento: '2025-02-14',
  canale: 'F24 EP',
  causale: 'P101',
  gestione: 'CPDEL',
  periodo: '2025-01',
  importo: '1234.56',
  sede: 'Direzione provinciale di Parma',
  estremi: 'Delega "F24 EP"; prot. 1',
};

let dir: string;
let stores: SnapshotStore[] = [];
const storeIn = (where: string) => {
  const store = createSnapshotStore(where);
  stores.push(store);
  return store;
};
let online = true;
let user = 'RNLMRC67E14G337R';
let apiRows: Versamento[] = [versamento];
let fetches = 0;
const gateway = fakeGateway({
  versamenti: () => {
    fetches++;
    if (!online) throw new ContractError('UNAVAILABLE', 'Il servizio INPS non è raggiungibile.');
    return apiRows;
  },
});
/** Signed in as whoever `user` names at the moment: the tests switch users. */
const auth = signedInAs(() => user);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sezioni-'));
  online = true;
  user = 'RNLMRC67E14G337R';
  apiRows = [versamento];
  fetches = 0;
});
afterEach(async () => {
  // Snapshots are written behind the answers: let them end before the folder goes.
  await Promise.all(stores.map((store) => store.settled()));
  stores = [];
  await rm(dir, { recursive: true, force: true });
});

describe('sections offline', () => {
  it('shows the last snapshot with its time when the API is unreachable, only to the same user', async () => {
    let now = new Date('2026-03-01T10:15:00Z');
    const service = createSezioniService(gateway, auth, storeIn(dir), () => now);
    expect(await service.load('82001450343-00001', 'versamenti')).toMatchObject({
      offline: false,
      aggiornatoAl: '2026-03-01T10:15:00.000Z',
    });
    online = false;
    now = new Date('2026-03-02T08:00:00Z');
    expect(await service.load('82001450343-00001', 'versamenti')).toEqual({
      rows: [versamento],
      aggiornatoAl: '2026-03-01T10:15:00.000Z',
      offline: true,
    });
    user = 'RCCCHR95D58A94QJ';
    await expect(service.load('82001450343-00001', 'versamenti')).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
  });

  it('keeps one JSON file per posizione with every section loaded', async () => {
    const store = storeIn(dir);
    const service = createSezioniService(gateway, auth, store);
    await service.load('82001450343-00001', 'versamenti');
    // The copy is written behind the answer; a read waits for it.
    expect(await store.read(user, '82001450343-00001', 'versamenti')).toBeDefined();
    const file = JSON.parse(await readFile(join(dir, 'snapshots', '82001450343-00001.json'), 'utf8')) as {
      sezioni: Record<string, unknown>;
    };
    expect(Object.keys(file.sezioni)).toEqual(['versamenti']);
  });
});

describe('CSV export', () => {
  it('writes the Italian dialect: BOM, semicolons, comma decimals, quoted fields, totals', async () => {
    const service = createSezioniService(gateway, auth, storeIn(dir));
    const file = await service.export('82001450343-00001', 'versamenti', 'csv', { filters: {}, sort: null });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFData versamento;Canale;')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toBe(
      '14/02/2025;F24 EP;P101;CPDEL;01/2025;1234,56;Direzione provinciale di Parma;"Delega ""F24 EP""; prot. 1"',
    );
    expect(lines[2]).toBe(';;;;;1234,56;;'.replace(/^/, 'Totale'));
  });
});

describe('PDF of the view', () => {
  it('says the filters in words the font can print, the channel as the channel, and "1 riga"', async () => {
    const service = createSezioniService(gateway, auth, storeIn(dir));
    const file = await service.export('82001450343-00001', 'versamenti', 'pdf', {
      filters: { importoMin: '1000', importoMax: '2000', stato: 'F24 EP' },
      sort: null,
    });
    const text = await expectPdfText(Buffer.from(file.base64, 'base64'), ['canale «F24 EP»', '1 riga']);
    expect(text).toMatch(/importo almeno 1\.000,00.*importo al massimo 2\.000,00/);
  });
});

describe('fascicolo', () => {
  it('prints the anagrafica as the screen shows it: every field, in order, dates and codes in words', async () => {
    const anagrafica: AnagraficaPosizione = {
      id: '82001450343-00001',
      codiceFiscaleEnte: '82001450343',
      progressivo: '00001',
      denominazione: 'COMUNE DI ESEMPIO',
      sedeInps: 'Parma',
      tipoEnte: 'comune',
      ruolo: 'delegato',
      comparto: 'Funzioni locali',
      codiceIpa: 'c_esempio',
      indirizzo: 'Piazza del Comune 1',
      cap: '43121',
      comune: 'Parma',
      provincia: 'PR',
      pec: 'protocollo@pec.comune.esempio.it',
      legaleRappresentante: 'Mario Rossi',
      gestioni: ['CPDEL', 'TFS'],
      dataIscrizione: '2000-03-01',
      stato: 'attiva',
    };
    const none = () => [];
    const withAnagrafica = fakeGateway({
      anagrafica: () => anagrafica,
      versamenti: none,
      noteRettifica: none,
      pianiAmmortamento: none,
      denunce: none,
      noteDebito: none,
      noteDebitoEca: none,
    });
    const file = await createSezioniService(withAnagrafica, auth, storeIn(dir)).fascicolo(anagrafica.id);
    const labels = ANAGRAFICA_FIELDS.map(({ label }) => label);
    const text = await expectPdfText(Buffer.from(file.base64, 'base64'), [
      ...labels,
      'Piazza del Comune 1, 43121 Parma (PR)',
      'CPDEL, TFS',
      '01/03/2000',
    ]);
    const at = labels.map((label) => text.indexOf(label));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).toMatch(/Tipo ente +Comune/);
    expect(text).toMatch(/Titolo di accesso +Dipendente delegato/);
  });
});

describe('windows of a section view', () => {
  const id = '82001450343-00001';
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...versamento,
      id: `V${i}`,
      periodo: i % 2 === 0 ? '2025-01' : '2024-06',
      importo: `${(i * 37) % 1000}.${String(i % 100).padStart(2, '0')}`,
    }));
  const all = { filters: {}, sort: null };

  it('answers the rows asked for with the count and totals of the whole view', async () => {
    apiRows = many(1000);
    const service = createSezioniService(gateway, auth, storeIn(dir));
    const first = await service.query(id, 'versamenti', { view: all, offset: 0, limit: 50, refresh: true });
    expect(first).toMatchObject({
      offset: 0,
      matched: 1000,
      total: 1000,
      offline: false,
      states: ['F24 EP'],
    });
    expect(first.rows.map((r) => r.id)).toEqual(apiRows.slice(0, 50).map((r) => r.id));
    const view = { filters: { periodoDa: '2025-01' }, sort: { key: 'importo', desc: true } };
    const window = await service.query(id, 'versamenti', { view, offset: 100, limit: 20 });
    const expected = apiRows
      .filter((r) => r.periodo === '2025-01')
      .sort(
        (a, b) =>
          Number(b.importo) - Number(a.importo) ||
          Number(String(a.id).slice(1)) - Number(String(b.id).slice(1)),
      );
    expect(window.matched).toBe(500);
    expect(window.rows.map((r) => r.id)).toEqual(expected.slice(100, 120).map((r) => r.id));
    const cents = expected.reduce((sum, r) => sum + Math.round(Number(r.importo) * 100), 0);
    expect(window.totals.importo).toBe(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
    // Past the end: no rows, the same count.
    expect(await service.query(id, 'versamenti', { view, offset: 600, limit: 20 })).toMatchObject({
      rows: [],
      matched: 500,
    });
  });

  it('fetches from the API on open and reload only, and never shows one user what another fetched', async () => {
    const service = createSezioniService(gateway, auth, storeIn(dir));
    await service.query(id, 'versamenti', { view: all, offset: 0, limit: 10, refresh: true });
    await service.query(id, 'versamenti', { view: all, offset: 10, limit: 10 });
    await service.export(id, 'versamenti', 'csv', all);
    expect(fetches).toBe(1);
    apiRows = many(3);
    expect((await service.query(id, 'versamenti', { view: all, offset: 0, limit: 10 })).total).toBe(1);
    expect(
      (await service.query(id, 'versamenti', { view: all, offset: 0, limit: 10, refresh: true })).total,
    ).toBe(3);
    expect(fetches).toBe(2);
    user = 'RCCCHR95D58A94QJ';
    await service.query(id, 'versamenti', { view: all, offset: 0, limit: 10 });
    expect(fetches).toBe(3);
    // Back to the first user: what was kept for them went when the other signed in.
    user = 'RNLMRC67E14G337R';
    await service.query(id, 'versamenti', { view: all, offset: 0, limit: 10 });
    expect(fetches).toBe(4);
  });

  it('exports exactly the view the screen shows, in its order', async () => {
    apiRows = many(30);
    const service = createSezioniService(gateway, auth, storeIn(dir));
    const view = { filters: { testo: '2025' }, sort: { key: 'importo', desc: false } };
    const shown = await service.query(id, 'versamenti', { view, offset: 0, limit: 100, refresh: true });
    const file = await service.export(id, 'versamenti', 'csv', view);
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(file.rows).toBe(shown.matched);
    expect(lines.slice(1, -1).map((line) => line.split(';')[5])).toEqual(
      shown.rows.map((r) => String(r.importo).replace('.', ',')),
    );
  });
});

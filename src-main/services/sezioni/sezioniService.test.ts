import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract';
import type { AuthService } from '../auth/authService';
import type { CassettoGateway } from '../cassetto/cassettoGateway';
import { createSezioniService } from './sezioniService';
import { createSnapshotStore } from './snapshotStore';

const versamento = {
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
let online = true;
let user = 'RNLMRC67E14G337R';
const gateway: CassettoGateway = {
  get: (async () => {
    if (!online) throw new ContractError('UNAVAILABLE', 'Il servizio INPS non è raggiungibile.');
    return [versamento];
  }) as CassettoGateway['get'],
  post: (async () => {
    throw new Error('not used');
  }) as CassettoGateway['post'],
  send: (async () => {
    throw new Error('not used');
  }) as CassettoGateway['send'],
};
const auth = {
  status: () => ({
    state: 'signed-in',
    user: {
      codiceFiscale: user,
      nome: 'M',
      cognome: 'R',
      metodo: 'spid',
      livello: 'SpidL2',
      ruoli: [],
      abilitato: true,
    },
  }),
} as unknown as AuthService;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sezioni-'));
  online = true;
  user = 'RNLMRC67E14G337R';
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sections offline', () => {
  it('shows the last snapshot with its time when the API is unreachable, only to the same user', async () => {
    let now = new Date('2026-03-01T10:15:00Z');
    const service = createSezioniService(gateway, auth, createSnapshotStore(dir), () => now);
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
    const service = createSezioniService(gateway, auth, createSnapshotStore(dir));
    await service.load('82001450343-00001', 'versamenti');
    const file = JSON.parse(await readFile(join(dir, 'snapshots', '82001450343-00001.json'), 'utf8')) as {
      sezioni: Record<string, unknown>;
    };
    expect(Object.keys(file.sezioni)).toEqual(['versamenti']);
  });
});

describe('CSV export', () => {
  it('writes the Italian dialect: BOM, semicolons, comma decimals, quoted fields, totals', async () => {
    const service = createSezioniService(gateway, auth, createSnapshotStore(dir));
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

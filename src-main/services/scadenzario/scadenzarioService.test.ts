import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptySnapshot,
  type Cruscotto,
  type PosizioneSnapshot,
} from '../../../shared/domain/cruscotto/posizioneSnapshot';
import { createScadenzarioService, type ScadenzarioDeps } from './scadenzarioService';
import { createScadenzarioStore } from './scadenzarioStore';

const riga = (
  id: string,
  denominazione: string,
  facts: Partial<PosizioneSnapshot> = {},
): PosizioneSnapshot => ({
  ...emptySnapshot({ id, codiceFiscaleEnte: id.slice(0, 11), denominazione, ruolo: 'intermediario' }),
  aggiornatoAl: '2026-03-10T08:00:00.000Z',
  ultimaListaPosPA: { competenza: '2026-03', esito: 'acquisita', dataInvio: '2026-03-09' },
  ...facts,
});

const cruscotto: Cruscotto = {
  righe: [
    riga('80012345678-00001', 'Comune di Alfa', {
      pianiAmmortamento: [
        {
          id: 'PA1',
          numeroPiano: '77',
          rate: [{ numero: 2, scadenza: '2026-04-06', importo: '100.00', pagata: false }],
        },
      ],
    }),
    riga('80087654321-00001', 'Comune di Beta', {
      errore: 'Servizio INPS non raggiungibile.',
      deleghe: [{ numeroRichiesta: 'DLG-2026-000001', stato: 'attiva', scadenza: '2026-03-12' }],
    }),
  ],
  caricamento: null,
};

let dir: string;
let notified: Array<[string, string]>;
let now: Date;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scadenzario-'));
  notified = [];
  now = new Date('2026-03-10T09:00:00Z');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const service = (overrides: Partial<ScadenzarioDeps> = {}) =>
  createScadenzarioService({
    cruscotto: () => Promise.resolve(cruscotto),
    store: createScadenzarioStore(dir),
    preavvisoGiorni: () => 7,
    notify: (title, body) => notified.push([title, body]),
    now: () => now,
    ...overrides,
  });

describe('Scadenzario service', () => {
  it('lists the deadlines of every posizione with days left and the rows that failed', async () => {
    const list = await service().list();
    expect(list.oggi).toBe('2026-03-10');
    expect(list.voci.find((v) => v.kind === 'delega')).toMatchObject({ traGiorni: 2, fatta: false });
    expect(list.voci.find((v) => v.kind === 'rata')).toMatchObject({ data: '2026-04-07', traGiorni: 28 });
    expect(list.errori).toEqual([
      {
        posizioneId: '80087654321-00001',
        denominazione: 'Comune di Beta',
        errore: 'Servizio INPS non raggiungibile.',
      },
    ]);
  });

  it('keeps a "fatto" mark in the user folder, across a new service on the same folder', async () => {
    const id = 'delega:80087654321-00001:DLG-2026-000001';
    await service().markDone(id, true);
    expect((await service().list()).voci.find((v) => v.id === id)?.fatta).toBe(true);
    expect(await readFile(join(dir, 'scadenzario', 'stato.json'), 'utf8')).toContain(id);
    await service().markDone(id, false);
    expect((await service().list()).voci.find((v) => v.id === id)?.fatta).toBe(false);
  });

  it('reminds a deadline within the preavviso once a day, on the desktop too, and not when done', async () => {
    const first = await service().remind();
    expect(first.map((v) => v.kind).sort()).toEqual(['delega', 'f24ep', 'f24ep']);
    expect(notified.map(([title]) => title)).toContain('Scadenza tra 2 giorni');
    expect(await service().remind()).toEqual([]);
    now = new Date('2026-03-11T09:00:00Z');
    await service().markDone('delega:80087654321-00001:DLG-2026-000001', true);
    expect((await service().remind()).map((v) => v.kind)).toEqual(['f24ep', 'f24ep']);
  });

  it('exports an .ics that parses back: one all-day VEVENT per deadline, each with a VALARM', async () => {
    const file = await service().exportIcs({ posizioneId: '80012345678-00001' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(file.rows);
    const rata = events.map((e) => new ICAL.Event(e)).find((e) => e.summary.startsWith('Rata 2'));
    expect(rata?.startDate.toString()).toBe('2026-04-07');
    expect(rata?.startDate.isDate).toBe(true);
    expect(rata?.uid).toBe('rata:80012345678-00001:PA1:2@cassetto-enti');
    expect(rata?.description).toMatch(/Spostata dal 06\/04\/2026/);
    const alarm = rata?.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P7D');
    expect(file.fileName).toBe('scadenzario-2026-03-10.ics');
  });

  it('exports only the kinds asked for and refuses an empty export in Italian', async () => {
    const file = await service().exportIcs({ kinds: ['delega'] });
    expect(file.rows).toBe(1);
    await expect(service().exportIcs({ kinds: ['contestazione'] })).rejects.toThrow(/Nessuna scadenza/);
  });
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { createDraftStore, previousMonth, type DraftStore } from './draftStore';

let dir: string;
let store: DraftStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drafts-'));
  store = createDraftStore(dir, () => new Date('2026-02-10T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ListaPosPA drafts', () => {
  it('creates one draft per posizione and month, and refuses a second one', async () => {
    await store.create('POS1', sampleDenuncia(2, '2026-01'));
    await expect(store.create('POS1', sampleDenuncia(1, '2026-01'))).rejects.toThrow(
      'Esiste già una bozza per il mese 01/2026: aprila o eliminala.',
    );
    await store.create('POS2', sampleDenuncia(1, '2026-01'));
    expect(await store.list('POS1')).toEqual([
      {
        posizioneId: 'POS1',
        annoMese: '2026-01',
        savedAt: '2026-02-10T09:00:00.000Z',
        revision: 1,
        numeroD0: 2,
        tipo: 'ordinario',
      },
    ]);
  });

  it('saves with increasing revisions and ignores a stale autosave', async () => {
    await store.create('POS1', sampleDenuncia(1));
    const second = await store.save('POS1', sampleDenuncia(2), 1);
    expect(second.revision).toBe(2);
    const stale = await store.save('POS1', sampleDenuncia(5), 1);
    expect(stale.revision).toBe(2);
    expect((await store.open('POS1', '2026-01')).denuncia).toEqual(sampleDenuncia(2));
  });

  it('duplicates the previous month: E0 moved to the new month, V1 dropped', async () => {
    const december = sampleDenuncia(1, '2025-12');
    const d0 = december.azienda.listaPosPA.posPA[0]?.d0[0];
    if (d0?.e0[0]) d0.e0[0].giornoFine = '2025-12-31';
    d0?.v1.push({
      causaleVariazione: '6',
      giornoInizio: '2025-01-01',
      giornoFine: '2025-01-31',
      enteVersante: [],
    });
    await store.create('POS1', december);
    await store.create('POS1', sampleDenuncia(1, '2026-01'));
    await store.remove('POS1', '2026-01');
    const january = await store.duplicateFromPrevious('POS1', '2026-01');
    const copied = january.denuncia.azienda.listaPosPA.posPA[0]?.d0[0];
    expect(january.denuncia.azienda.annoMeseDenuncia).toBe('2026-01');
    expect(copied?.e0[0]).toMatchObject({ giornoInizio: '2026-01-01', giornoFine: '2026-01-31' });
    expect(copied?.v1).toEqual([]);
    await expect(store.duplicateFromPrevious('POS1', '2025-06')).rejects.toThrow(
      'Non c’è una bozza del mese precedente (2025-05) da duplicare.',
    );
  });

  it('deletes and undoes the deletion', async () => {
    await store.create('POS1', sampleDenuncia(3));
    await store.remove('POS1', '2026-01');
    expect(await store.list('POS1')).toEqual([]);
    await expect(store.open('POS1', '2026-01')).rejects.toThrow('Nessuna bozza per il mese 01/2026');
    const restored = await store.undoRemove('POS1', '2026-01');
    expect(restored.denuncia).toEqual(sampleDenuncia(3));
    expect((await store.list('POS1')).map((d) => d.annoMese)).toEqual(['2026-01']);
  });

  it('ignores and cleans the temp file of an interrupted save', async () => {
    await store.create('POS1', sampleDenuncia(1));
    const folder = join(dir, 'listapospa', 'drafts', 'POS1');
    writeFileSync(join(folder, '.2026-01.json.abcdef.tmp'), '{"torn":');
    expect((await store.list('POS1')).map((d) => d.annoMese)).toEqual(['2026-01']);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses keys that could escape the drafts folder', async () => {
    await expect(store.open('../x', '2026-01')).rejects.toThrow('Identificativo di posizione non valido');
    await expect(store.open('POS1', '2026-13')).rejects.toThrow('Mese non valido');
  });

  it('knows the previous month across years', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-10')).toBe('2026-09');
  });
});

describe('sending a draft', () => {
  const risposta = {
    id: 'POS1-L0001',
    mese: '2026-01',
    tipo: 'ordinario' as const,
    dataInvio: '2026-02-10',
    esito: 'acquisita' as const,
    numeroD0: 1,
    totaleContributi: '10.00',
    errori: [],
  };

  it('keeps the key of a pending send, so a retry repeats it, and locks the draft', async () => {
    await store.create('POS1', sampleDenuncia(1, '2026-01'));
    expect(await store.beginSend('POS1', '2026-01', 'key-1')).toBe('key-1');
    expect(await store.beginSend('POS1', '2026-01', 'key-2')).toBe('key-1');
    await expect(store.save('POS1', sampleDenuncia(2, '2026-01'))).rejects.toThrow(
      'La bozza 01/2026 è in corso di invio all’INPS: non si modifica.',
    );
    expect((await store.list('POS1'))[0]?.invio).toEqual({ stato: 'in corso' });
  });

  it('is editable again when INPS refused the request', async () => {
    await store.create('POS1', sampleDenuncia(1, '2026-01'));
    await store.beginSend('POS1', '2026-01', 'key-1');
    await store.abortSend('POS1', '2026-01');
    expect((await store.save('POS1', sampleDenuncia(2, '2026-01'))).revision).toBe(2);
  });

  it('once sent, refuses changes and another send, naming protocol and date', async () => {
    await store.create('POS1', sampleDenuncia(1, '2026-01'));
    await store.beginSend('POS1', '2026-01', 'key-1');
    await store.recordSent('POS1', '2026-01', {
      risposta,
      nomeFile: 'UNIEN2601.xml',
      sha256: 'a'.repeat(64),
    });
    const refusal =
      'La bozza 01/2026 è stata inviata all’INPS il 10/02/2026 (protocollo POS1-L0001, esito acquisita)';
    await expect(store.save('POS1', sampleDenuncia(2, '2026-01'))).rejects.toThrow(refusal);
    await expect(store.beginSend('POS1', '2026-01', 'key-2')).rejects.toThrow(refusal);
    expect((await store.list('POS1'))[0]?.invio).toEqual({
      stato: 'inviata',
      protocollo: 'POS1-L0001',
      esito: 'acquisita',
      dataInvio: '2026-02-10',
    });
  });
});

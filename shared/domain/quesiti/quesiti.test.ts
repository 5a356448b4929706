import { describe, expect, it } from 'vitest';
import { itAnswers } from '../../itAnswers.test-support';
import {
  CLASSI_QUESITO,
  addWorkingDays,
  bookingState,
  canMove,
  filterQuesiti,
  findOggetto,
  problemsOf,
  refusalOf,
  sanitiseFileName,
  sanitiseFileNames,
  subjectOf,
  type QuesitoSummary,
} from './index';

describe('taxonomy of circ. 34/2023 §3.1', () => {
  it('has the six classi with their oggetti', () => {
    expect(CLASSI_QUESITO.map((c) => c.label)).toEqual([
      'Uniemens',
      'Denunce individuali',
      'Versamenti',
      'Durc',
      'Gestione del credito',
      'Certificazioni',
    ]);
    expect(CLASSI_QUESITO.flatMap((c) => c.oggetti).length).toBe(15);
  });
  it('accepts an oggetto only under its own classe', () => {
    expect(findOggetto('VERSAMENTI', 'PAGAMENTI')?.label).toBe('Pagamenti');
    expect(findOggetto('DURC', 'PAGAMENTI')).toBeUndefined();
    expect(subjectOf('GESTIONE_CREDITO', 'ECA')).toBe(
      'Gestione del credito – Estratto conto amministrazione – ECA',
    );
    expect(subjectOf('DURC', 'DURC')).toBe('Durc');
  });
});

describe('file names', () => {
  itAnswers('drops directories and traversal: %j is %j', sanitiseFileName, {
    '../../x.pdf': 'x.pdf',
    '..\\..\\windows\\system.ini.pdf': 'system.ini.pdf',
    '/etc/passwd': 'passwd',
    '..': 'allegato',
    '.hidden.pdf': 'hidden.pdf',
  });
  it('drops trailing dots and spaces, however many, keeping the rest', () => {
    expect(sanitiseFileName('verbale.pdf. . ')).toBe('verbale.pdf');
    expect(sanitiseFileName(`a${'. '.repeat(100_000)}b${'. '.repeat(100_000)}`)).not.toMatch(/[.\s]$/);
  });
  it('removes control characters and keeps Unicode, NFC-normalised', () => {
    expect(sanitiseFileName('rel\u0000az\u001fione.pdf')).toBe('relazione.pdf');
    const decomposed = 'perche\u0301 è così.pdf';
    expect(sanitiseFileName(decomposed)).toBe('perché è così.pdf');
    expect(sanitiseFileName(decomposed).length).toBe(decomposed.normalize('NFC').length);
    expect(sanitiseFileName('a<b>:c?.pdf')).toBe('a_b__c_.pdf');
  });
  it('de-duplicates collisions, case-insensitively', () => {
    expect(sanitiseFileNames(['a/x.pdf', 'b/x.pdf', 'X.PDF'])).toEqual(['x.pdf', 'x (2).pdf', 'X (3).PDF']);
  });
  it('keeps long names within bounds with their extension', () => {
    const name = sanitiseFileName(`${'à'.repeat(300)}.pdf`);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name).toBe(`${'à'.repeat(125)}.pdf`);
    expect(new TextEncoder().encode(name).length).toBe(254);
  });
});

describe('attachment limits', () => {
  it('refuses a fourth file, a too-large one, a type not allowed, an empty one', () => {
    expect(refusalOf({ name: 'd.pdf', size: 10 }, 3)).toMatch(/al massimo 3 file/);
    expect(refusalOf({ name: 'big.pdf', size: 3 * 1024 * 1024 + 1 }, 0)).toMatch(/supera il limite di 3 MB/);
    expect(refusalOf({ name: 'virus.exe', size: 10 }, 0)).toMatch(/non è ammesso/);
    expect(refusalOf({ name: 'empty.pdf', size: 0 }, 0)).toMatch(/vuoto/);
    expect(refusalOf({ name: 'ok.pdf', size: 10 }, 2)).toBeUndefined();
  });
  it('checks a whole set as the INPS side does, names included', () => {
    expect(problemsOf([{ name: 'a.pdf', size: 1 }])).toEqual([]);
    expect(problemsOf([1, 2, 3, 4].map((n) => ({ name: `${n}.pdf`, size: 1 })))).toHaveLength(1);
    expect(problemsOf([{ name: '../a.pdf', size: 1 }])[0]).toMatch(/Nome di file non ammesso/);
  });
});

const quesito = (over: Partial<QuesitoSummary>): QuesitoSummary => ({
  id: 'q1',
  protocollo: 'INPS.7800.2026.0000001',
  posizioneId: '80012345678-00001',
  denominazione: 'Comune di Prova',
  classe: 'VERSAMENTI',
  oggetto: 'PAGAMENTI',
  oggettoLabel: 'Versamenti – Pagamenti',
  stato: 'aperta',
  esito: null,
  sede: '7800',
  dataApertura: '2026-11-02T09:00:00.000Z',
  dataAggiornamento: '2026-11-05T09:00:00.000Z',
  sogliaGiorni: 5,
  appuntamento: null,
  ...over,
});

describe('states and history search', () => {
  it('moves aperta → in carico → chiusa, never back', () => {
    expect(canMove('aperta', 'in_carico')).toBe(true);
    expect(canMove('in_carico', 'chiusa')).toBe(true);
    expect(canMove('aperta', 'chiusa')).toBe(true);
    expect(canMove('chiusa', 'in_carico')).toBe(false);
    expect(canMove('in_carico', 'aperta')).toBe(false);
  });
  it('finds by each criterion', () => {
    const list = [
      quesito({ id: 'a' }),
      quesito({
        id: 'b',
        posizioneId: '9-2',
        denominazione: 'ASL',
        oggetto: 'ECA',
        stato: 'chiusa',
        dataApertura: '2026-10-01T00:00:00Z',
        dataAggiornamento: '2026-10-20T00:00:00Z',
      }),
    ];
    const ids = (f: Parameters<typeof filterQuesiti>[1]) => filterQuesiti(list, f).map((q) => q.id);
    expect(ids({})).toEqual(['a', 'b']);
    expect(ids({ matricola: '9-2' })).toEqual(['b']);
    expect(ids({ matricola: 'comune' })).toEqual(['a']);
    expect(ids({ oggetto: 'ECA' })).toEqual(['b']);
    expect(ids({ stato: 'aperta' })).toEqual(['a']);
    expect(ids({ aperturaDal: '2026-11-02', aperturaAl: '2026-11-02' })).toEqual(['a']);
    expect(ids({ aggiornamentoAl: '2026-10-31' })).toEqual(['b']);
  });
});

describe('Agenda appuntamenti', () => {
  it('counts working days only', () => {
    // Friday 2026-11-27 + 1 working day = Monday 2026-11-30
    expect(addWorkingDays(new Date('2026-11-27T10:00:00Z'), 1).toISOString()).toBe(
      '2026-11-30T10:00:00.000Z',
    );
    expect(addWorkingDays(new Date('2026-11-23T10:00:00Z'), 5).toISOString()).toBe(
      '2026-11-30T10:00:00.000Z',
    );
  });
  it('opens after the threshold or on non accolta, not before nor on accolta', () => {
    const opened = '2026-11-23T10:00:00.000Z';
    expect(bookingState(quesito({ dataApertura: opened }), new Date('2026-11-27T10:00:00Z')).allowed).toBe(
      false,
    );
    expect(bookingState(quesito({ dataApertura: opened }), new Date('2026-11-30T10:00:00Z'))).toEqual({
      allowed: true,
      reason: 'soglia_superata',
    });
    expect(
      bookingState(
        quesito({ dataApertura: opened, stato: 'chiusa', esito: 'non_accolta' }),
        new Date(opened),
      ),
    ).toEqual({ allowed: true, reason: 'non_accolta' });
    expect(
      bookingState(
        quesito({ dataApertura: opened, stato: 'chiusa', esito: 'accolta' }),
        new Date('2027-01-01'),
      ).allowed,
    ).toBe(false);
  });
});

describe('file sizes as shown', () => {
  it('says KB (or byte) under 1 MB, never "0,0 MB"', async () => {
    const { formatFileSize } = await import('./attachments');
    expect(formatFileSize(300)).toBe('300 byte');
    expect(formatFileSize(14_000)).toBe('14 KB');
    expect(formatFileSize(2.4 * 1024 * 1024)).toBe('2,4 MB');
  });
});

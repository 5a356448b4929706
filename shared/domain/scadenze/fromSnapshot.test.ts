import { describe, expect, it } from 'vitest';
import { emptySnapshot, type PosizioneSnapshot } from '../cruscotto/posizioneSnapshot';
import { scadenzeDellaPosizione, scadenzeDi } from './fromSnapshot';

const posizione = {
  id: '80012345678-00001',
  codiceFiscaleEnte: '80012345678',
  denominazione: 'Comune di Prova',
  ruolo: 'intermediario',
} as PosizioneSnapshot['posizione'];

const letta = (facts: Partial<PosizioneSnapshot>): PosizioneSnapshot => ({
  ...emptySnapshot(posizione),
  aggiornatoAl: '2026-03-10T08:00:00.000Z',
  ultimaListaPosPA: { competenza: '2026-02', esito: 'acquisita', dataInvio: '2026-03-05' },
  ...facts,
});

const P = posizione.id;

/** An open nota, notified on 1 February, that can still be contested. */
const nota = (
  facts: Partial<PosizioneSnapshot['noteDebito'][number]>,
): PosizioneSnapshot['noteDebito'][number] => ({
  id: 'N1',
  numero: '1/2026',
  dataNotifica: '2026-02-01',
  importo: '10.00',
  stato: 'open',
  contestabile: true,
  ...facts,
});

describe('deadlines from the Cruscotto snapshot', () => {
  it('has none for a posizione never read', () => {
    expect(scadenzeDellaPosizione(emptySnapshot(posizione), '2026-03-10')).toEqual([]);
  });

  it('asks for each month with no denuncia and for the current one, with the F24 EP of this and last month', () => {
    const ids = scadenzeDellaPosizione(letta({ mesiSenzaDenuncia: ['2025-12'] }), '2026-03-10').map((s) => [
      s.id,
      s.data,
    ]);
    expect(ids).toEqual([
      [`listapospa:${P}:2025-12`, '2026-02-02'],
      [`f24ep:${P}:2026-02`, '2026-03-16'],
      [`f24ep:${P}:2026-03`, '2026-04-16'],
      [`listapospa:${P}:2026-03`, '2026-04-30'],
    ]);
  });

  it('does not ask for the contributions of a competenza the INPS already has a versamento of', () => {
    const snapshot = letta({ mesiVersati: ['2026-02'] });
    const f24 = scadenzeDellaPosizione(snapshot, '2026-03-10').filter((s) => s.kind === 'f24ep');
    expect(f24.map((s) => s.id)).toEqual([`f24ep:${P}:2026-03`]);
  });

  it('does not ask for the current month once INPS has it', () => {
    const snapshot = letta({
      ultimaListaPosPA: { competenza: '2026-03', esito: 'acquisita', dataInvio: '2026-03-09' },
    });
    expect(scadenzeDellaPosizione(snapshot, '2026-03-10').map((s) => s.kind)).not.toContain('listapospa');
  });

  it('lists open contestabili note, the rate owed and the next of each piano, active deleghe and quesiti waiting, with sources', () => {
    const snapshot = letta({
      noteDebito: [nota({}), nota({ id: 'N2', numero: '2/2026', stato: 'paid', contestabile: false })],
      pianiAmmortamento: [
        {
          id: 'PA1',
          numeroPiano: '77',
          rate: [
            { numero: 1, scadenza: '2026-02-01', importo: '100.00', pagata: false },
            { numero: 2, scadenza: '2026-03-01', importo: '100.00', pagata: true },
            { numero: 3, scadenza: '2026-04-06', importo: '100.00', pagata: false },
            { numero: 4, scadenza: '2026-05-06', importo: '100.00', pagata: false },
          ],
        },
      ],
      deleghe: [
        { numeroRichiesta: 'DLG-2026-000001', stato: 'attiva', scadenza: '2026-06-30' },
        { numeroRichiesta: 'DLG-2026-000002', stato: 'richiesta', scadenza: '2026-06-30' },
      ],
      quesitiInAttesa: [
        { id: 'Q1', protocollo: 'INPS.1', dataInvio: '2026-03-02T09:00:00Z', sogliaGiorni: null },
      ],
    });
    const scadenze = scadenzeDellaPosizione(snapshot, '2026-03-10').filter(
      (s) => s.kind !== 'f24ep' && s.kind !== 'listapospa',
    );
    // Rata 1 is owed since February, rata 3 is the next; rata 4 waits until 3 is paid.
    expect(scadenze.map((s) => [s.id, s.data])).toEqual([
      [`rata:${P}:PA1:1`, '2026-02-02'],
      [`agenda:${P}:Q1`, '2026-03-09'],
      [`rata:${P}:PA1:3`, '2026-04-07'],
      [`contestazione:${P}:N1`, '2026-05-02'],
      [`delega:${P}:DLG-2026-000001`, '2026-06-30'],
    ]);
    const rata = scadenze.find((s) => s.id === `rata:${P}:PA1:3`);
    expect(rata).toMatchObject({ dataOriginale: '2026-04-06', denominazione: 'Comune di Prova' });
    expect(rata?.spostataPer).toMatch(/Angelo/);
    expect(rata?.fonteSpostamento?.riferimento).toMatch(/70\/2011/);
    expect(scadenze.find((s) => s.kind === 'agenda')?.dati).toMatch(
      /5 giorni lavorativi \(valore predefinito\)/,
    );
    expect(scadenze.find((s) => s.kind === 'contestazione')?.fonte.riferimento).toMatch(/1779\/2019/);
  });

  it('tells the amount of a nota and of a rata as the screen does, with the thousands dot', () => {
    const snapshot = letta({
      noteDebito: [nota({ importo: '1234.56' })],
      pianiAmmortamento: [
        {
          id: 'PA1',
          numeroPiano: '77',
          rate: [{ numero: 1, scadenza: '2026-04-06', importo: '25000.00', pagata: false }],
        },
      ],
    });
    const dati = scadenzeDellaPosizione(snapshot, '2026-03-10').map((s) => s.dati);
    expect(dati).toContain(
      'Nota di debito n. 1/2026 di 1.234,56 €, notificata (emessa) il 01/02/2026, ancora aperta.',
    );
    expect(dati).toContain(
      'Piano n. 77: rata 1 di 25.000,00 € non pagata, scadenza indicata dall’INPS 06/04/2026.',
    );
  });

  it('merges posizioni by date', () => {
    const other = { ...letta({}), posizione: { ...posizione, id: 'B-00001', denominazione: 'Ente B' } };
    const all = scadenzeDi([letta({}), other], '2026-03-10');
    expect(all.map((s) => s.data)).toEqual([...all.map((s) => s.data)].sort());
    expect(new Set(all.map((s) => s.posizioneId))).toEqual(new Set([P, 'B-00001']));
  });
});

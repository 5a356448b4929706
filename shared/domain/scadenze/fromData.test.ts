import { describe, expect, it } from 'vitest';
import { competenzeControllate, scadenzeDellaPosizione, type DatiPosizione } from './fromData';

const vuota: DatiPosizione = {
  posizioneId: 'P1',
  denominazione: 'Comune di Prova',
  denunce: [],
  versamenti: [],
  noteDebito: [],
  piani: [],
  deleghe: [],
  quesiti: [],
};

describe('scadenzeDellaPosizione', () => {
  it('looks at the last 12 competenze and the current one', () => {
    const mesi = competenzeControllate('2026-01-15');
    expect(mesi[0]).toBe('2025-01');
    expect(mesi.at(-1)).toBe('2026-01');
    expect(mesi).toHaveLength(13);
  });

  it('asks for the ListaPosPA and the F24 EP of a month only while INPS has neither', () => {
    const dati: DatiPosizione = {
      ...vuota,
      denunce: [
        { mese: '2025-11', tipo: 'ordinario', esito: 'acquisita' },
        { mese: '2025-10', tipo: 'ordinario', esito: 'scartata' },
      ],
      versamenti: [{ periodo: '2025-11', canale: 'F24 EP' }],
    };
    const ids = scadenzeDellaPosizione(dati, '2026-01-15').map((s) => s.id);
    expect(ids).not.toContain('listapospa:P1:2025-11');
    expect(ids).not.toContain('f24ep:P1:2025-11');
    expect(ids).toContain('listapospa:P1:2025-10');
    expect(ids).toContain('f24ep:P1:2025-10');
  });

  it('gives each deadline its source, its data and the shift rule when it moved', () => {
    const found = scadenzeDellaPosizione(vuota, '2025-11-20').find((s) => s.id === 'f24ep:P1:2025-10');
    expect(found).toMatchObject({
      data: '2025-11-17',
      dataOriginale: '2025-11-16',
      spostataPer: 'domenica',
      denominazione: 'Comune di Prova',
    });
    expect(found?.fonte.riferimento).toMatch(/241\/1997/);
    expect(found?.fonteSpostamento?.riferimento).toMatch(/70\/2011/);
    expect(found?.dati).toMatch(/10\/2025/);
  });

  it('lists open contestazioni, unpaid rate, active deleghe and unanswered quesiti, oldest first', () => {
    const dati: DatiPosizione = {
      ...vuota,
      denunce: competenzeControllate('2026-03-10').map((mese) => ({
        mese,
        tipo: 'ordinario',
        esito: 'acquisita',
      })),
      versamenti: competenzeControllate('2026-03-10').map((periodo) => ({ periodo, canale: 'F24 EP' })),
      noteDebito: [
        {
          id: 'N1',
          numero: '1/2026',
          tipo: 'regolarizzazione contributiva',
          dataEmissione: '2026-02-01',
          stato: 'notificata',
        },
        {
          id: 'N2',
          numero: '2/2026',
          tipo: 'regolarizzazione contributiva',
          dataEmissione: '2026-02-01',
          stato: 'pagata',
        },
        {
          id: 'N3',
          numero: '3/2026',
          tipo: 'sistemazione contributiva',
          dataEmissione: '2026-02-01',
          stato: 'notificata',
        },
      ],
      piani: [
        {
          id: 'PA1',
          numeroPiano: '77',
          codiceFiscaleLavoratore: 'RSSMRA80A01H501U',
          rate: [
            { numero: 1, scadenza: '2026-03-01', importo: '100.00', stato: 'pagata' },
            { numero: 2, scadenza: '2026-04-06', importo: '100.00', stato: 'da pagare' },
          ],
        },
      ],
      deleghe: [
        { numeroRichiesta: 'D1', stato: 'attiva', dataFine: '2026-06-30' },
        { numeroRichiesta: 'D2', stato: 'revocata', dataFine: '2026-05-30' },
      ],
      quesiti: [
        {
          id: 'Q1',
          protocollo: 'INPS.1',
          oggettoLabel: 'Note di debito',
          stato: 'aperta',
          dataApertura: '2026-03-02T09:00:00Z',
          sogliaGiorni: 5,
        },
        {
          id: 'Q2',
          protocollo: 'INPS.2',
          oggettoLabel: 'Durc',
          stato: 'chiusa',
          dataApertura: '2026-03-02T09:00:00Z',
          sogliaGiorni: 5,
        },
      ],
    };
    const scadenze = scadenzeDellaPosizione(dati, '2026-03-10');
    expect(scadenze.map((s) => [s.id, s.data])).toEqual([
      ['agenda:P1:Q1', '2026-03-09'],
      ['rata:P1:PA1:2', '2026-04-07'],
      ['contestazione:P1:N1', '2026-05-02'],
      ['delega:P1:D1', '2026-06-30'],
    ]);
    expect(scadenze.find((s) => s.kind === 'rata')?.spostataPer).toMatch(/Angelo/);
  });
});

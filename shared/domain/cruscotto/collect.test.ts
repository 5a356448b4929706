import { describe, expect, it } from 'vitest';
import type { Denuncia, NotaDiDebito, Versamento } from '../sezioni/schemas';
import { collectSnapshot, countsOf, mesiSenzaDenuncia, ultimaListaPosPA, ultimiDodiciMesi } from './collect';
import { emptySnapshot } from './posizioneSnapshot';

const denuncia = (mese: string, dataInvio: string, esito: Denuncia['esito'] = 'acquisita'): Denuncia => ({
  id: `D-${mese}-${dataInvio}`,
  mese,
  tipo: 'ordinario',
  dataInvio,
  esito,
  numeroD0: 1,
  totaleContributi: '1.00',
  errori: [],
});

const posizione = {
  id: '82001450343-00001',
  codiceFiscaleEnte: '82001450343',
  denominazione: 'Comune di Borgo San Vitale',
  ruolo: 'intermediario' as const,
};

describe('Cruscotto facts of a posizione', () => {
  it('the last twelve months run back across the new year, oldest first', () => {
    expect(ultimiDodiciMesi('2026-01-15')).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
  });

  it('a month whose only denuncia was scartata counts as without denuncia', () => {
    const denunce = ultimiDodiciMesi('2026-03-10').map((mese) => denuncia(mese, `${mese}-20`));
    denunce[4] = denuncia('2025-07', '2025-08-16', 'scartata');
    denunce.splice(10, 1); // 2026-01 never sent
    expect(mesiSenzaDenuncia(denunce, '2026-03-10')).toEqual(['2025-07', '2026-01']);
  });

  it('the last ListaPosPA is the latest sent, whatever its competenza', () => {
    const last = ultimaListaPosPA([
      denuncia('2026-02', '2026-03-14'),
      denuncia('2025-06', '2026-03-20', 'acquisita con errori'),
      denuncia('2026-01', '2026-02-16'),
    ]);
    expect(last).toEqual({ competenza: '2025-06', esito: 'acquisita con errori', dataInvio: '2026-03-20' });
  });

  it('counts open note with their days left to contest, deleghe within 60 days, rate due within 30', () => {
    const nota = (id: string, stato: NotaDiDebito['stato'], dataEmissione: string): NotaDiDebito => ({
      id,
      numero: id,
      tipo: 'regolarizzazione contributiva',
      dataEmissione,
      scadenza: dataEmissione,
      periodo: '2026-01',
      gestione: 'CPDEL',
      importo: '10.00',
      stato,
      lavoratori: [],
      contestabile: stato === 'notificata',
    });
    const versamento = (canale: Versamento['canale'], periodo: string): Versamento => ({
      id: `${canale}-${periodo}`,
      dataVersamento: `${periodo}-16`,
      canale,
      causale: 'P101',
      gestione: 'CPDEL',
      periodo,
      importo: '100.00',
      sede: 'Roma',
      estremi: '',
    });
    const snapshot = collectSnapshot({
      posizione,
      denunce: [],
      noteDebito: [
        nota('N1', 'notificata', '2026-10-01'),
        nota('N2', 'notificata', '2026-09-10'),
        nota('N3', 'annullata', '2026-09-10'),
        nota('N4', 'contestata', '2026-09-10'),
      ],
      noteDebitoEca: [],
      piani: [
        {
          id: 'P1',
          numeroPiano: '1',
          tipo: '11',
          beneficio: 'pensione',
          codiceFiscaleLavoratore: 'X',
          periodo: '2026-01',
          rateTotali: 4,
          ratePagate: 1,
          importoRata: '5.00',
          prossimaScadenza: '2026-12-16',
          residuo: '10.00',
          stato: 'IN CORSO REGOLARE',
          rate: [
            { numero: 1, scadenza: '2026-10-16', importo: '5.00', stato: 'scaduta' },
            { numero: 2, scadenza: '2026-11-16', importo: '5.00', stato: 'pagata' },
            { numero: 3, scadenza: '2026-12-16', importo: '5.00', stato: 'da pagare' },
            { numero: 4, scadenza: '2027-01-16', importo: '5.00', stato: 'da pagare' },
          ],
        },
      ],
      deleghe: [
        { posizioneId: posizione.id, numeroRichiesta: 'R1', stato: 'attiva', dataFine: '2027-01-20' },
        { posizioneId: posizione.id, numeroRichiesta: 'R2', stato: 'attiva', dataFine: '2027-06-30' },
        { posizioneId: 'altra', numeroRichiesta: 'R3', stato: 'attiva', dataFine: '2026-12-31' },
      ] as never,
      quesiti: [],
      versamenti: [
        versamento('F24 EP', '2026-10'),
        versamento('F24 EP', '2026-10'),
        versamento('F24', '2026-09'),
        versamento('F24 EP', '2024-05'),
      ],
      bozzeNonInviate: ['2026-11'],
      oggi: '2026-11-30',
      aggiornatoAl: '2026-11-30T10:00:00.000Z',
    });
    expect(snapshot.noteDebito.map((n) => n.stato)).toEqual(['open', 'open', 'contested']);
    // October paid by F24 EP (two gestioni), September by F24; May 2024 is too old to keep.
    expect(snapshot.mesiVersati).toEqual(['2026-09', '2026-10']);
    expect(countsOf(snapshot, '2026-11-30')).toEqual({
      bozze: 1,
      mesiSenzaDenuncia: 12,
      noteAperte: 2,
      // N2: notified 10 September, its 90 days end on 9 December.
      giorniPerContestare: 9,
      ecaAperte: 0,
      // October's rata is owed already; December's falls due within 30 days; January's not yet.
      rateScadute: 1,
      rateInScadenza: 1,
      delegheInScadenza: 1,
      quesitiInAttesa: 0,
    });
    expect(countsOf(emptySnapshot(posizione), '2026-11-30').giorniPerContestare).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Denuncia } from './model';
import { allD0 } from './model';
import { reviewMonth } from './monthReview';
import { sampleCfPersona, sampleDenuncia } from './sample';

const january = () => sampleDenuncia(4, '2026-01');
const february = () => sampleDenuncia(4, '2026-02');
const worker = (denuncia: Denuncia, index: number) => {
  const d0 = allD0(denuncia)[index];
  if (!d0) throw new Error(`no worker ${index}`);
  return d0;
};
const e0 = (denuncia: Denuncia, index: number) => {
  const first = worker(denuncia, index).e0[0];
  if (!first) throw new Error('no E0');
  return first;
};

describe('month-over-month review', () => {
  it('finds nothing between two months of the same workers and pay', () => {
    const review = reviewMonth(february(), january(), 20);
    expect(review).toMatchObject({ workersBefore: 4, workersNow: 4, added: [], ceased: [], changed: [] });
  });

  it('names the workers added and ceased by codice fiscale, the added with their place in the draft', () => {
    const now = february();
    const d0 = now.azienda.listaPosPA.posPA[0]?.d0 ?? [];
    d0.splice(1, 1);
    d0.push({ ...worker(now, 0), cfLavoratore: sampleCfPersona(77), cognome: 'NUOVO', nome: 'ASSUNTO' });
    const review = reviewMonth(now, january(), 20);
    expect(review.added).toEqual([{ cf: sampleCfPersona(77), nominativo: 'NUOVO ASSUNTO', index: 3 }]);
    expect(review.ceased).toEqual([{ cf: sampleCfPersona(1), nominativo: 'COGNOME1 NOME1' }]);
  });

  it('reports an imponibile changed by more than the threshold, not one within it', () => {
    const now = february();
    e0(now, 0).gestioni.pensionistica!.imponibile = '2500.00'; // +25%
    e0(now, 1).gestioni.pensionistica!.imponibile = '2300.00'; // +15%
    e0(now, 2).gestioni.pensionistica!.imponibile = '1500.00'; // -25%
    const review = reviewMonth(now, january(), 20);
    expect(review.changed.map((w) => [w.index, w.changes])).toEqual([
      [0, [{ field: 'imponibile', before: '2000.00', after: '2500.00', percent: '+25.0' }]],
      [2, [{ field: 'imponibile', before: '2000.00', after: '1500.00', percent: '-25.0' }]],
    ]);
    // The same change with a threshold of 30% is not told.
    expect(reviewMonth(now, january(), 30).changed).toEqual([]);
  });

  it('reports a change of cassa, of the other gestioni, of qualifica and of part-time', () => {
    const now = february();
    e0(now, 0).gestioni.pensionistica!.codGestione = '1';
    delete e0(now, 1).gestioni.credito;
    e0(now, 2).inquadramento.qualifica = '057000';
    e0(now, 3).inquadramento.partTimePA = { tipoPartTime: 'P', percPartTime: '50' };
    const review = reviewMonth(now, january(), 20);
    expect(review.changed.map((w) => [w.index, w.changes])).toEqual([
      [0, [{ field: 'cassa', before: '2', after: '1' }]],
      [1, [{ field: 'gestioni', before: '6 TFS, 9', after: '6 TFS' }]],
      [2, [{ field: 'qualifica', before: '056000', after: '057000' }]],
      [3, [{ field: 'partTime', before: 'tempo pieno', after: 'P 50%' }]],
    ]);
  });

  it('sums imponibile and contributo per gestione, before and now side by side', () => {
    const now = february();
    e0(now, 0).gestioni.pensionistica!.imponibile = '3000.00';
    e0(now, 0).gestioni.pensionistica!.contributo = '979.50';
    const review = reviewMonth(now, january(), 20);
    expect(review.totals).toEqual([
      {
        codGestione: '2',
        imponibilePrima: '8000.00',
        imponibileOra: '9000.00',
        contributoPrima: '2612.00',
        contributoOra: '2938.50',
      },
      {
        codGestione: '6',
        imponibilePrima: '6400.00',
        imponibileOra: '6400.00',
        contributoPrima: '390.40',
        contributoOra: '390.40',
      },
      {
        codGestione: '9',
        imponibilePrima: '8000.00',
        imponibileOra: '8000.00',
        contributoPrima: '28.00',
        contributoOra: '28.00',
      },
    ]);
  });

  it('tells an imponibile from zero whatever the threshold', () => {
    const before = january();
    e0(before, 0).gestioni.pensionistica!.imponibile = '0.00';
    expect(reviewMonth(february(), before, 20).changed[0]?.changes).toEqual([
      { field: 'imponibile', before: '0.00', after: '2000.00' },
    ]);
  });
});

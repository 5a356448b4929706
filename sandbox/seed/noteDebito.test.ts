/** The seeded note di debito on any date: the recent ones can be contested, none is in the future. */
import { describe, expect, it } from 'vitest';
import { entroTermineContestazione } from '../../shared/domain/sezioni';
import { POSIZIONI } from './enti';
import { generateNoteDebito } from './sezioni';

describe('seeded note di debito', () => {
  it.each(['2026-11-30', '2027-03-01', '2031-08-15'])(
    'as of %s: dated before it, the notificata ones within their term',
    (oggi) => {
      let open = 0;
      for (const posizione of POSIZIONI) {
        for (const nota of generateNoteDebito(posizione, oggi)) {
          expect(nota.dataEmissione < oggi).toBe(true);
          const withinTerm = entroTermineContestazione(nota.dataEmissione, oggi);
          expect(withinTerm).toBe(nota.stato === 'notificata');
          if (withinTerm && nota.tipo === 'regolarizzazione contributiva') open++;
        }
      }
      expect(open).toBeGreaterThan(0);
    },
  );

  it('are the same notes for the same day', () => {
    const [posizione] = POSIZIONI;
    expect(generateNoteDebito(posizione!, '2027-01-10')).toEqual(
      generateNoteDebito(posizione!, '2027-01-10'),
    );
  });
});

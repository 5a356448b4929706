/**
 * The seeded sections on any date: the same rows, moved so that the last denuncia is of the
 * month just ended, nothing is dated after the sandbox's today and only rate already due are
 * settled. Before, they stopped at December 2025 whatever the day (every posizione "10 mesi
 * senza denuncia" in November 2026, hundreds of rate "scadute" since January).
 */
import { describe, expect, it } from 'vitest';
import { ultimiDodiciMesi } from '../../shared/domain/cruscotto/collect';
import { POSIZIONI } from './enti';
import { dayBefore, shiftMonths } from './frame';
import { seededPosizioni, aYearOf } from './seededPosizioni';
import {
  generateDenunce,
  generateNoteDebitoEca,
  generateNoteRettifica,
  generatePiani,
  generateVersamenti,
} from './sezioni';

const DAYS = ['2026-11-30', '2027-03-01', '2031-08-15'];
const meseOf = (iso: string) => iso.slice(0, 7);

describe.each(DAYS)('seeded sections as of %s', (oggi) => {
  const meseScorso = shiftMonths(meseOf(oggi), -1);
  const ieri = dayBefore(oggi);

  it('every posizione has its ordinario for the month just ended, and five years of months', () => {
    for (const posizione of POSIZIONI) {
      const denunce = generateDenunce(posizione, oggi);
      const mesi = [...new Set(denunce.map((d) => d.mese))].sort();
      expect(mesi).toHaveLength(60);
      expect(mesi.at(-1)).toBe(meseScorso);
      expect(mesi[0]).toBe(shiftMonths(meseScorso, -59));
      for (const mese of ultimiDodiciMesi(oggi))
        expect(denunce.some((d) => d.mese === mese && d.tipo === 'ordinario')).toBe(true);
    }
  });

  it('dates nothing that happened after the day before it', () => {
    for (const posizione of POSIZIONI) {
      for (const d of generateDenunce(posizione, oggi)) expect(d.dataInvio <= ieri).toBe(true);
      for (const v of generateVersamenti(posizione, oggi)) {
        expect(v.dataVersamento <= ieri).toBe(true);
        expect(v.periodo <= meseScorso).toBe(true);
      }
      for (const n of generateNoteRettifica(posizione, oggi)) expect(n.dataEmissione <= ieri).toBe(true);
      for (const eca of generateNoteDebitoEca(posizione, oggi))
        expect((eca.dataVersamento ?? ieri) <= ieri).toBe(true);
    }
  });

  it('settles a rata only when its day is before it, and has rate still to pay after it', () => {
    let daPagare = 0;
    for (const posizione of POSIZIONI) {
      for (const piano of generatePiani(posizione, oggi)) {
        for (const rata of piano.rate) {
          expect(rata.stato === 'da pagare').toBe(rata.scadenza >= oggi);
          if (rata.stato === 'da pagare') daPagare++;
        }
        expect(piano.prossimaScadenza === null || piano.prossimaScadenza >= oggi).toBe(true);
      }
    }
    expect(daPagare).toBeGreaterThan(0);
  });

  it('gives a seeded posizione of --seed-posizioni the twelve months just ended', () => {
    const [posizione] = seededPosizioni(1);
    const mesi = new Set(aYearOf('dma', generateDenunce(posizione!, oggi), oggi).map((d) => d.mese));
    expect([...mesi].sort()).toEqual(ultimiDodiciMesi(oggi));
  });
});

describe('seeded sections on two days', () => {
  it('are the same rows, counts and amounts, only moved in time', () => {
    const [early, late] = ['2026-11-30', '2031-08-15'];
    const amounts = <T>(rows: T[], pick: (row: T) => unknown) => rows.map(pick);
    for (const posizione of POSIZIONI) {
      expect(
        amounts(generateDenunce(posizione, early!), (d) => [d.tipo, d.esito, d.totaleContributi]),
      ).toEqual(amounts(generateDenunce(posizione, late!), (d) => [d.tipo, d.esito, d.totaleContributi]));
      expect(amounts(generateVersamenti(posizione, early), (v) => v.importo)).toEqual(
        amounts(generateVersamenti(posizione, late), (v) => v.importo),
      );
      expect(amounts(generateNoteRettifica(posizione, early), (n) => [n.importo, n.stato])).toEqual(
        amounts(generateNoteRettifica(posizione, late), (n) => [n.importo, n.stato]),
      );
      const rate = (oggi: string) =>
        generatePiani(posizione, oggi).map((p) => [p.tipo, p.rateTotali, p.importoRata, p.rate.length]);
      expect(rate(early!)).toEqual(rate(late!));
    }
  });
});

import { quadroRule } from './quadroRule';
import type { D0Rule } from './rules';

/**
 * Rules on the quadri that carry no INPS code known to us (E1, F1, DatiSedeLavoro): our own
 * codes, so that the editor shows these mistakes under the field while typing instead of as an
 * XSD error at export. The formats are those of the reconstructed XSD (docs/uniemens.md §2.3).
 */

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const isAnnoMese = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
const isPositiveInteger = (value: string) => /^\d{1,6}$/.test(value) && Number(value) > 0;

export const QUADRI_RULES: readonly D0Rule[] = [
  quadroRule('e1', { name: 'e1Fondo', code: 'CE040', severity: 'bloccante' }, (e1, at, emit) => {
    if (!/^\d{1,3}$/.test(e1.codFondo)) {
      emit(`${at}.codFondo`, 'Indica il CodFondo del fondo complementare (fino a 3 cifre).');
    }
    if (!isIsoDate(e1.dataInizioPeriodo)) {
      emit(`${at}.dataInizioPeriodo`, 'DataInizioPeriodo non è una data valida (AAAA-MM-GG).');
    }
    if (!isIsoDate(e1.dataFinePeriodo)) {
      emit(`${at}.dataFinePeriodo`, 'DataFinePeriodo non è una data valida (AAAA-MM-GG).');
    } else if (isIsoDate(e1.dataInizioPeriodo) && e1.dataFinePeriodo < e1.dataInizioPeriodo) {
      emit(`${at}.dataFinePeriodo`, 'DataFinePeriodo precede DataInizioPeriodo.');
    }
  }),
  quadroRule('f1', { name: 'f1Rata', code: 'CE041', severity: 'bloccante' }, (f1, at, emit) => {
    if (!isAnnoMese(f1.annoMeseRif)) {
      emit(`${at}.annoMeseRif`, 'AnnoMeseRif va scritto AAAA-MM.');
    }
    if (!isPositiveInteger(f1.totaleRate)) {
      emit(`${at}.totaleRate`, 'TotaleRate è il numero delle rate del piano, un intero maggiore di zero.');
    }
    if (!isPositiveInteger(f1.prgRata)) {
      emit(`${at}.prgRata`, 'PrgRata è il numero della rata, un intero maggiore di zero.');
    } else if (isPositiveInteger(f1.totaleRate) && Number(f1.prgRata) > Number(f1.totaleRate)) {
      emit(`${at}.prgRata`, `La rata ${f1.prgRata} supera il totale delle rate (${f1.totaleRate}).`);
    }
  }),
  {
    name: 'sedeLavoro',
    code: 'CE042',
    severity: 'bloccante',
    check(d0, _context, path, emit) {
      const sede = d0.datiSedeLavoro;
      if (!sede) return;
      if (!/^[A-Z]\d{3}$/.test(sede.codiceComune)) {
        emit(
          `${path}.datiSedeLavoro.codiceComune`,
          'CodiceComune è il codice catastale del comune: una lettera e tre cifre (es. H501).',
        );
      }
      if (!/^\d{5}$/.test(sede.cap)) {
        emit(`${path}.datiSedeLavoro.cap`, 'Il CAP della sede di lavoro ha cinque cifre.');
      }
    },
  },
];

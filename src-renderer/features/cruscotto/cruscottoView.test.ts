import { describe, expect, it } from 'vitest';
import { emptySnapshot, type PosizioneSnapshot } from '../../../shared/domain/cruscotto/posizioneSnapshot';
import { aggiornatoAl, cruscottoRows } from './cruscottoView';

const row = (denominazione: string, changes: Partial<PosizioneSnapshot> = {}): PosizioneSnapshot => ({
  ...emptySnapshot({
    id: `${denominazione.length}0000000000-00001`,
    codiceFiscaleEnte: '80000000000',
    denominazione,
    ruolo: 'intermediario',
  }),
  ...changes,
});

const righe = [
  row('Comune di Zeri', { mesiSenzaDenuncia: ['2026-01'], aggiornatoAl: '2026-11-30T09:00:00Z' }),
  row('Comune di Arzana', { aggiornatoAl: '2026-11-30T08:00:00Z' }),
  row('Comune di Bema', { mesiSenzaDenuncia: ['2026-01'], errore: 'Non raggiungibile' }),
];
const oggi = '2026-11-30';
const names = (rows: ReturnType<typeof cruscottoRows>) => rows.map((r) => r.snapshot.posizione.denominazione);

describe('Cruscotto view', () => {
  it('puts the posizioni with most to do first, ties by name', () => {
    expect(names(cruscottoRows(righe, { testo: '', mostra: 'tutte', ordine: 'urgenza' }, oggi))).toEqual([
      'Comune di Bema',
      'Comune di Zeri',
      'Comune di Arzana',
    ]);
  });

  it('filters by text, by something to do, by errors', () => {
    expect(names(cruscottoRows(righe, { testo: 'zeri', mostra: 'tutte', ordine: 'urgenza' }, oggi))).toEqual([
      'Comune di Zeri',
    ]);
    expect(
      names(cruscottoRows(righe, { testo: '', mostra: 'da-fare', ordine: 'denominazione' }, oggi)),
    ).toEqual(['Comune di Bema', 'Comune di Zeri']);
    expect(names(cruscottoRows(righe, { testo: '', mostra: 'errori', ordine: 'urgenza' }, oggi))).toEqual([
      'Comune di Bema',
    ]);
  });

  it('the table is as of its least recent row; a row never read first when sorting by it', () => {
    expect(aggiornatoAl(righe)).toBe('2026-11-30T08:00:00Z');
    expect(
      names(cruscottoRows(righe, { testo: '', mostra: 'tutte', ordine: 'aggiornamento' }, oggi))[0],
    ).toBe('Comune di Bema');
  });
});

import { describe, expect, it } from 'vitest';
import type { D0, Gestioni, Periodo, V1 } from '../../../shared/domain/listapospa/model';
import { sampleD0 } from '../../../shared/domain/listapospa/sample';
import {
  GESTIONE_SPECS,
  lastDay,
  newEnteVersante,
  previousMonth,
  setCodMotivoUtilizzo,
  setDescrMotivo,
  setGestioneCode,
  setGestioneField,
  setImponibileDaRetribuzioneUtile,
  setPrevidenzialeTipo,
  setSedeLavoro,
  showExtras,
} from './quadri';

const v1 = (): V1 => ({
  causaleVariazione: '7',
  codMotivoUtilizzo: '3',
  giornoInizio: '2025-11-01',
  giornoFine: '2025-11-30',
  gestioni: { pensionistica: { codGestione: '5', imponibile: '100.00', contributo: '32.65' } },
  enteVersante: [],
});
const periodo = (gestioni: Gestioni): Periodo => ({
  giornoInizio: '2026-01-01',
  giornoFine: '2026-01-31',
  gestioni,
});
const spec = (key: string) => GESTIONE_SPECS.find((s) => s.key === key)!;

describe('worker form edits of the model', () => {
  it('has one gestione spec per gestione of the model, with the codes of the code table', () => {
    expect(GESTIONE_SPECS.map((s) => [s.key, s.codes])).toEqual([
      ['pensionistica', ['1', '2', '3', '4', '5']],
      ['previdenziale', ['6', '7']],
      ['credito', ['9']],
      ['enpdep', ['8']],
      ['enam', ['11']],
    ]);
  });

  it('creates a gestione from its code with zero amounts, changes the code, removes it', () => {
    const g: Gestioni = {};
    setGestioneCode(g, 'enam', '11');
    expect(g.enam).toEqual({ codGestione: '11', imponibile: '0.00', contributo: '0.00' });
    setGestioneCode(g, 'previdenziale', '7');
    expect(g.previdenziale).toEqual({
      codGestione: '7',
      tipo: 'TFS',
      imponibile: '0.00',
      contributo: '0.00',
    });
    setGestioneField(g, 'previdenziale', 'imponibile', '10.00');
    setGestioneCode(g, 'previdenziale', '6');
    expect(g.previdenziale?.imponibile).toBe('10.00');
    setGestioneCode(g, 'enam', undefined);
    expect(g).not.toHaveProperty('enam');
  });

  it('keeps the TFR "ulteriori elementi" only under TFR, and shows them there', () => {
    const g: Gestioni = {};
    setGestioneCode(g, 'previdenziale', '6');
    expect(showExtras(spec('previdenziale'), periodo(g))).toBe(false);
    setPrevidenzialeTipo(g, 'TFR');
    expect(showExtras(spec('previdenziale'), periodo(g))).toBe(true);
    setGestioneField(g, 'previdenziale', 'imponibileTFRUlterioriElem', '50.00');
    setGestioneField(g, 'previdenziale', 'contributoTFRUlterioriElem', '3.45');
    setPrevidenzialeTipo(g, 'TFS');
    expect(g.previdenziale).toEqual({
      codGestione: '6',
      tipo: 'TFS',
      imponibile: '0.00',
      contributo: '0.00',
    });
  });

  it('shows optional fields that hold a value even when their condition does not hold', () => {
    const g: Gestioni = {
      previdenziale: {
        codGestione: '6',
        tipo: 'TFS',
        imponibile: '0.00',
        contributo: '0.00',
        imponibileTFRUlterioriElem: '1.00',
      },
    };
    expect(showExtras(spec('previdenziale'), periodo(g))).toBe(true);
  });

  it('shows the rare pensionistica fields on demand, for a giornaliero, or when one has a finding', () => {
    const g: Gestioni = { pensionistica: { codGestione: '2', imponibile: '0.00', contributo: '0.00' } };
    const p = periodo(g);
    const pens = spec('pensionistica');
    expect(showExtras(pens, p)).toBe(false);
    expect(showExtras(pens, p, true)).toBe(true);
    expect(showExtras(pens, { ...p, inquadramento: { tipoImpiego: '2', tipoServizio: '4' } })).toBe(true);
    expect(showExtras(pens, p, false, ['x.e0[0].gestioni.pensionistica.contrib1PerCento'])).toBe(true);
    expect(showExtras(pens, p, false, ['x.e0[0].gestioni.pensionistica.imponibile'])).toBe(false);
  });

  it('clears an optional gestione field when emptied', () => {
    const g: Gestioni = { pensionistica: { codGestione: '2', imponibile: '0.00', contributo: '0.00' } };
    setGestioneField(g, 'pensionistica', 'giorniUtiliFiniPensionistici', '12');
    expect(g.pensionistica?.giorniUtiliFiniPensionistici).toBe('12');
    setGestioneField(g, 'pensionistica', 'giorniUtiliFiniPensionistici', '');
    expect(g.pensionistica).not.toHaveProperty('giorniUtiliFiniPensionistici');
  });

  it('keeps DatiSedeLavoro while one of its fields is filled', () => {
    const d0: D0 = sampleD0(1);
    delete d0.datiSedeLavoro;
    setSedeLavoro(d0, 'codiceComune', 'h501');
    expect(d0.datiSedeLavoro).toEqual({ codiceComune: 'H501', cap: '' });
    setSedeLavoro(d0, 'cap', '00184');
    setSedeLavoro(d0, 'codiceComune', '');
    expect(d0.datiSedeLavoro).toEqual({ codiceComune: '', cap: '00184' });
    setSedeLavoro(d0, 'cap', ' ');
    expect(d0).not.toHaveProperty('datiSedeLavoro');
  });

  it('keeps DescrMotivoUtilizzo while a field is filled, and drops it with the motivo', () => {
    const v = v1();
    setDescrMotivo(v, 'identAtto', 'Sentenza 12/2025');
    expect(v.descrMotivoUtilizzo).toEqual({ dataAtto: '', identAtto: 'Sentenza 12/2025' });
    setDescrMotivo(v, 'dataAtto', '2025-10-15');
    setDescrMotivo(v, 'identAtto', '');
    expect(v.descrMotivoUtilizzo).toEqual({ dataAtto: '2025-10-15' });
    setDescrMotivo(v, 'identAtto', 'X');
    setCodMotivoUtilizzo(v, undefined);
    expect(v).not.toHaveProperty('codMotivoUtilizzo');
    expect(v).not.toHaveProperty('descrMotivoUtilizzo');
  });

  it('starts an EnteVersante row with the cassa, the ente and the month of the period', () => {
    expect(newEnteVersante(v1(), '80012345678', '00001')).toEqual({
      tipoContributo: '3',
      cfAzienda: '80012345678',
      prgAzienda: '00001',
      imponibile: '0.00',
      contributo: '0.00',
      annoMeseErogazione: '2025-11',
      aliquota: '2',
    });
  });

  it('knows the last day of a month and the month before', () => {
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2026-04')).toBe('2026-04-30');
    expect(previousMonth('2026-01')).toBe('2025-12');
  });
});

describe('retribuzione utile help', () => {
  it('sets ImponibileTFS to 80% of the retribuzione utile typed, nothing else', () => {
    const gestioni: Gestioni = {
      previdenziale: { codGestione: '6', tipo: 'TFS', imponibile: '0.00', contributo: '0.00' },
    };
    setImponibileDaRetribuzioneUtile(gestioni, '975.00');
    expect(gestioni.previdenziale).toEqual({
      codGestione: '6',
      tipo: 'TFS',
      imponibile: '780.00',
      contributo: '0.00',
    });
    const none: Gestioni = {};
    setImponibileDaRetribuzioneUtile(none, '975.00');
    expect(none).toEqual({});
  });
});

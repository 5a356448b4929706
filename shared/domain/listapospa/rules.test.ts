import { describe, expect, it } from 'vitest';
import type { D0, Denuncia, V1 } from './model';
import { D0_RULES, DENUNCIA_RULES, contextOf, hasBlocking, validateD0, validateDenuncia } from './rules';
import { SAMPLE_CF_ENTE, sampleDenuncia, sampleE1, sampleF1, sampleInquadramento } from './sample';

/**
 * One test per rule: a valid denuncia gives no finding; a mutation that breaks exactly that rule
 * gives its code at the field's path. Removing the rule makes its test fail.
 */

const D0_PATH = 'azienda.listaPosPA.posPA[0].d0[0]';

function v1(overrides: Partial<V1> = {}): V1 {
  return {
    causaleVariazione: '5',
    giornoInizio: '2025-12-01',
    giornoFine: '2025-12-31',
    inquadramento: sampleInquadramento(),
    gestioni: {
      pensionistica: { codGestione: '2', imponibile: '1000.00', contributo: '326.50' },
      previdenziale: { codGestione: '6', tipo: 'TFS', imponibile: '800.00', contributo: '48.80' },
      credito: { codGestione: '9', imponibile: '1000.00', contributo: '3.50' },
    },
    enteVersante: [
      {
        tipoContributo: '1',
        cfAzienda: SAMPLE_CF_ENTE,
        prgAzienda: '00000',
        imponibile: '1000.00',
        contributo: '326.50',
        annoMeseErogazione: '2025-12',
        aliquota: '2',
      },
      {
        tipoContributo: '9',
        cfAzienda: SAMPLE_CF_ENTE,
        prgAzienda: '00000',
        imponibile: '1000.00',
        contributo: '3.50',
        annoMeseErogazione: '2025-12',
        aliquota: '2',
      },
    ],
    ...overrides,
  };
}

function base(): Denuncia {
  const denuncia = sampleDenuncia(2);
  const first = denuncia.azienda.listaPosPA.posPA[0]?.d0[0];
  first?.v1.push(v1());
  return denuncia;
}

const firstD0 = (denuncia: Denuncia): D0 => {
  const d0 = denuncia.azienda.listaPosPA.posPA[0]?.d0[0];
  if (!d0) throw new Error('no D0');
  return d0;
};
const firstE0 = (denuncia: Denuncia) => {
  const e0 = firstD0(denuncia).e0[0];
  if (!e0) throw new Error('no E0');
  return e0;
};
const firstV1 = (denuncia: Denuncia) => {
  const found = firstD0(denuncia).v1[0];
  if (!found) throw new Error('no V1');
  return found;
};

const run = (denuncia: Denuncia) => validateDenuncia(denuncia, contextOf(denuncia, '2026-02-10'));
const codesAt = (denuncia: Denuncia, code: string) =>
  run(denuncia)
    .filter((finding) => finding.code === code)
    .map((finding) => finding.path);

describe('congruity rules', () => {
  it('a valid denuncia with E0 and V1 has no finding', () => {
    expect(run(base())).toEqual([]);
  });

  it('every rule has a code, a unique name and a test below', () => {
    const names = [...DENUNCIA_RULES, ...D0_RULES].map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of [...DENUNCIA_RULES, ...D0_RULES]) expect(rule.code).toMatch(/^(\d{5}I|CE\d{3})$/);
  });

  const cases: [string, (d: Denuncia) => void, string, string][] = [
    [
      '00124I one PosPA for all D0',
      (d) => {
        const second = d.azienda.listaPosPA.posPA[0]?.d0.pop();
        if (second) d.azienda.listaPosPA.posPA.push({ d0: [second] });
      },
      '00124I',
      'azienda.listaPosPA.posPA',
    ],
    [
      'CE002 CFAzienda check digit',
      (d) => void (d.azienda.cfAzienda = '80000012340'),
      'CE002',
      'azienda.cfAzienda',
    ],
    [
      'CE014 AnnoMeseDenuncia form',
      (d) => void (d.azienda.annoMeseDenuncia = '2026-13'),
      'CE014',
      'azienda.annoMeseDenuncia',
    ],
    [
      'CE030 CFMittente check digit',
      (d) => void (d.datiMittente.cfMittente = '80000012340'),
      'CE030',
      'datiMittente.cfMittente',
    ],
    [
      'CE031 CFPersonaMittente required',
      (d) => void (d.datiMittente.cfPersonaMittente = ''),
      'CE031',
      'datiMittente.cfPersonaMittente',
    ],
    [
      'CE032 CFRappresentanteFirmatario is a person',
      (d) => void (d.azienda.listaPosPA.cfRappresentanteFirmatario = SAMPLE_CF_ENTE),
      'CE032',
      'azienda.listaPosPA.cfRappresentanteFirmatario',
    ],
    [
      'CE033 RagSocAzienda required',
      (d) => void (d.azienda.ragSocAzienda = '  '),
      'CE033',
      'azienda.ragSocAzienda',
    ],
    [
      'CE033 RagSocMittente at most 100 characters',
      (d) => void (d.datiMittente.ragSocMittente = 'X'.repeat(101)),
      'CE033',
      'datiMittente.ragSocMittente',
    ],
    [
      'CE034 CFSoftwarehouse check digit',
      (d) => void (d.datiMittente.cfSoftwarehouse = '12345678901'),
      'CE034',
      'datiMittente.cfSoftwarehouse',
    ],
    [
      'CE035 FormaGiuridica four digits',
      (d) => void (d.azienda.listaPosPA.formaGiuridica = 'SPA'),
      'CE035',
      'azienda.listaPosPA.formaGiuridica',
    ],
    [
      'CE013 PRGAZIENDA five digits',
      (d) => void (d.azienda.listaPosPA.prgAzienda = '0'),
      'CE013',
      'azienda.listaPosPA.prgAzienda',
    ],
    [
      'CE012 a worker in two D0',
      (d) => {
        const pos = d.azienda.listaPosPA.posPA[0];
        if (pos?.d0[1]) pos.d0[1].cfLavoratore = firstD0(d).cfLavoratore;
      },
      'CE012',
      'azienda.listaPosPA.posPA[0].d0[1].cfLavoratore',
    ],
    [
      'CE001 CFLavoratore check character',
      (d) => void (firstD0(d).cfLavoratore = 'AAAAAA80A01H501A'),
      'CE001',
      `${D0_PATH}.cfLavoratore`,
    ],
    [
      'CE017 a D0 without quadri',
      (d) => {
        firstD0(d).e0 = [];
        firstD0(d).v1 = [];
      },
      'CE017',
      D0_PATH,
    ],
    [
      'CE008 flusso a variazione only V1',
      (d) => void (d.azienda.listaPosPA.tipo = 'variazione'),
      'CE008',
      `${D0_PATH}.e0`,
    ],
    [
      'CE006 GiornoFine before GiornoInizio',
      (d) => void (firstE0(d).giornoFine = '2025-12-31'),
      'CE006',
      `${D0_PATH}.e0[0].giornoFine`,
    ],
    [
      'CE005 E0 outside the month',
      (d) => void Object.assign(firstE0(d), { giornoInizio: '2025-12-01', giornoFine: '2025-12-31' }),
      'CE005',
      `${D0_PATH}.e0[0].giornoInizio`,
    ],
    [
      'CE007 V1 not before the month',
      (d) =>
        void Object.assign(firstV1(d), {
          giornoInizio: '2026-01-01',
          giornoFine: '2026-01-31',
          enteVersante: [],
        }),
      'CE007',
      `${D0_PATH}.v1[0].giornoInizio`,
    ],
    [
      'CE003 causale 2 refused since 15/06/2019',
      (d) => void (firstV1(d).causaleVariazione = '2'),
      'CE003',
      `${D0_PATH}.v1[0].causaleVariazione`,
    ],
    [
      'CE004 causale 7 needs CodMotivoUtilizzo',
      (d) => void (firstV1(d).causaleVariazione = '7'),
      'CE004',
      `${D0_PATH}.v1[0].codMotivoUtilizzo`,
    ],
    [
      '00126I causale 6 only dates',
      (d) => void (firstV1(d).causaleVariazione = '6'),
      '00126I',
      `${D0_PATH}.v1[0]`,
    ],
    [
      'CE018 V1 without inquadramento',
      (d) => void delete firstV1(d).inquadramento,
      'CE018',
      `${D0_PATH}.v1[0].inquadramento`,
    ],
    [
      'CE009 unknown TipoImpiego',
      (d) => void (firstE0(d).inquadramento.tipoImpiego = '99'),
      'CE009',
      `${D0_PATH}.e0[0].inquadramento.tipoImpiego`,
    ],
    [
      'CE019 gestione pensionistica with a TFS code',
      (d) => {
        const pens = firstE0(d).gestioni.pensionistica;
        if (pens) pens.codGestione = '6';
      },
      'CE019',
      `${D0_PATH}.e0[0].gestioni.pensionistica.codGestione`,
    ],
    [
      '00072I giornaliero needs GiorniUtili 1..27',
      (d) => void (firstE0(d).inquadramento.tipoImpiego = '2'),
      '00072I',
      `${D0_PATH}.e0[0].gestioni.pensionistica.giorniUtiliFiniPensionistici`,
    ],
    [
      'CE010 PartTimePA only with TipoImpiego 8/18',
      (d) => void (firstE0(d).inquadramento.partTimePA = { tipoPartTime: 'P', percPartTime: '50000' }),
      'CE010',
      `${D0_PATH}.e0[0].inquadramento.partTimePA`,
    ],
    [
      '00390I RegimeFineServizio only with GestPrevidenziale',
      (d) => void delete firstE0(d).gestioni.previdenziale,
      '00390I',
      `${D0_PATH}.e0[0].inquadramento.regimeFineServizio`,
    ],
    [
      '00089I ContributoTFR < ImponibileTFR',
      (d) => {
        const e0 = firstE0(d);
        e0.gestioni.previdenziale = {
          codGestione: '6',
          tipo: 'TFR',
          imponibile: '100.00',
          contributo: '100.00',
        };
        e0.retribTeoricaTabellareTFR = '2000.00';
        e0.retribValutabileTFR = '2000.00';
      },
      '00089I',
      `${D0_PATH}.e0[0].gestioni.previdenziale.contributo`,
    ],
    [
      '00383I TFR needs the TFR retribuzioni',
      (d) =>
        void (firstE0(d).gestioni.previdenziale = {
          codGestione: '6',
          tipo: 'TFR',
          imponibile: '1600.00',
          contributo: '97.60',
        }),
      '00383I',
      `${D0_PATH}.e0[0].retribTeoricaTabellareTFR`,
    ],
    [
      '00601I TFR ulteriori elementi both > 0',
      (d) => {
        const e0 = firstE0(d);
        e0.codiceCessazione = '3';
        if (e0.gestioni.previdenziale) e0.gestioni.previdenziale.imponibileTFRUlterioriElem = '100.00';
      },
      '00601I',
      `${D0_PATH}.e0[0].gestioni.previdenziale.imponibileTFRUlterioriElem`,
    ],
    [
      '00603I TFR ulteriori elementi only with a cessazione',
      (d) => {
        const prev = firstE0(d).gestioni.previdenziale;
        if (prev)
          Object.assign(prev, { imponibileTFRUlterioriElem: '100.00', contributoTFRUlterioriElem: '6.91' });
      },
      '00603I',
      `${D0_PATH}.e0[0].gestioni.previdenziale.imponibileTFRUlterioriElem`,
    ],
    [
      '00171I EnteVersante imponibile pensionistico',
      (d) => void ((firstV1(d).enteVersante[0] ?? { imponibile: '' }).imponibile = '999.99'),
      '00171I',
      `${D0_PATH}.v1[0].enteVersante`,
    ],
    [
      '00172I EnteVersante contributi pensionistici',
      (d) => void ((firstV1(d).enteVersante[0] ?? { contributo: '' }).contributo = '326.49'),
      '00172I',
      `${D0_PATH}.v1[0].enteVersante`,
    ],
    [
      '00032I EnteVersante imponibile credito',
      (d) => void ((firstV1(d).enteVersante[1] ?? { imponibile: '' }).imponibile = '1000.01'),
      '00032I',
      `${D0_PATH}.v1[0].enteVersante`,
    ],
    [
      '00356I AnnoMeseErogazione after the month of the denuncia',
      (d) => void ((firstV1(d).enteVersante[0] ?? { annoMeseErogazione: '' }).annoMeseErogazione = '2026-02'),
      '00356I',
      `${D0_PATH}.v1[0].enteVersante[0].annoMeseErogazione`,
    ],
    [
      'CE015 EnteVersante CF',
      (d) => void ((firstV1(d).enteVersante[0] ?? { cfAzienda: '' }).cfAzienda = '12345678901'),
      'CE015',
      `${D0_PATH}.v1[0].enteVersante[0].cfAzienda`,
    ],
    [
      'CE011 contributo differs from computed',
      (d) => void ((firstE0(d).gestioni.pensionistica ?? { contributo: '' }).contributo = '653.01'),
      'CE011',
      `${D0_PATH}.e0[0].gestioni.pensionistica.contributo`,
    ],
    [
      'CE016 credito imponibile differs from pensionistico',
      (d) => {
        const credito = firstE0(d).gestioni.credito;
        if (credito) Object.assign(credito, { imponibile: '1900.00', contributo: '6.65' });
      },
      'CE016',
      `${D0_PATH}.e0[0].gestioni.credito.imponibile`,
    ],
    // E1, F1 and DatiSedeLavoro: more cases in rulesQuadri.test.ts.
    [
      'CE040 E1 without CodFondo',
      (d) =>
        void firstD0(d).e1.push(
          sampleE1({ codFondo: '', retribSoggettaAContrib: '0.00', contribLav: '0.00', contribDL: '0.00' }),
        ),
      'CE040',
      `${D0_PATH}.e1[0].codFondo`,
    ],
    [
      'CE041 F1 rata beyond the plan',
      (d) =>
        void firstD0(d).f1.push(
          sampleF1({ tipoPiano: '11', prgRata: '7', totaleRate: '6', importo: '10.00' }),
        ),
      'CE041',
      `${D0_PATH}.f1[0].prgRata`,
    ],
    [
      'CE042 DatiSedeLavoro CAP',
      (d) => void (firstD0(d).datiSedeLavoro = { codiceComune: 'H501', cap: '1' }),
      'CE042',
      `${D0_PATH}.datiSedeLavoro.cap`,
    ],
  ];

  it.each(cases)('%s', (_name, mutate, code, path) => {
    const denuncia = base();
    mutate(denuncia);
    expect(codesAt(denuncia, code)).toContain(path);
  });

  it('covers every rule with a case', () => {
    const tested = new Set(cases.map(([, , code]) => code));
    for (const rule of [...DENUNCIA_RULES, ...D0_RULES]) expect(tested).toContain(rule.code);
  });

  it('causale 2 was still accepted for a denuncia sent on 14/06/2019', () => {
    const denuncia = base();
    firstV1(denuncia).causaleVariazione = '2';
    const findings = validateDenuncia(denuncia, { ...contextOf(denuncia, '2019-06-14') });
    expect(findings.filter((f) => f.code === 'CE003')).toEqual([]);
  });

  it('CE034 lets a CFSoftwarehouse be left out, empty or 00000000000 (software without an INPS code)', () => {
    for (const value of [undefined, '', '00000000000']) {
      const denuncia = base();
      denuncia.datiMittente.cfSoftwarehouse = value;
      expect(codesAt(denuncia, 'CE034')).toEqual([]);
    }
  });

  it('a rate override silences CE011 when the declared contributo follows it', () => {
    const denuncia = base();
    const pens = firstE0(denuncia).gestioni.pensionistica;
    if (pens) pens.contributo = '660.00';
    const findings = validateDenuncia(
      denuncia,
      contextOf(denuncia, '2026-02-10', { 'pensionistica:2': '33.00' }),
    );
    // The second worker still declares 653,00 at 32,65%: it now differs.
    expect(findings.filter((f) => f.code === 'CE011').map((f) => f.path)).toEqual([
      'azienda.listaPosPA.posPA[0].d0[1].e0[0].gestioni.pensionistica.contributo',
    ]);
  });

  it('findings carry the worker, an Italian message and a severity; warnings do not block', () => {
    const denuncia = base();
    const pens = firstE0(denuncia).gestioni.pensionistica;
    if (pens) pens.contributo = '1.00';
    const findings = validateD0(firstD0(denuncia), contextOf(denuncia, '2026-02-10'), D0_PATH);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'CE011',
        severity: 'avviso',
        cfLavoratore: firstD0(denuncia).cfLavoratore,
        message: 'Contributo dichiarato 1,00, calcolato 653,00 con aliquota 32,65%.',
      }),
    ]);
    expect(hasBlocking(findings)).toBe(false);
  });

  it('writes the amounts of a finding as the screen shows them, with the thousands dot', () => {
    const denuncia = base();
    const row = firstV1(denuncia).enteVersante[0];
    if (row) row.imponibile = '999.99';
    const findings = validateD0(firstD0(denuncia), contextOf(denuncia, '2026-02-10'), D0_PATH);
    expect(findings.find((f) => f.code === '00171I')?.message).toBe(
      'La somma degli imponibili EnteVersante pensionistici (999,99) deve essere uguale ' +
        'all’imponibile pensionistico del quadro (1.000,00).',
    );
  });
});

/**
 * Cases from files no one here wrote (issue 11): made with the independent generator
 * uniemens-builder and its companion exporter, and hand-edited variants. Each failed before.
 */
describe('rules true to real flows', () => {
  const codes = (denuncia: Denuncia) => run(denuncia).map((f) => `${f.code} ${f.path}`);

  it('CE011: ImponibileTFS is the 80% already, contributo 6,10% of it (780,00 → 47,58)', () => {
    const denuncia = base();
    for (const d0 of denuncia.azienda.listaPosPA.posPA[0]?.d0 ?? []) {
      const e0 = d0.e0[0];
      if (e0)
        e0.gestioni.previdenziale = {
          codGestione: '6',
          tipo: 'TFS',
          imponibile: '780.00',
          contributo: '47.58',
        };
    }
    expect(codes(denuncia).filter((c) => c.startsWith('CE011'))).toEqual([]);
  });

  it('CE011: TFR Stato (ex ENPAS) is 9,60% of ImponibileTFR, with RetribValutabileTFR = ImponibileTFR × 1,25', () => {
    const denuncia = base();
    const e0 = firstE0(denuncia);
    e0.gestioni.previdenziale = { codGestione: '7', tipo: 'TFR', imponibile: '780.00', contributo: '74.88' };
    e0.inquadramento.regimeFineServizio = '1';
    e0.retribTeoricaTabellareTFR = '975.00';
    e0.retribValutabileTFR = '975.00';
    expect(codes(denuncia)).toEqual([]);
    // The old double reduction (× 80% again) would have asked for 59,90.
    e0.gestioni.previdenziale.contributo = '59.90';
    expect(codes(denuncia)).toContain(`CE011 ${D0_PATH}.e0[0].gestioni.previdenziale.contributo`);
  });

  it('CE018: V1 causale 7 motivo 11 (assenza retribuita) carries dates and PercRetribuzione, no Gestioni', () => {
    const denuncia = base();
    const v = v1({
      causaleVariazione: '7',
      codMotivoUtilizzo: '11',
      inquadramento: { tipoImpiego: '1', tipoServizio: '4', percRetribuzione: '50' },
      enteVersante: [],
    });
    delete v.gestioni;
    firstD0(denuncia).v1 = [v];
    expect(codes(denuncia)).toEqual([]);
    delete v.inquadramento?.percRetribuzione;
    expect(codes(denuncia)).toEqual([`CE018 ${D0_PATH}.v1[0].inquadramento.percRetribuzione`]);
  });

  it('CE018: every other V1 (here causale 7 motivo 1, a conguaglio) still needs its gestioni', () => {
    const denuncia = base();
    const v = v1({ causaleVariazione: '7', codMotivoUtilizzo: '1', enteVersante: [] });
    delete v.gestioni;
    firstD0(denuncia).v1 = [v];
    expect(codes(denuncia)).toContain(`CE018 ${D0_PATH}.v1[0].gestioni`);
  });

  it('CE006: a yearly V1 before 10/2012 is accepted, one from 10/2012 on is not', () => {
    const denuncia = base();
    const v = firstV1(denuncia);
    v.enteVersante = [];
    v.giornoInizio = '2011-01-01';
    v.giornoFine = '2011-12-31';
    expect(codes(denuncia)).toEqual([]);
    v.giornoInizio = '2013-01-01';
    v.giornoFine = '2013-12-31';
    expect(codes(denuncia)).toEqual([`CE006 ${D0_PATH}.v1[0].giornoFine`]);
    // Starting before 10/2012 does not stretch the old rule over the months after it.
    v.giornoInizio = '2012-01-01';
    v.giornoFine = '2012-12-31';
    expect(codes(denuncia)).toEqual([`CE006 ${D0_PATH}.v1[0].giornoFine`]);
  });

  it('CE006: a date is AAAA-MM-GG with month 1–12 and day 1–31, as Date.parse took it', () => {
    const denuncia = base();
    const v = firstV1(denuncia);
    v.enteVersante = [];
    v.giornoInizio = '2025-02-01';
    v.giornoFine = '2025-02-30'; // Date.parse accepts 30 February: so did the rule, so does it
    expect(codes(denuncia)).toEqual([]);
    for (const [inizio, fine, field] of [
      ['2025-13-01', '2025-13-31', 'giornoInizio'],
      ['2025-00-01', '2025-00-31', 'giornoInizio'],
      ['2025-02-01', '2025-02-32', 'giornoFine'],
      ['2025-02-01', '2025-02-00', 'giornoFine'],
      ['2025-2-01', '2025-02-28', 'giornoInizio'],
      ['2025-02-01', '2025-02-2x', 'giornoFine'],
      ['+02025-02-01', '2025-02-28', 'giornoInizio'],
    ] as const) {
      v.giornoInizio = inizio;
      v.giornoFine = fine;
      expect(codes(denuncia), `${inizio} ${fine}`).toEqual([`CE006 ${D0_PATH}.v1[0].${field}`]);
    }
  });

  it('CE006: a flusso a variazione may carry a yearly period before 2005 (msg INPS 2791/2017)', () => {
    const denuncia = base();
    denuncia.azienda.listaPosPA.tipo = 'variazione';
    for (const d0 of denuncia.azienda.listaPosPA.posPA[0]?.d0 ?? []) d0.e0 = [];
    const v = firstV1(denuncia);
    v.enteVersante = [];
    v.giornoInizio = '2003-01-01';
    v.giornoFine = '2003-12-31';
    expect(codes(denuncia).filter((c) => c.startsWith('CE006'))).toEqual([]);
  });

  it('00356I: arrears paid in a later month than the period are accepted', () => {
    const denuncia = base();
    // Period 12/2025, paid 01/2026 with the denuncia of 01/2026.
    for (const row of firstV1(denuncia).enteVersante) row.annoMeseErogazione = '2026-01';
    expect(codes(denuncia)).toEqual([]);
    // Paid before the period began cannot be right.
    for (const row of firstV1(denuncia).enteVersante) row.annoMeseErogazione = '2025-11';
    expect(codes(denuncia).filter((c) => c.startsWith('00356I'))).toHaveLength(2);
  });

  it('00383I: RetribTeoricaTabellareTFR = 0,00 with TFR counts as missing', () => {
    const denuncia = base();
    const e0 = firstE0(denuncia);
    e0.gestioni.previdenziale = { codGestione: '6', tipo: 'TFR', imponibile: '1600.00', contributo: '97.60' };
    e0.retribTeoricaTabellareTFR = '0.00';
    e0.retribValutabileTFR = '2000.00';
    expect(codes(denuncia)).toEqual([`00383I ${D0_PATH}.e0[0].retribTeoricaTabellareTFR`]);
  });
});

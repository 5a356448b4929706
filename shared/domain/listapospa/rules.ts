import { z } from 'zod';
import { validateCodiceFiscaleEnte, validateCodiceFiscalePersona } from '../codiceFiscale';
import { formatImporto, formatPercentuale } from '../../text/formatIt';
import { amountsEqual, sumAmounts, toDecimal } from './amount';
import {
  CAUSALE_VARIAZIONE,
  CODICE_CESSAZIONE,
  COD_GESTIONE,
  COD_MOTIVO_UTILIZZO,
  COD_MOTIVO_UTILIZZO_CAUSALE_5,
  GESTIONI_PENSIONISTICHE,
  GESTIONI_PREVIDENZIALI,
  TIPO_IMPIEGO,
  TIPO_IMPIEGO_GIORNALIERO,
  TIPO_IMPIEGO_PART_TIME,
  TIPO_SERVIZIO,
  lookupCode,
} from './codeTables';
import { computeGestioni } from './contributions';
import { FRONTESPIZIO_RULES } from './frontespizioRules';
import type { D0, Denuncia, Periodo, V1 } from './model';
import type { RateOverrides } from './rates';
import { quadroRule } from './quadroRule';
import { QUADRI_RULES } from './rulesQuadri';

/**
 * Congruity rules of a ListaPosPA denuncia. Each rule has a name, the INPS error code it mirrors
 * (codes NNNNNI from third-party builders that cite them, docs/uniemens.md §4 [3P-claim]; the official
 * list was not available) or our own `CE…` code where INPS has none known, an Italian message
 * and the path of the field it concerns.
 *
 * Rules on a worker depend only on that D0 (and the frontespizio), so the editor can re-check a
 * single D0 per keystroke instead of the whole denuncia.
 */

/** What a rule found, as the editor, the report and the contract carry it. */
export const findingSchema = z.object({
  code: z.string(),
  rule: z.string(),
  severity: z.enum(['bloccante', 'avviso']),
  /** Model path, e.g. `azienda.listaPosPA.posPA[0].d0[3].e0[0].gestioni.pensionistica.imponibile`. */
  path: z.string(),
  message: z.string(),
  cfLavoratore: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;
export type Severity = Finding['severity'];

export interface RuleContext {
  /** Day the denuncia is (to be) sent, ISO: decides which codes are accepted (causale 2). */
  dataInvio: string;
  annoMeseDenuncia: string;
  tipoFlusso: 'ordinario' | 'variazione';
  overrides?: RateOverrides;
}

type Emit = (path: string, message: string) => void;

export interface D0Rule {
  name: string;
  code: string;
  severity: Severity;
  check(d0: D0, context: RuleContext, path: string, emit: Emit): void;
}

export interface DenunciaRule {
  name: string;
  code: string;
  severity: Severity;
  check(denuncia: Denuncia, context: RuleContext, emit: Emit): void;
}

const monthOf = (isoDate: string) => isoDate.slice(0, 7);
/**
 * First day of the one-month-per-quadro rule: ListaPosPA starts with 10/2012 (msg INPS 17297/2012);
 * flows accepted by INPS carry yearly V1 periods before it (inps-extractor-e0-v1, SOGLIA_MONO_MESE),
 * and a variazione may reach before 2005 (msg INPS 2791/2017).
 */
const MONO_MESE_DAL = '2012-10-01';
const digitAt = (value: string, at: number) => {
  const code = value.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
};
/**
 * AAAA-MM-GG with month 1–12 and day 1–31, which is what `Date.parse` accepts of that form (it
 * takes 30 February): by hand, as it is asked twice per period of every D0.
 */
const isIsoDate = (value: string) => {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 4; i += 1) if (Number.isNaN(digitAt(value, i))) return false;
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
};

function eachPeriodo(d0: D0, path: string, visit: (periodo: Periodo, path: string, v1?: V1) => void) {
  d0.e0.forEach((e0, index) => visit(e0, `${path}.e0[${index}]`));
  d0.v1.forEach((v1, index) => visit(v1, `${path}.v1[${index}]`, v1));
}

type RuleName = Pick<D0Rule, 'name' | 'code' | 'severity'>;
type PeriodoCheck = (periodo: Periodo, at: string, emit: Emit) => void;

/** A D0 rule that checks each E0 and V1 on its own, `at` being the path of that quadro. */
function periodoRule(rule: RuleName, visit: PeriodoCheck): D0Rule {
  return {
    ...rule,
    check(d0, _context, path, emit) {
      eachPeriodo(d0, path, (periodo, at) => visit(periodo, at, emit));
    },
  };
}

/**
 * What a V1 must carry, by causale and CodMotivoUtilizzo: causale 6 (annullamento) only the dates
 * (00126I); causale 7 motivo 11 (assenza retribuita, circ. INPS 65/2016) the dates and the
 * PercRetribuzione inside InquadramentoLavPA, no amounts; every other one inquadramento and
 * gestioni (the amounts it integrates, replaces or adjusts).
 */
export function v1Carries(v1: Pick<V1, 'causaleVariazione' | 'codMotivoUtilizzo'>) {
  if (v1.causaleVariazione === '6') return 'soloDate' as const;
  if (v1.causaleVariazione === '7' && v1.codMotivoUtilizzo === '11') return 'percentuale' as const;
  return 'importi' as const;
}

type EnteVersanteRow = V1['enteVersante'][number];
type EnteVersanteCheck = (row: EnteVersanteRow, at: string, v1: V1, emit: Emit, context: RuleContext) => void;

/** A D0 rule that checks each EnteVersante row of each V1, `at` being the path of the row. */
function enteVersanteRowRule(rule: RuleName, visit: EnteVersanteCheck): D0Rule {
  return {
    ...rule,
    check(d0, context, path, emit) {
      d0.v1.forEach((v1, index) =>
        v1.enteVersante.forEach((row, r) =>
          visit(row, `${path}.v1[${index}].enteVersante[${r}]`, v1, emit, context),
        ),
      );
    },
  };
}

// Sums of EnteVersante rows by TipoContributo, compared to the gestioni of the same V1.
function enteVersanteSum(v1: V1, tipi: readonly string[], field: 'imponibile' | 'contributo') {
  return sumAmounts(
    v1.enteVersante.filter((row) => tipi.includes(row.tipoContributo)).map((row) => row[field]),
  );
}

/**
 * A V1's EnteVersante rows of the given TipoContributo must add up to an amount of its gestioni
 * (00171I, 00172I, 00032I); the rule is silent when the V1 has no such gestione or no rows.
 */
function enteVersanteTotalRule(spec: {
  name: string;
  code: string;
  tipi: readonly string[];
  field: 'imponibile' | 'contributo';
  expected(v1: V1): string | undefined;
  message(sum: string, expected: string): string;
}): D0Rule {
  return {
    name: spec.name,
    code: spec.code,
    severity: 'bloccante',
    check(d0, _context, path, emit) {
      d0.v1.forEach((v1, index) => {
        const expected = spec.expected(v1);
        if (expected === undefined || v1.enteVersante.length === 0) return;
        const sum = enteVersanteSum(v1, spec.tipi, spec.field);
        if (!sum.eq(toDecimal(expected))) {
          emit(
            `${path}.v1[${index}].enteVersante`,
            spec.message(formatImporto(sum.toFixed(2)), formatImporto(expected)),
          );
        }
      });
    },
  };
}

/** The message of a D0 whose worker already appears earlier (the editor's CfIndex uses it too). */
export const cfDuplicatoMessage = (cf: string): string =>
  `Il lavoratore ${cf} compare in più quadri D0: riunisci i suoi periodi in un solo D0.`;

/** Exported on its own: the editor answers it from an incremental index instead of a full scan. */
export const CF_LAVORATORE_UNICO: DenunciaRule = {
  name: 'cfLavoratoreUnico',
  code: 'CE012',
  severity: 'bloccante',
  check(denuncia, _context, emit) {
    const seen = new Set<string>();
    denuncia.azienda.listaPosPA.posPA.forEach((pos, p) =>
      pos.d0.forEach((d0, index) => {
        if (seen.has(d0.cfLavoratore)) {
          emit(
            `azienda.listaPosPA.posPA[${p}].d0[${index}].cfLavoratore`,
            cfDuplicatoMessage(d0.cfLavoratore),
          );
        }
        seen.add(d0.cfLavoratore);
      }),
    );
  },
};

export const DENUNCIA_RULES: readonly DenunciaRule[] = [
  ...FRONTESPIZIO_RULES,
  {
    name: 'unaSolaPosPA',
    code: '00124I',
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      if (denuncia.azienda.listaPosPA.posPA.length !== 1) {
        emit(
          'azienda.listaPosPA.posPA',
          'Tutti i quadri D0 devono stare in un solo elemento <PosPA>: ne sono presenti ' +
            `${denuncia.azienda.listaPosPA.posPA.length}.`,
        );
      }
    },
  },
  {
    name: 'cfAziendaValido',
    code: 'CE002',
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      const result = validateCodiceFiscaleEnte(denuncia.azienda.cfAzienda);
      const persona = validateCodiceFiscalePersona(denuncia.azienda.cfAzienda);
      if (!result.ok && !persona.ok) emit('azienda.cfAzienda', `CFAzienda: ${result.error.message}`);
    },
  },
  {
    name: 'annoMeseDenunciaValido',
    code: 'CE014',
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(denuncia.azienda.annoMeseDenuncia)) {
        emit('azienda.annoMeseDenuncia', 'AnnoMeseDenuncia deve avere la forma AAAA-MM.');
      }
    },
  },
  {
    name: 'prgAziendaCinqueCifre',
    code: 'CE013',
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      if (!/^\d{5}$/.test(denuncia.azienda.listaPosPA.prgAzienda)) {
        emit(
          'azienda.listaPosPA.prgAzienda',
          'PRGAZIENDA è il progressivo di cinque cifre della sede (msg INPS 3809/2018), es. 00000.',
        );
      }
    },
  },
  CF_LAVORATORE_UNICO,
];

export const D0_RULES: readonly D0Rule[] = [
  {
    name: 'cfLavoratoreValido',
    code: 'CE001',
    severity: 'bloccante',
    check(d0, _context, path, emit) {
      const result = validateCodiceFiscalePersona(d0.cfLavoratore);
      if (!result.ok) emit(`${path}.cfLavoratore`, `CFLavoratore: ${result.error.message}`);
    },
  },
  {
    name: 'almenoUnQuadro',
    code: 'CE017',
    severity: 'bloccante',
    check(d0, _context, path, emit) {
      if (d0.e0.length + d0.e1.length + d0.f1.length + d0.v1.length === 0) {
        emit(path, 'Il quadro D0 non contiene alcun periodo: aggiungi almeno un quadro E0, E1, F1 o V1.');
      }
    },
  },
  {
    name: 'flussoVariazioneSoloV1',
    code: 'CE008',
    severity: 'bloccante',
    check(d0, context, path, emit) {
      if (context.tipoFlusso !== 'variazione') return;
      if (d0.e0.length > 0)
        emit(`${path}.e0`, 'Un flusso a variazione contiene solo quadri V1 (msg INPS 2791/2017).');
      if (d0.e1.length > 0)
        emit(`${path}.e1`, 'Un flusso a variazione contiene solo quadri V1 (msg INPS 2791/2017).');
    },
  },
  periodoRule({ name: 'dateDelPeriodo', code: 'CE006', severity: 'bloccante' }, (periodo, at, emit) => {
    if (!isIsoDate(periodo.giornoInizio)) emit(`${at}.giornoInizio`, 'GiornoInizio non è una data valida.');
    else if (!isIsoDate(periodo.giornoFine)) emit(`${at}.giornoFine`, 'GiornoFine non è una data valida.');
    else if (periodo.giornoFine < periodo.giornoInizio) {
      emit(`${at}.giornoFine`, 'GiornoFine precede GiornoInizio.');
    } else if (periodo.giornoInizio >= MONO_MESE_DAL) {
      if (monthOf(periodo.giornoInizio) !== monthOf(periodo.giornoFine)) {
        emit(
          `${at}.giornoFine`,
          'Dal 10/2012 ogni quadro riguarda un solo mese: inizio e fine nello stesso mese.',
        );
      }
    } else if (periodo.giornoFine >= MONO_MESE_DAL) {
      // Before 10/2012 a quadro may span months (a year), but not the months after it.
      emit(
        `${at}.giornoFine`,
        'Un periodo iniziato prima del 10/2012 può coprire più mesi ma deve finire entro il 30/09/2012: ' +
          'dal 10/2012 un quadro per mese.',
      );
    }
  }),
  quadroRule(
    'e0',
    { name: 'e0NelMeseDellaDenuncia', code: 'CE005', severity: 'bloccante' },
    (e0, at, emit, context) => {
      if (monthOf(e0.giornoInizio) !== context.annoMeseDenuncia) {
        emit(
          `${at}.giornoInizio`,
          `Il quadro E0 riguarda il mese della denuncia (${context.annoMeseDenuncia}): per i mesi precedenti usa un V1.`,
        );
      }
    },
  ),
  quadroRule(
    'v1',
    { name: 'v1PrimaDelMeseDellaDenuncia', code: 'CE007', severity: 'bloccante' },
    (v1, at, emit, context) => {
      if (isIsoDate(v1.giornoInizio) && monthOf(v1.giornoInizio) >= context.annoMeseDenuncia) {
        emit(`${at}.giornoInizio`, 'Il quadro V1 riguarda un mese precedente a quello della denuncia.');
      }
    },
  ),
  quadroRule(
    'v1',
    { name: 'causaleVariazioneAmmessa', code: 'CE003', severity: 'bloccante' },
    (v1, at, emit, context) => {
      if (lookupCode(CAUSALE_VARIAZIONE, v1.causaleVariazione, context.dataInvio)) return;
      emit(
        `${at}.causaleVariazione`,
        v1.causaleVariazione === '2'
          ? 'La causale 2 non è accettata nelle denunce inviate dal 15/06/2019: usa la causale 5 (msg INPS 914/2019).'
          : `CausaleVariazione ${v1.causaleVariazione} non prevista: ammesse 1, 5, 6, 7.`,
      );
    },
  ),
  quadroRule(
    'v1',
    { name: 'codMotivoUtilizzo', code: 'CE004', severity: 'bloccante' },
    (v1, quadroAt, emit) => {
      const at = `${quadroAt}.codMotivoUtilizzo`;
      const cmu = v1.codMotivoUtilizzo;
      if (v1.causaleVariazione === '7') {
        if (cmu === undefined) emit(at, 'Con la causale 7 (conguaglio) va indicato il CodMotivoUtilizzo.');
        else if (!lookupCode(COD_MOTIVO_UTILIZZO, cmu))
          emit(at, `CodMotivoUtilizzo ${cmu} non previsto per la causale 7.`);
      } else if (v1.causaleVariazione === '5') {
        if (cmu !== undefined && !lookupCode(COD_MOTIVO_UTILIZZO_CAUSALE_5, cmu)) {
          emit(at, `Con la causale 5 il CodMotivoUtilizzo può essere solo 1 o 2 (msg INPS 3020/2016).`);
        }
      } else if (cmu !== undefined) {
        emit(at, `Il CodMotivoUtilizzo si indica solo con le causali 5 e 7.`);
      }
    },
  ),
  quadroRule(
    'v1',
    { name: 'annullamentoSoloDate', code: '00126I', severity: 'bloccante' },
    (v1, at, emit) => {
      if (v1.causaleVariazione !== '6') return;
      if (v1.inquadramento || v1.gestioni || v1.enteVersante.length > 0 || v1.codiceCessazione) {
        emit(at, 'Un V1 con causale 6 (annullamento) contiene solo GiornoInizio e GiornoFine.');
      }
    },
  ),
  quadroRule('v1', { name: 'v1ConDati', code: 'CE018', severity: 'bloccante' }, (v1, at, emit) => {
    const carries = v1Carries(v1);
    if (carries === 'soloDate') return;
    if (!v1.inquadramento)
      emit(`${at}.inquadramento`, 'Manca l’inquadramento del periodo (InquadramentoLavPA).');
    if (carries === 'percentuale') {
      if (v1.inquadramento && v1.inquadramento.percRetribuzione === undefined) {
        emit(
          `${at}.inquadramento.percRetribuzione`,
          'Con la causale 7 motivo 11 (assenza retribuita, circ. INPS 65/2016) indica la PercRetribuzione.',
        );
      }
      return;
    }
    if (!v1.gestioni) emit(`${at}.gestioni`, 'Mancano le gestioni del periodo.');
  }),
  periodoRule({ name: 'codiciInquadramento', code: 'CE009', severity: 'avviso' }, (periodo, at, emit) => {
    const inq = periodo.inquadramento;
    if (inq && !lookupCode(TIPO_IMPIEGO, inq.tipoImpiego)) {
      emit(
        `${at}.inquadramento.tipoImpiego`,
        `TipoImpiego ${inq.tipoImpiego} non presente nella tabella nota.`,
      );
    }
    if (inq && !lookupCode(TIPO_SERVIZIO, inq.tipoServizio)) {
      emit(
        `${at}.inquadramento.tipoServizio`,
        `TipoServizio ${inq.tipoServizio} non presente nella tabella nota.`,
      );
    }
    if (
      periodo.codiceCessazione &&
      !lookupCode(CODICE_CESSAZIONE, periodo.codiceCessazione, periodo.giornoFine)
    ) {
      emit(
        `${at}.codiceCessazione`,
        `CodiceCessazione ${periodo.codiceCessazione} non valido alla data ${periodo.giornoFine}.`,
      );
    }
  }),
  periodoRule({ name: 'codGestioneCoerente', code: 'CE019', severity: 'bloccante' }, (periodo, at, emit) => {
    const g = periodo.gestioni;
    if (!g) return;
    if (g.pensionistica && !GESTIONI_PENSIONISTICHE.includes(g.pensionistica.codGestione)) {
      emit(
        `${at}.gestioni.pensionistica.codGestione`,
        'La gestione pensionistica è 1 CTPS, 2 CPDEL, 3 CPI, 4 CPUG o 5 CPS.',
      );
    }
    if (g.previdenziale && !GESTIONI_PREVIDENZIALI.includes(g.previdenziale.codGestione)) {
      emit(
        `${at}.gestioni.previdenziale.codGestione`,
        'La gestione previdenziale è 6 ex INADEL o 7 ex ENPAS.',
      );
    }
    if (g.credito && g.credito.codGestione !== '9') {
      emit(`${at}.gestioni.credito.codGestione`, 'La gestione credito ha codice 9.');
    }
    if (g.enpdep && g.enpdep.codGestione !== '8')
      emit(`${at}.gestioni.enpdep.codGestione`, 'ENPDEP ha codice 8.');
    if (g.enam && g.enam.codGestione !== '11') emit(`${at}.gestioni.enam.codGestione`, 'ENAM ha codice 11.');
    for (const [key, gestione] of Object.entries(g)) {
      if (key === 'unknown' || key === 'unknownAttrs') continue; // kept from an import
      if (gestione && !lookupCode(COD_GESTIONE, (gestione as { codGestione: string }).codGestione)) {
        emit(`${at}.gestioni.${key}.codGestione`, 'CodGestione non presente nella tabella.');
      }
    }
  }),
  periodoRule(
    { name: 'giorniUtiliGiornaliero', code: '00072I', severity: 'bloccante' },
    (periodo, at, emit) => {
      if (periodo.inquadramento?.tipoImpiego !== TIPO_IMPIEGO_GIORNALIERO || !periodo.gestioni?.pensionistica)
        return;
      const giorni = periodo.gestioni.pensionistica.giorniUtiliFiniPensionistici;
      const value = giorni === undefined ? NaN : Number(giorni);
      if (!Number.isInteger(value) || value < 1 || value > 27) {
        emit(
          `${at}.gestioni.pensionistica.giorniUtiliFiniPensionistici`,
          'Con TipoImpiego 2 (giornaliero) indica i GiorniUtiliFiniPensionistici, da 1 a 27.',
        );
      }
    },
  ),
  periodoRule(
    { name: 'partTimeSoloConImpiegoPartTime', code: 'CE010', severity: 'bloccante' },
    (periodo, at, emit) => {
      const inq = periodo.inquadramento;
      if (!inq) return;
      const isPartTime = TIPO_IMPIEGO_PART_TIME.includes(inq.tipoImpiego);
      if (inq.partTimePA && !isPartTime) {
        emit(
          `${at}.inquadramento.partTimePA`,
          'PartTimePA si indica solo con TipoImpiego 8 o 18 (part-time).',
        );
      }
      if (!inq.partTimePA && isPartTime) {
        emit(
          `${at}.inquadramento.partTimePA`,
          'Con TipoImpiego part-time indica tipo e percentuale di part-time.',
        );
      }
      const perc = inq.partTimePA?.percPartTime;
      if (perc !== undefined && !(/^\d+$/.test(perc) && Number(perc) > 0 && Number(perc) < 100000)) {
        emit(
          `${at}.inquadramento.partTimePA.percPartTime`,
          'PercPartTime è la percentuale × 1000 senza virgola (66,67% → 66670).',
        );
      }
    },
  ),
  periodoRule(
    { name: 'regimeFineServizioConPrevidenziale', code: '00390I', severity: 'bloccante' },
    (periodo, at, emit) => {
      if (periodo.inquadramento?.regimeFineServizio && !periodo.gestioni?.previdenziale) {
        emit(
          `${at}.inquadramento.regimeFineServizio`,
          'RegimeFineServizio si indica solo quando è presente la gestione previdenziale (TFS/TFR).',
        );
      }
    },
  ),
  periodoRule(
    { name: 'contributoTfrMinoreImponibile', code: '00089I', severity: 'bloccante' },
    (periodo, at, emit) => {
      const prev = periodo.gestioni?.previdenziale;
      if (prev?.tipo !== 'TFR') return;
      if (toDecimal(prev.contributo).gt(0) && !toDecimal(prev.contributo).lt(toDecimal(prev.imponibile))) {
        emit(
          `${at}.gestioni.previdenziale.contributo`,
          'Il ContributoTFR deve essere minore dell’ImponibileTFR.',
        );
      }
    },
  ),
  periodoRule({ name: 'retribuzioniTfr', code: '00383I', severity: 'bloccante' }, (periodo, at, emit) => {
    if (periodo.gestioni?.previdenziale?.tipo !== 'TFR') return;
    // Zero counts as missing, as in the builder that cites 00383I.
    if (!toDecimal(periodo.retribTeoricaTabellareTFR).gt(0)) {
      emit(
        `${at}.retribTeoricaTabellareTFR`,
        'Con il TFR indica la RetribTeoricaTabellareTFR, maggiore di zero.',
      );
    }
    if (!toDecimal(periodo.retribValutabileTFR).gt(0)) {
      emit(`${at}.retribValutabileTFR`, 'Con il TFR indica la RetribValutabileTFR, maggiore di zero.');
    }
  }),
  periodoRule(
    { name: 'tfrUlterioriElementiEntrambi', code: '00601I', severity: 'bloccante' },
    (periodo, at, emit) => {
      const prev = periodo.gestioni?.previdenziale;
      if (!prev) return;
      const imp = prev.imponibileTFRUlterioriElem;
      const con = prev.contributoTFRUlterioriElem;
      if (imp === undefined && con === undefined) return;
      if (!toDecimal(imp).gt(0) || !toDecimal(con).gt(0)) {
        emit(
          `${at}.gestioni.previdenziale.imponibileTFRUlterioriElem`,
          'Imponibile e contributo TFR per ulteriori elementi vanno indicati entrambi, maggiori di zero.',
        );
      }
    },
  ),
  periodoRule(
    { name: 'tfrUlterioriElementiConCessazione', code: '00603I', severity: 'bloccante' },
    (periodo, at, emit) => {
      const prev = periodo.gestioni?.previdenziale;
      if (prev?.imponibileTFRUlterioriElem === undefined) return;
      if (!periodo.codiceCessazione) {
        emit(
          `${at}.gestioni.previdenziale.imponibileTFRUlterioriElem`,
          'Il TFR per ulteriori elementi si dichiara solo nel periodo con un CodiceCessazione (msg INPS 2440/2019).',
        );
      }
    },
  ),
  enteVersanteTotalRule({
    name: 'enteVersanteImponibilePensionistico',
    code: '00171I',
    tipi: ['1', '2', '3'],
    field: 'imponibile',
    expected: (v1) => v1.gestioni?.pensionistica?.imponibile,
    message: (sum, expected) =>
      `La somma degli imponibili EnteVersante pensionistici (${sum}) deve essere uguale ` +
      `all’imponibile pensionistico del quadro (${expected}).`,
  }),
  enteVersanteTotalRule({
    name: 'enteVersanteContributiPensionistici',
    code: '00172I',
    tipi: ['1', '2', '3', '5', '6'],
    field: 'contributo',
    expected: (v1) => {
      const pens = v1.gestioni?.pensionistica;
      return pens && toDecimal(pens.contributo).plus(toDecimal(pens.contrib1PerCento)).toFixed(2);
    },
    message: (sum, expected) =>
      `La somma dei contributi EnteVersante pensionistici (${sum}) deve essere uguale a ` +
      `contributo + 1% del quadro (${expected}).`,
  }),
  enteVersanteTotalRule({
    name: 'enteVersanteImponibileCredito',
    code: '00032I',
    tipi: ['9'],
    field: 'imponibile',
    expected: (v1) => v1.gestioni?.credito?.imponibile,
    message: (sum, expected) =>
      `La somma degli imponibili EnteVersante credito (${sum}) deve essere uguale ` +
      `all’imponibile credito del quadro (${expected}).`,
  }),
  enteVersanteRowRule(
    { name: 'enteVersanteMeseErogazione', code: '00356I', severity: 'avviso' },
    (row, rowAt, v1, emit, context) => {
      const at = `${rowAt}.annoMeseErogazione`;
      const mese = row.annoMeseErogazione;
      // Arrears are paid in a later month (accepted flows): only what cannot be is reported.
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(mese)) {
        emit(at, 'AnnoMeseErogazione deve avere la forma AAAA-MM.');
      } else if (isIsoDate(v1.giornoInizio) && mese < monthOf(v1.giornoInizio)) {
        emit(at, 'AnnoMeseErogazione precede il mese del periodo: verifica il mese in cui è stato pagato.');
      } else if (mese > context.annoMeseDenuncia) {
        emit(
          at,
          'AnnoMeseErogazione è successivo al mese della denuncia: un pagamento futuro non si dichiara.',
        );
      }
    },
  ),
  enteVersanteRowRule(
    { name: 'enteVersanteCf', code: 'CE015', severity: 'bloccante' },
    (row, rowAt, _v1, emit) => {
      if (!validateCodiceFiscaleEnte(row.cfAzienda).ok && !validateCodiceFiscalePersona(row.cfAzienda).ok) {
        emit(`${rowAt}.cfAzienda`, 'CFAzienda dell’ente versante non valido.');
      }
    },
  ),
  quadroRule(
    'e0',
    { name: 'contributoCalcolato', code: 'CE011', severity: 'avviso' },
    (e0, at, emit, context) => {
      for (const item of computeGestioni(e0, context.overrides)) {
        if (item.atteso === undefined || item.atteso === item.dichiarato) continue;
        const field = item.field === 'previdenzialeUlterioriElem' ? 'previdenziale' : item.field;
        const leaf =
          item.field === 'previdenzialeUlterioriElem' ? 'contributoTFRUlterioriElem' : 'contributo';
        emit(
          `${at}.gestioni.${field}.${leaf}`,
          `Contributo dichiarato ${formatImporto(item.dichiarato)}, calcolato ${formatImporto(item.atteso)} con aliquota ` +
            `${formatPercentuale(item.aliquota ?? '')}${item.confirmed ? '' : ' (aliquota non confermata)'}.`,
        );
      }
    },
  ),
  periodoRule(
    { name: 'creditoSuImponibilePensionistico', code: 'CE016', severity: 'avviso' },
    (periodo, at, emit) => {
      const g = periodo.gestioni;
      if (g?.pensionistica && g.credito && !amountsEqual(g.pensionistica.imponibile, g.credito.imponibile)) {
        emit(
          `${at}.gestioni.credito.imponibile`,
          'L’imponibile credito di solito coincide con l’imponibile pensionistico: verifica.',
        );
      }
    },
  ),
  // E1, F1 and DatiSedeLavoro (own codes, rulesQuadri.ts).
  ...QUADRI_RULES,
];

export function contextOf(denuncia: Denuncia, dataInvio: string, overrides?: RateOverrides): RuleContext {
  return {
    dataInvio,
    annoMeseDenuncia: denuncia.azienda.annoMeseDenuncia,
    tipoFlusso: denuncia.azienda.listaPosPA.tipo,
    ...(overrides ? { overrides } : {}),
  };
}

/** Findings of one D0: what the editor re-runs on each keystroke. */
export function validateD0(d0: D0, context: RuleContext, path: string): Finding[] {
  const findings: Finding[] = [];
  // One emitter for all the rules (a closure per rule per D0 is 1.5 million on a 50,000-D0 file).
  let rule = D0_RULES[0] as D0Rule;
  const emit: Emit = (at, message) =>
    findings.push({
      code: rule.code,
      rule: rule.name,
      severity: rule.severity,
      path: at,
      message,
      cfLavoratore: d0.cfLavoratore,
    });
  for (rule of D0_RULES) rule.check(d0, context, path, emit);
  return findings;
}

/**
 * The findings of the rules on the whole denuncia (frontespizio, PosPA, duplicate workers). Of
 * the D0 they read only the codice fiscale: a file validated D0 by D0 passes them stand-ins.
 */
export function denunciaFindings(denuncia: Denuncia, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of DENUNCIA_RULES) {
    rule.check(denuncia, context, (path, message) =>
      findings.push({ code: rule.code, rule: rule.name, severity: rule.severity, path, message }),
    );
  }
  return findings;
}

/** Every finding of a denuncia, frontespizio first, then D0 in document order. */
export function validateDenuncia(denuncia: Denuncia, context: RuleContext): Finding[] {
  const findings = denunciaFindings(denuncia, context);
  denuncia.azienda.listaPosPA.posPA.forEach((pos, p) =>
    pos.d0.forEach((d0, index) => {
      for (const finding of validateD0(d0, context, `azienda.listaPosPA.posPA[${p}].d0[${index}]`))
        findings.push(finding);
    }),
  );
  return findings;
}

export const hasBlocking = (findings: readonly Finding[]): boolean =>
  findings.some((finding) => finding.severity === 'bloccante');

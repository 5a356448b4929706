import * as codes from '../../../shared/domain/listapospa/codeTables';
import type { CodeTable } from '../../../shared/domain/listapospa/codeTables';
import type {
  D0,
  E1,
  EnteVersante,
  F1,
  InquadramentoLavPA,
  Periodo,
  V1,
} from '../../../shared/domain/listapospa/model';
import type { MessageKey } from '../../i18n';
import { setCodMotivoUtilizzo, setDescrMotivo, setOptional, setSedeLavoro } from './quadri';

/**
 * The editor's fields of each quadro as data: one row component (FieldRow.tsx) draws them all,
 * so a field differs from its neighbours only in what is written here.
 */

export type FieldKind = 'text' | 'amount' | 'day' | 'month' | 'code';

export interface QuadroField<T> {
  /** Model path below the quadro ("codFondo", "datiSedeLavoro.cap"): the field's id and its findings. */
  key: string;
  label: MessageKey;
  kind: FieldKind;
  /** An optional model field: an empty input removes it. */
  optional?: boolean;
  table?: CodeTable;
  value(item: T): string | undefined;
  commit(item: T, value: string | undefined): void;
}

type Normalize = (text: string) => string;
export const trim: Normalize = (text) => text.trim();
export const upper: Normalize = (text) => text.toUpperCase();
export const trimUpper: Normalize = (text) => text.trim().toUpperCase();
const asIs: Normalize = (text) => text;

interface Options<T> {
  table?: CodeTable;
  optional?: boolean;
  normalize?: Normalize;
  /** Reads a value the key does not name directly (a nested group). */
  value?: (item: T) => string | undefined;
  /** Writes what a plain assignment cannot (groups that exist while filled, narrowed codes). */
  commit?: (item: T, value: string | undefined) => void;
}

/** A field stored under its own key: set when required, removed when optional and empty. */
export function field<T extends object>(
  kind: FieldKind,
  key: keyof T & string,
  label: MessageKey,
  options: Options<T> = {},
): QuadroField<T> {
  const { normalize = asIs, optional, table } = options;
  const record = (item: T) => item as Record<string, unknown>;
  return {
    key,
    label,
    kind,
    optional,
    table,
    value: options.value ?? ((item) => record(item)[key] as string | undefined),
    commit:
      options.commit ??
      ((item, value) => {
        const next = value === undefined ? undefined : normalize(value);
        if (optional) setOptional(record(item), key, next);
        else record(item)[key] = next ?? '';
      }),
  };
}

/**
 * The fields of a group that exists while one of them is filled (DatiSedeLavoro,
 * DescrMotivoUtilizzo): read from the group, written by its setter, which drops an empty group.
 */
function groupFields<T extends object, K extends string>(
  group: string,
  labels: Record<K, MessageKey>,
  kindOf: (key: K) => FieldKind,
  read: (item: T) => Partial<Record<K, string>> | undefined,
  write: (item: T, key: K, value: string) => void,
): QuadroField<T>[] {
  return (Object.entries(labels) as [K, MessageKey][]).map(([key, label]) => ({
    key: `${group}.${key}`,
    label,
    kind: kindOf(key),
    optional: true,
    value: (item) => read(item)?.[key] ?? '',
    commit: (item, value) => write(item, key, value ?? ''),
  }));
}

export const D0_FIELDS: readonly QuadroField<D0>[] = [
  field('text', 'cfLavoratore', 'lp.d0.cf', { normalize: upper }),
  field('text', 'cognome', 'lp.d0.cognome', { normalize: upper }),
  field('text', 'nome', 'lp.d0.nome', { normalize: upper }),
];

export const SEDE_LAVORO_FIELDS: readonly QuadroField<D0>[] = groupFields<D0, 'codiceComune' | 'cap'>(
  'datiSedeLavoro',
  { codiceComune: 'lp.d0.codiceComune', cap: 'lp.d0.cap' },
  () => 'text',
  (d0) => d0.datiSedeLavoro,
  setSedeLavoro,
);

export const E1_FIELDS: readonly QuadroField<E1>[] = [
  field('text', 'codFondo', 'lp.e1.codFondo', { normalize: trim }),
  field('day', 'dataInizioPeriodo', 'lp.e1.dataInizio', { normalize: trim }),
  field('day', 'dataFinePeriodo', 'lp.e1.dataFine', { normalize: trim }),
  field('amount', 'retribSoggettaAContrib', 'lp.e1.retribSoggetta'),
  field('amount', 'contribLav', 'lp.e1.contribLav'),
  field('amount', 'contribDL', 'lp.e1.contribDL'),
];

export const F1_FIELDS: readonly QuadroField<F1>[] = [
  field('month', 'annoMeseRif', 'lp.f1.annoMeseRif', { normalize: trim }),
  field('code', 'codGestione', 'lp.f1.codGestione', { table: codes.COD_GESTIONE }),
  field('code', 'tipoPiano', 'lp.f1.tipoPiano', { table: codes.TIPO_PIANO }),
  field('text', 'prgRata', 'lp.f1.prgRata', { normalize: trim }),
  field('text', 'totaleRate', 'lp.f1.totaleRate', { normalize: trim }),
  field('amount', 'importo', 'lp.f1.importo'),
  field('code', 'tipoOperazione', 'lp.f1.tipoOperazione', {
    table: codes.TIPO_OPERAZIONE_F1,
    commit: (f1, value) => (f1.tipoOperazione = value === 'R' || value === 'S' ? value : 'V'),
  }),
];

export const ENTE_VERSANTE_FIELDS: readonly QuadroField<EnteVersante>[] = [
  field('code', 'tipoContributo', 'lp.ev.tipoContributo', { table: codes.TIPO_CONTRIBUTO }),
  field('text', 'cfAzienda', 'lp.ev.cfAzienda', { normalize: trimUpper }),
  field('text', 'prgAzienda', 'lp.ev.prgAzienda', { normalize: trim }),
  field('amount', 'imponibile', 'lp.imponibile'),
  field('amount', 'contributo', 'lp.contributo'),
  field('month', 'annoMeseErogazione', 'lp.ev.annoMeseErogazione', { normalize: trim }),
  field('code', 'aliquota', 'lp.ev.aliquota', {
    table: codes.ALIQUOTA_ENTE_VERSANTE,
    commit: (row, value) => (row.aliquota = value === '1' ? '1' : '2'),
  }),
];

export const V1_CAUSALE_FIELDS: readonly QuadroField<V1>[] = [
  field('code', 'causaleVariazione', 'lp.causale', { table: codes.CAUSALE_VARIAZIONE }),
  field('code', 'codMotivoUtilizzo', 'lp.cmu', {
    table: codes.COD_MOTIVO_UTILIZZO,
    optional: true,
    commit: setCodMotivoUtilizzo,
  }),
];

export const DESCR_MOTIVO_FIELDS: readonly QuadroField<V1>[] = groupFields<
  V1,
  'dataAtto' | 'identAtto' | 'numeroRegistro'
>(
  'descrMotivoUtilizzo',
  {
    dataAtto: 'lp.descr.dataAtto',
    identAtto: 'lp.descr.identAtto',
    numeroRegistro: 'lp.descr.numeroRegistro',
  },
  (key) => (key === 'dataAtto' ? 'day' : 'text'),
  (v1) => v1.descrMotivoUtilizzo,
  setDescrMotivo,
);

export const INQUADRAMENTO_FIELDS: readonly QuadroField<InquadramentoLavPA>[] = [
  field('code', 'tipoImpiego', 'lp.tipoImpiego', { table: codes.TIPO_IMPIEGO }),
  field('code', 'tipoServizio', 'lp.tipoServizio', { table: codes.TIPO_SERVIZIO }),
  field('text', 'qualifica', 'lp.qualifica', { optional: true, normalize: upper }),
  field('code', 'regimeFineServizio', 'lp.regimeFineServizio', {
    table: codes.REGIME_FINE_SERVIZIO,
    optional: true,
  }),
];

/** The second row of the inquadramento; the part-time fields follow it. */
export const CONTRATTO_FIELDS: readonly QuadroField<InquadramentoLavPA>[] = [
  field('text', 'contratto', 'lp.contratto', { optional: true, normalize: upper }),
  field('text', 'percRetribuzione', 'lp.percRetribuzione', { optional: true, normalize: trim }),
];

export const GIORNI_FIELDS: readonly QuadroField<Periodo>[] = [
  field('day', 'giornoInizio', 'lp.giornoInizio'),
  field('day', 'giornoFine', 'lp.giornoFine'),
];

/** The tail of a period; the TFR amounts follow it when the period wants them. */
export const CESSAZIONE_FIELDS: readonly QuadroField<Periodo>[] = [
  field('code', 'codiceCessazione', 'lp.codiceCessazione', {
    table: codes.CODICE_CESSAZIONE,
    optional: true,
  }),
  field('text', 'numeroMensilita', 'lp.numeroMensilita', { optional: true, normalize: trim }),
];

export const TFR_FIELDS: readonly QuadroField<Periodo>[] = [
  field('amount', 'retribTeoricaTabellareTFR', 'lp.retribTeoricaTabellareTFR', { optional: true }),
  field('amount', 'retribValutabileTFR', 'lp.retribValutabileTFR', { optional: true }),
];

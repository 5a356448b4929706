import type { CodeTable } from '../../../shared/domain/listapospa/codeTables';
import type { Azienda, DatiMittente, ListaPosPA } from '../../../shared/domain/listapospa/model';
import { t, type MessageKey } from '../../i18n';
import { field, trim, trimUpper, type QuadroField } from './quadroFields';

/** The frontespizio's fields as data (quadroFields.ts): codici fiscali upper case, optional ones left out when empty. */

/** A table of the frontespizio's own codes, labelled from the catalogue. */
const table = (name: string, entries: Record<string, MessageKey>): CodeTable => ({
  name,
  source: 'docs/uniemens.md §2',
  entries: Object.entries(entries).map(([code, label]) => ({ code, label: t(label) })),
});
const TIPO_MITTENTE = table('Tipo', { '1': 'lpf.tipoMittente.1', '2': 'lpf.tipoMittente.2' });
const TIPO_FLUSSO = table('TipoListaPosPA', {
  ordinario: 'lp.tipo.ordinario',
  variazione: 'lp.tipo.variazione',
});

export const MITTENTE_FIELDS: readonly QuadroField<DatiMittente>[] = [
  field('code', 'tipo', 'lpf.tipoMittente', {
    table: TIPO_MITTENTE,
    commit: (m, value) => (m.tipo = value === '2' ? '2' : '1'),
  }),
  field('text', 'cfPersonaMittente', 'lpf.cfPersonaMittente', { normalize: trimUpper }),
  field('text', 'ragSocMittente', 'lpf.ragSocMittente'),
];

/** The second row of DatiMittente. */
export const MITTENTE_CF_FIELDS: readonly QuadroField<DatiMittente>[] = [
  field('text', 'cfMittente', 'lpf.cfMittente', { normalize: trimUpper }),
  field('text', 'cfSoftwarehouse', 'lpf.cfSoftwarehouse', { optional: true, normalize: trimUpper }),
  field('text', 'sedeINPS', 'lpf.sedeINPS', { optional: true, normalize: trim }),
];

export const AZIENDA_FIELDS: readonly QuadroField<Azienda>[] = [
  field('text', 'ragSocAzienda', 'lpf.ragSocAzienda'),
];

/** The head of ListaPosPA, in the row of RagSocAzienda. */
export const LISTA_HEAD_FIELDS: readonly QuadroField<ListaPosPA>[] = [
  field('code', 'tipo', 'lpf.tipoFlusso', {
    table: TIPO_FLUSSO,
    commit: (l, value) => (l.tipo = value === 'variazione' ? 'variazione' : 'ordinario'),
  }),
  field('text', 'cfRappresentanteFirmatario', 'lpf.cfRappresentanteFirmatario', { normalize: trimUpper }),
];

export const LISTA_FIELDS: readonly QuadroField<ListaPosPA>[] = [
  field('text', 'istat', 'lpf.istat', { optional: true, normalize: trim }),
  field('text', 'formaGiuridica', 'lpf.formaGiuridica', { optional: true, normalize: trim }),
];

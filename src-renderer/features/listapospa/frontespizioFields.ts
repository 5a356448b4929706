import type { CodeTable } from '../../../shared/domain/listapospa/codeTables';
import type { Azienda, DatiMittente, ListaPosPA } from '../../../shared/domain/listapospa/model';
import { t } from '../../i18n';
import { field, trim, trimUpper, type QuadroField } from './quadroFields';

/** The frontespizio's fields as data (quadroFields.ts): codici fiscali upper case, optional ones left out when empty. */

const SOURCE = 'uniemens.md §2';
const TIPO_MITTENTE: CodeTable = {
  name: 'Tipo',
  source: SOURCE,
  entries: [
    { code: '1', label: t('lpf.tipoMittente.1') },
    { code: '2', label: t('lpf.tipoMittente.2') },
  ],
};
const TIPO_FLUSSO: CodeTable = {
  name: 'TipoListaPosPA',
  source: SOURCE,
  entries: [
    { code: 'ordinario', label: t('lp.tipo.ordinario') },
    { code: 'variazione', label: t('lp.tipo.variazione') },
  ],
};

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

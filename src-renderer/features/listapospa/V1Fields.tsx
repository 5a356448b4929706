import type { V1 } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { FieldRow } from './FieldRow';
import { PeriodoFields } from './PeriodoFields';
import { QuadroList, type QuadroLabels } from './QuadroList';
import { newEnteVersante } from './quadri';
import { DESCR_MOTIVO_FIELDS, ENTE_VERSANTE_FIELDS, V1_CAUSALE_FIELDS } from './quadroFields';

const ENTE_VERSANTE_LIST: QuadroLabels = {
  heading: 'lp.ev.heading',
  title: 'lp.ev.title',
  add: 'lp.ev.add',
  remove: 'lp.ev.remove',
};

/** A V1: causale and motivo (with the atto that justifies it), the period, the EnteVersante rows. */

export function V1Fields({
  path,
  v1,
  findings,
  ente,
  update,
}: {
  path: string;
  v1: V1;
  findings: readonly Finding[];
  /** This ente (CFAzienda, PRGAZIENDA of the draft): the usual payer of a new EnteVersante row. */
  ente: { cfAzienda: string; prgAzienda: string };
  update(mutate: (v1: V1) => void): void;
}) {
  return (
    <>
      <FieldRow fields={V1_CAUSALE_FIELDS} path={path} item={v1} findings={findings} update={update} />
      {v1.codMotivoUtilizzo !== undefined && (
        <fieldset className="lp-gestione">
          <legend>{t('lp.descr.title')}</legend>
          <FieldRow fields={DESCR_MOTIVO_FIELDS} path={path} item={v1} findings={findings} update={update} />
        </fieldset>
      )}
      <PeriodoFields base={path} periodo={v1} findings={findings} update={(mutate) => update(mutate)} />
      <QuadroList
        path={`${path}.enteVersante`}
        labels={ENTE_VERSANTE_LIST}
        nested
        items={v1.enteVersante}
        findings={findings}
        onAdd={() => update((v) => v.enteVersante.push(newEnteVersante(v, ente.cfAzienda, ente.prgAzienda)))}
        onRemove={(index) => update((v) => v.enteVersante.splice(index, 1))}
      >
        {(row, index, rowPath) => (
          <FieldRow
            fields={ENTE_VERSANTE_FIELDS}
            path={rowPath}
            item={row}
            findings={findings}
            update={(mutate) => update((v) => v.enteVersante[index] && mutate(v.enteVersante[index]))}
          />
        )}
      </QuadroList>
    </>
  );
}

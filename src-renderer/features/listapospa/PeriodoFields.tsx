import { TIPO_IMPIEGO_PART_TIME, TIPO_PART_TIME } from '../../../shared/domain/listapospa/codeTables';
import type { InquadramentoLavPA, Periodo } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { FieldRow, ModelFields } from './FieldRow';
import { CodeSelect, GroupFindings, PercentInput } from './Fields';
import { GestioniFields } from './GestioneFieldset';
import {
  CESSAZIONE_FIELDS,
  CONTRATTO_FIELDS,
  GIORNI_FIELDS,
  INQUADRAMENTO_FIELDS,
  TFR_FIELDS,
} from './quadroFields';

/** What E0 and V1 share: dates, inquadramento (with part-time), gestioni, the TFR tail. */

function InquadramentoFields({
  base,
  inq,
  findings,
  update,
}: {
  base: string;
  inq: InquadramentoLavPA;
  findings: readonly Finding[];
  update(mutate: (inq: InquadramentoLavPA) => void): void;
}) {
  const path = `${base}.inquadramento`;
  // PartTimePA belongs to part-time TipoImpiego only (CE010); shown also when present, to remove it.
  const partTime = TIPO_IMPIEGO_PART_TIME.includes(inq.tipoImpiego) || inq.partTimePA !== undefined;
  return (
    <>
      <FieldRow fields={INQUADRAMENTO_FIELDS} path={path} item={inq} findings={findings} update={update} />
      <FieldRow fields={CONTRATTO_FIELDS} path={path} item={inq} findings={findings} update={update}>
        {partTime && (
          <>
            {/* The select carries the path of PartTimePA itself: CE010 speaks of the whole group. */}
            <CodeSelect
              path={`${path}.partTimePA`}
              label={t('lp.tipoPartTime')}
              findings={findings}
              value={inq.partTimePA?.tipoPartTime}
              table={TIPO_PART_TIME}
              optional
              onCommit={(value) =>
                update((i) => {
                  if (value === 'P' || value === 'V' || value === 'M')
                    i.partTimePA = { percPartTime: '', ...i.partTimePA, tipoPartTime: value };
                  else delete i.partTimePA;
                })
              }
            />
            {inq.partTimePA && (
              <PercentInput
                path={`${path}.partTimePA.percPartTime`}
                label={t('lp.percPartTime')}
                findings={findings}
                value={inq.partTimePA.percPartTime}
                onCommit={(value) => update((i) => i.partTimePA && (i.partTimePA.percPartTime = value))}
              />
            )}
          </>
        )}
      </FieldRow>
    </>
  );
}

/**
 * The TFR amounts are asked for when the period is under TFR (previdenziale TFR, or regime TFR
 * or optante): that is when 00383I wants them, and a TFS worker is not burdened with them. They
 * stay visible whenever they hold a value, so nothing imported is hidden.
 */
function wantsTfr(periodo: Periodo): boolean {
  return (
    periodo.gestioni?.previdenziale?.tipo === 'TFR' ||
    ['1', '2'].includes(periodo.inquadramento?.regimeFineServizio ?? '') ||
    periodo.retribTeoricaTabellareTFR !== undefined ||
    periodo.retribValutabileTFR !== undefined
  );
}

export function PeriodoFields({
  base,
  periodo,
  findings,
  update,
}: {
  base: string;
  periodo: Periodo;
  findings: readonly Finding[];
  update(mutate: (p: Periodo) => void): void;
}) {
  const inq = periodo.inquadramento;
  return (
    <>
      <FieldRow fields={GIORNI_FIELDS} path={base} item={periodo} findings={findings} update={update} />
      <GroupFindings path={`${base}.inquadramento`} findings={findings} />
      {!inq && (
        // A V1 read from a file may lack it (CE018): the operator can add it here.
        <button
          type="button"
          className="btn btn-sm btn-outline-primary mb-2"
          onClick={() => update((p) => (p.inquadramento = { tipoImpiego: '1', tipoServizio: '4' }))}
        >
          {t('lp.addInquadramento')}
        </button>
      )}
      {inq && (
        <InquadramentoFields
          base={base}
          inq={inq}
          findings={findings}
          update={(mutate) => update((p) => p.inquadramento && mutate(p.inquadramento))}
        />
      )}
      <GroupFindings path={`${base}.gestioni`} findings={findings} />
      {!periodo.gestioni && (
        <button
          type="button"
          className="btn btn-sm btn-outline-primary mb-2"
          onClick={() => update((p) => (p.gestioni = {}))}
        >
          {t('lp.addGestioni')}
        </button>
      )}
      {periodo.gestioni && (
        <GestioniFields
          base={base}
          periodo={periodo}
          findings={findings}
          onChange={(mutate) => update((p) => p.gestioni && mutate(p.gestioni))}
        />
      )}
      <FieldRow fields={CESSAZIONE_FIELDS} path={base} item={periodo} findings={findings} update={update}>
        {wantsTfr(periodo) && (
          <ModelFields fields={TFR_FIELDS} path={base} item={periodo} findings={findings} update={update} />
        )}
      </FieldRow>
    </>
  );
}

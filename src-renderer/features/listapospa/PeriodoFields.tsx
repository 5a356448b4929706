import {
  CODICE_CESSAZIONE,
  REGIME_FINE_SERVIZIO,
  TIPO_IMPIEGO,
  TIPO_IMPIEGO_PART_TIME,
  TIPO_PART_TIME,
  TIPO_SERVIZIO,
} from '../../../shared/domain/listapospa/codeTables';
import type { InquadramentoLavPA, Periodo } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { CodeSelect, GroupFindings, OptionalAmountInput, PercentInput, TextInput, DayInput } from './Fields';
import { GestioniFields } from './GestioneFieldset';
import { setOptional } from './quadri';

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
      <div className="lp-row">
        <CodeSelect
          path={`${path}.tipoImpiego`}
          label={t('lp.tipoImpiego')}
          findings={findings}
          value={inq.tipoImpiego}
          table={TIPO_IMPIEGO}
          onCommit={(value) => update((i) => (i.tipoImpiego = value ?? ''))}
        />
        <CodeSelect
          path={`${path}.tipoServizio`}
          label={t('lp.tipoServizio')}
          findings={findings}
          value={inq.tipoServizio}
          table={TIPO_SERVIZIO}
          onCommit={(value) => update((i) => (i.tipoServizio = value ?? ''))}
        />
        <TextInput
          path={`${path}.qualifica`}
          label={t('lp.qualifica')}
          findings={findings}
          value={inq.qualifica ?? ''}
          onCommit={(value) => update((i) => setOptional(i, 'qualifica', value.toUpperCase()))}
        />
        <CodeSelect
          path={`${path}.regimeFineServizio`}
          label={t('lp.regimeFineServizio')}
          findings={findings}
          value={inq.regimeFineServizio}
          table={REGIME_FINE_SERVIZIO}
          optional
          onCommit={(value) => update((i) => setOptional(i, 'regimeFineServizio', value))}
        />
      </div>
      <div className="lp-row">
        <TextInput
          path={`${path}.contratto`}
          label={t('lp.contratto')}
          findings={findings}
          value={inq.contratto ?? ''}
          onCommit={(value) => update((i) => setOptional(i, 'contratto', value.toUpperCase()))}
        />
        <TextInput
          path={`${path}.percRetribuzione`}
          label={t('lp.percRetribuzione')}
          findings={findings}
          value={inq.percRetribuzione ?? ''}
          onCommit={(value) => update((i) => setOptional(i, 'percRetribuzione', value.trim()))}
        />
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
      </div>
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
      <div className="lp-row">
        <DayInput
          path={`${base}.giornoInizio`}
          label={t('lp.giornoInizio')}
          findings={findings}
          value={periodo.giornoInizio}
          onCommit={(value) => update((p) => (p.giornoInizio = value))}
        />
        <DayInput
          path={`${base}.giornoFine`}
          label={t('lp.giornoFine')}
          findings={findings}
          value={periodo.giornoFine}
          onCommit={(value) => update((p) => (p.giornoFine = value))}
        />
      </div>
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
      <div className="lp-row">
        <CodeSelect
          path={`${base}.codiceCessazione`}
          label={t('lp.codiceCessazione')}
          findings={findings}
          value={periodo.codiceCessazione}
          table={CODICE_CESSAZIONE}
          optional
          onCommit={(value) => update((p) => setOptional(p, 'codiceCessazione', value))}
        />
        <TextInput
          path={`${base}.numeroMensilita`}
          label={t('lp.numeroMensilita')}
          findings={findings}
          value={periodo.numeroMensilita ?? ''}
          onCommit={(value) => update((p) => setOptional(p, 'numeroMensilita', value.trim()))}
        />
        {wantsTfr(periodo) && (
          <>
            <OptionalAmountInput
              path={`${base}.retribTeoricaTabellareTFR`}
              label={t('lp.retribTeoricaTabellareTFR')}
              findings={findings}
              value={periodo.retribTeoricaTabellareTFR}
              onCommit={(value) => update((p) => setOptional(p, 'retribTeoricaTabellareTFR', value))}
            />
            <OptionalAmountInput
              path={`${base}.retribValutabileTFR`}
              label={t('lp.retribValutabileTFR')}
              findings={findings}
              value={periodo.retribValutabileTFR}
              onCommit={(value) => update((p) => setOptional(p, 'retribValutabileTFR', value))}
            />
          </>
        )}
      </div>
    </>
  );
}

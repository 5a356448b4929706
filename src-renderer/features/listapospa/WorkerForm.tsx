import { formatAmountIt } from '../../../shared/domain/listapospa/amount';
import {
  CAUSALE_VARIAZIONE,
  COD_MOTIVO_UTILIZZO,
  REGIME_FINE_SERVIZIO,
  TIPO_IMPIEGO,
  TIPO_SERVIZIO,
  table,
} from './tables';
import { computeGestioni, fillContributi } from '../../../shared/domain/listapospa/contributions';
import type { D0, Gestioni, Periodo } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { AmountInput, CodeSelect, TextInput } from './Fields';
import { d0Path, useEditorStore } from './editorStore';
import { fieldId } from './fieldId';
import { useRateOverrides } from './useRateOverrides';

/** The quadri of one worker: D0 data, E0 periods, V1 periods, each with inquadramento and gestioni. */

const PENSIONISTICHE = table('Cassa', ['1', '2', '3', '4', '5']);
const PREVIDENZIALI = table('Gestione', ['6', '7']);

function GestioniFields({
  base,
  periodo,
  findings,
  onChange,
}: {
  base: string;
  periodo: Periodo;
  findings: readonly Finding[];
  onChange(mutate: (g: Gestioni) => void): void;
}) {
  const g = periodo.gestioni ?? {};
  const overrides = useRateOverrides();
  const computed = computeGestioni(periodo, overrides);
  const hint = (field: string) => {
    const item = computed.find((c) => c.field === field);
    if (!item?.atteso) return undefined;
    const rate = `${t('lp.computed', { importo: formatAmountIt(item.atteso), aliquota: (item.aliquota ?? '').replace('.', ',') })}`;
    return item.confirmed ? rate : `${rate} – ${t('lp.unconfirmed')}`;
  };
  return (
    <div className="lp-gestioni">
      <fieldset className="lp-gestione">
        <legend>{t('lp.gest.pensionistica')}</legend>
        <CodeSelect
          path={`${base}.gestioni.pensionistica.codGestione`}
          label={t('lp.codGestione')}
          findings={findings}
          value={g.pensionistica?.codGestione}
          table={PENSIONISTICHE}
          optional
          onCommit={(value) =>
            onChange((next) => {
              if (value === undefined) delete next.pensionistica;
              else
                next.pensionistica = {
                  imponibile: '0.00',
                  contributo: '0.00',
                  ...next.pensionistica,
                  codGestione: value,
                };
            })
          }
        />
        {g.pensionistica && (
          <>
            <AmountInput
              path={`${base}.gestioni.pensionistica.imponibile`}
              label={t('lp.imponibile')}
              findings={findings}
              value={g.pensionistica.imponibile}
              onCommit={(value) =>
                onChange((next) => next.pensionistica && (next.pensionistica.imponibile = value))
              }
            />
            <AmountInput
              path={`${base}.gestioni.pensionistica.contributo`}
              label={t('lp.contributo')}
              findings={findings}
              value={g.pensionistica.contributo}
              {...(hint('pensionistica') ? { hint: hint('pensionistica') } : {})}
              onCommit={(value) =>
                onChange((next) => next.pensionistica && (next.pensionistica.contributo = value))
              }
            />
          </>
        )}
      </fieldset>
      <fieldset className="lp-gestione">
        <legend>{t('lp.gest.previdenziale')}</legend>
        <CodeSelect
          path={`${base}.gestioni.previdenziale.codGestione`}
          label={t('lp.codGestione')}
          findings={findings}
          value={g.previdenziale?.codGestione}
          table={PREVIDENZIALI}
          optional
          onCommit={(value) =>
            onChange((next) => {
              if (value === undefined) delete next.previdenziale;
              else
                next.previdenziale = {
                  tipo: 'TFS',
                  imponibile: '0.00',
                  contributo: '0.00',
                  ...next.previdenziale,
                  codGestione: value,
                };
            })
          }
        />
        {g.previdenziale && (
          <>
            <AmountInput
              path={`${base}.gestioni.previdenziale.imponibile`}
              label={t('lp.imponibile')}
              findings={findings}
              value={g.previdenziale.imponibile}
              onCommit={(value) =>
                onChange((next) => next.previdenziale && (next.previdenziale.imponibile = value))
              }
            />
            <AmountInput
              path={`${base}.gestioni.previdenziale.contributo`}
              label={t('lp.contributo')}
              findings={findings}
              value={g.previdenziale.contributo}
              {...(hint('previdenziale') ? { hint: hint('previdenziale') } : {})}
              onCommit={(value) =>
                onChange((next) => next.previdenziale && (next.previdenziale.contributo = value))
              }
            />
          </>
        )}
      </fieldset>
      <fieldset className="lp-gestione">
        <legend>{t('lp.gest.credito')}</legend>
        {g.credito ? (
          <>
            <AmountInput
              path={`${base}.gestioni.credito.imponibile`}
              label={t('lp.imponibile')}
              findings={findings}
              value={g.credito.imponibile}
              onCommit={(value) => onChange((next) => next.credito && (next.credito.imponibile = value))}
            />
            <AmountInput
              path={`${base}.gestioni.credito.contributo`}
              label={t('lp.contributo')}
              findings={findings}
              value={g.credito.contributo}
              {...(hint('credito') ? { hint: hint('credito') } : {})}
              onCommit={(value) => onChange((next) => next.credito && (next.credito.contributo = value))}
            />
          </>
        ) : (
          <button
            type="button"
            className="btn btn-sm btn-outline-primary"
            onClick={() =>
              onChange(
                (next) => (next.credito = { codGestione: '9', imponibile: '0.00', contributo: '0.00' }),
              )
            }
          >
            {t('lp.gest.credito')} +
          </button>
        )}
      </fieldset>
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        onClick={() =>
          onChange((next) => Object.assign(next, fillContributi(next, periodo.giornoInizio, overrides)))
        }
      >
        {t('lp.compute')}
      </button>
    </div>
  );
}

function PeriodoFields({
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
        <TextInput
          path={`${base}.giornoInizio`}
          label={t('lp.giornoInizio')}
          findings={findings}
          value={periodo.giornoInizio}
          onCommit={(value) => update((p) => (p.giornoInizio = value))}
        />
        <TextInput
          path={`${base}.giornoFine`}
          label={t('lp.giornoFine')}
          findings={findings}
          value={periodo.giornoFine}
          onCommit={(value) => update((p) => (p.giornoFine = value))}
        />
      </div>
      {inq && (
        <div className="lp-row">
          <CodeSelect
            path={`${base}.inquadramento.tipoImpiego`}
            label={t('lp.tipoImpiego')}
            findings={findings}
            value={inq.tipoImpiego}
            table={TIPO_IMPIEGO}
            onCommit={(value) =>
              update((p) => p.inquadramento && (p.inquadramento.tipoImpiego = value ?? ''))
            }
          />
          <CodeSelect
            path={`${base}.inquadramento.tipoServizio`}
            label={t('lp.tipoServizio')}
            findings={findings}
            value={inq.tipoServizio}
            table={TIPO_SERVIZIO}
            onCommit={(value) =>
              update((p) => p.inquadramento && (p.inquadramento.tipoServizio = value ?? ''))
            }
          />
          <TextInput
            path={`${base}.inquadramento.qualifica`}
            label={t('lp.qualifica')}
            findings={findings}
            value={inq.qualifica ?? ''}
            onCommit={(value) =>
              update((p) => {
                if (!p.inquadramento) return;
                if (value === '') delete p.inquadramento.qualifica;
                else p.inquadramento.qualifica = value;
              })
            }
          />
          <CodeSelect
            path={`${base}.inquadramento.regimeFineServizio`}
            label={t('lp.regimeFineServizio')}
            findings={findings}
            value={inq.regimeFineServizio}
            table={REGIME_FINE_SERVIZIO}
            optional
            onCommit={(value) =>
              update((p) => {
                if (!p.inquadramento) return;
                if (value === undefined) delete p.inquadramento.regimeFineServizio;
                else p.inquadramento.regimeFineServizio = value;
              })
            }
          />
        </div>
      )}
      {periodo.gestioni && (
        <GestioniFields
          base={base}
          periodo={periodo}
          findings={findings}
          onChange={(mutate) => update((p) => p.gestioni && mutate(p.gestioni))}
        />
      )}
    </>
  );
}

const firstDay = (annoMese: string) => `${annoMese}-01`;
const lastDay = (annoMese: string) => {
  const [y = 2000, m = 1] = annoMese.split('-').map(Number);
  return `${annoMese}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const previousMonth = (annoMese: string) => {
  const [y = 2000, m = 1] = annoMese.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};
const newInquadramento = () => ({ tipoImpiego: '1', tipoServizio: '4', regimeFineServizio: '3' });
const newGestioni = (): Gestioni => ({
  pensionistica: { codGestione: '2', imponibile: '0.00', contributo: '0.00' },
  previdenziale: { codGestione: '6', tipo: 'TFS', imponibile: '0.00', contributo: '0.00' },
});

export function WorkerForm({ index, d0, annoMese }: { index: number; d0: D0; annoMese: string }) {
  const findings = useEditorStore((state) => state.d0Findings[index] ?? []);
  const updateD0 = useEditorStore((state) => state.updateD0);
  const removeD0 = useEditorStore((state) => state.removeD0);
  const base = d0Path(index);
  const update = (mutate: (d: D0) => void) => updateD0(index, mutate);
  return (
    <section className="lp-worker" aria-labelledby="lp-worker-title" id={fieldId(base)} tabIndex={-1}>
      <h2 id="lp-worker-title" className="h4">
        {d0.cognome || '—'} {d0.nome} <small className="text-muted">{d0.cfLavoratore}</small>
      </h2>
      <div className="lp-row">
        <TextInput
          path={`${base}.cfLavoratore`}
          label={t('lp.d0.cf')}
          findings={findings}
          value={d0.cfLavoratore}
          onCommit={(value) => update((d) => (d.cfLavoratore = value.toUpperCase()))}
        />
        <TextInput
          path={`${base}.cognome`}
          label={t('lp.d0.cognome')}
          findings={findings}
          value={d0.cognome}
          onCommit={(value) => update((d) => (d.cognome = value.toUpperCase()))}
        />
        <TextInput
          path={`${base}.nome`}
          label={t('lp.d0.nome')}
          findings={findings}
          value={d0.nome}
          onCommit={(value) => update((d) => (d.nome = value.toUpperCase()))}
        />
      </div>
      {findings
        .filter((finding) => finding.path === base)
        .map((finding, i) => (
          <p key={i} className="text-danger small">
            <strong>{finding.code}</strong> {finding.message}
          </p>
        ))}
      {d0.e0.map((e0, e) => (
        <fieldset key={`e0-${e}`} className="lp-quadro" id={fieldId(`${base}.e0[${e}]`)} tabIndex={-1}>
          <legend>{t('lp.e0.title', { n: e + 1 })}</legend>
          <PeriodoFields
            base={`${base}.e0[${e}]`}
            periodo={e0}
            findings={findings}
            update={(mutate) => update((d) => d.e0[e] && mutate(d.e0[e]))}
          />
          <button
            type="button"
            className="btn btn-sm btn-link"
            onClick={() => update((d) => d.e0.splice(e, 1))}
          >
            {t('lp.removePeriod')}
          </button>
        </fieldset>
      ))}
      {d0.v1.map((v1, v) => (
        <fieldset key={`v1-${v}`} className="lp-quadro" id={fieldId(`${base}.v1[${v}]`)} tabIndex={-1}>
          <legend>{t('lp.v1.title', { n: v + 1 })}</legend>
          <div className="lp-row">
            <CodeSelect
              path={`${base}.v1[${v}].causaleVariazione`}
              label={t('lp.causale')}
              findings={findings}
              value={v1.causaleVariazione}
              table={CAUSALE_VARIAZIONE}
              onCommit={(value) => update((d) => d.v1[v] && (d.v1[v].causaleVariazione = value ?? ''))}
            />
            <CodeSelect
              path={`${base}.v1[${v}].codMotivoUtilizzo`}
              label={t('lp.cmu')}
              findings={findings}
              value={v1.codMotivoUtilizzo}
              table={COD_MOTIVO_UTILIZZO}
              optional
              onCommit={(value) =>
                update((d) => {
                  const target = d.v1[v];
                  if (!target) return;
                  if (value === undefined) delete target.codMotivoUtilizzo;
                  else target.codMotivoUtilizzo = value;
                })
              }
            />
          </div>
          <PeriodoFields
            base={`${base}.v1[${v}]`}
            periodo={v1}
            findings={findings}
            update={(mutate) => update((d) => d.v1[v] && mutate(d.v1[v]))}
          />
          <button
            type="button"
            className="btn btn-sm btn-link"
            onClick={() => update((d) => d.v1.splice(v, 1))}
          >
            {t('lp.removePeriod')}
          </button>
        </fieldset>
      ))}
      <div className="d-flex gap-2 flex-wrap">
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() =>
            update((d) =>
              d.e0.push({
                giornoInizio: firstDay(annoMese),
                giornoFine: lastDay(annoMese),
                inquadramento: newInquadramento(),
                gestioni: newGestioni(),
              }),
            )
          }
        >
          {t('lp.addE0')}
        </button>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() =>
            update((d) =>
              d.v1.push({
                causaleVariazione: '5',
                giornoInizio: firstDay(previousMonth(annoMese)),
                giornoFine: lastDay(previousMonth(annoMese)),
                inquadramento: newInquadramento(),
                gestioni: newGestioni(),
                enteVersante: [],
              }),
            )
          }
        >
          {t('lp.addV1')}
        </button>
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => removeD0(index)}>
          {t('lp.removeWorker')}
        </button>
      </div>
    </section>
  );
}

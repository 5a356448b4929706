import type { D0, Gestioni } from '../../../shared/domain/listapospa/model';
import { t } from '../../i18n';
import { E1Fields, F1Fields } from './E1F1Fields';
import { FieldRow } from './FieldRow';
import { PeriodoFields } from './PeriodoFields';
import { QuadroList } from './QuadroList';
import { V1Fields } from './V1Fields';
import { d0Path, useEditorStore } from './editorStore';
import { fieldId } from './fieldId';
import { firstDay, lastDay, newE1, newF1, previousMonth } from './quadri';
import { D0_FIELDS, SEDE_LAVORO_FIELDS } from './quadroFields';

/** The quadri of one worker: D0 data and sede di lavoro, then the E0, V1, E1 and F1 lists. */

const newInquadramento = () => ({ tipoImpiego: '1', tipoServizio: '4', regimeFineServizio: '3' });
const newGestioni = (): Gestioni => ({
  pensionistica: { codGestione: '2', imponibile: '0.00', contributo: '0.00' },
  previdenziale: { codGestione: '6', tipo: 'TFS', imponibile: '0.00', contributo: '0.00' },
});

export function WorkerForm({ index, d0, annoMese }: { index: number; d0: D0; annoMese: string }) {
  const findings = useEditorStore((state) => state.d0Findings[index] ?? []);
  const updateD0 = useEditorStore((state) => state.updateD0);
  const removeD0 = useEditorStore((state) => state.removeD0);
  const cfAzienda = useEditorStore((state) => state.frontespizio?.azienda.cfAzienda ?? '');
  const prgAzienda = useEditorStore((state) => state.frontespizio?.azienda.listaPosPA.prgAzienda ?? '');
  const base = d0Path(index);
  const update = (mutate: (d: D0) => void) => updateD0(index, mutate);
  return (
    <section className="lp-worker" aria-labelledby="lp-worker-title" id={fieldId(base)} tabIndex={-1}>
      <h2 id="lp-worker-title" className="h4">
        {d0.cognome || '—'} {d0.nome} <small className="text-muted">{d0.cfLavoratore}</small>
      </h2>
      <FieldRow fields={D0_FIELDS} path={base} item={d0} findings={findings} update={update} />
      <FieldRow fields={SEDE_LAVORO_FIELDS} path={base} item={d0} findings={findings} update={update} />
      {findings
        .filter((finding) => finding.path === base)
        .map((finding, i) => (
          <p key={i} className="text-danger small">
            <strong>{finding.code}</strong> {finding.message}
          </p>
        ))}
      <QuadroList
        path={`${base}.e0`}
        heading={t('lp.e0.heading')}
        items={d0.e0}
        findings={findings}
        title={(n) => t('lp.e0.title', { n })}
        addLabel={t('lp.addE0')}
        removeLabel={(n) => t('lp.e0.remove', { n })}
        onAdd={() =>
          update((d) =>
            d.e0.push({
              giornoInizio: firstDay(annoMese),
              giornoFine: lastDay(annoMese),
              inquadramento: newInquadramento(),
              gestioni: newGestioni(),
            }),
          )
        }
        onRemove={(e) => update((d) => d.e0.splice(e, 1))}
      >
        {(e0, e, path) => (
          <PeriodoFields
            base={path}
            periodo={e0}
            findings={findings}
            update={(mutate) => update((d) => d.e0[e] && mutate(d.e0[e]))}
          />
        )}
      </QuadroList>
      <QuadroList
        path={`${base}.v1`}
        heading={t('lp.v1.heading')}
        items={d0.v1}
        findings={findings}
        title={(n) => t('lp.v1.title', { n })}
        addLabel={t('lp.addV1')}
        removeLabel={(n) => t('lp.v1.remove', { n })}
        onAdd={() =>
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
        onRemove={(v) => update((d) => d.v1.splice(v, 1))}
      >
        {(v1, v, path) => (
          <V1Fields
            path={path}
            v1={v1}
            findings={findings}
            ente={{ cfAzienda, prgAzienda }}
            update={(mutate) => update((d) => d.v1[v] && mutate(d.v1[v]))}
          />
        )}
      </QuadroList>
      <QuadroList
        path={`${base}.e1`}
        heading={t('lp.e1.heading')}
        items={d0.e1}
        findings={findings}
        title={(n) => t('lp.e1.title', { n })}
        addLabel={t('lp.addE1')}
        removeLabel={(n) => t('lp.e1.remove', { n })}
        onAdd={() => update((d) => d.e1.push(newE1(annoMese)))}
        onRemove={(i) => update((d) => d.e1.splice(i, 1))}
      >
        {(e1, i, path) => (
          <E1Fields
            path={path}
            e1={e1}
            findings={findings}
            update={(mutate) => update((d) => d.e1[i] && mutate(d.e1[i]))}
          />
        )}
      </QuadroList>
      <QuadroList
        path={`${base}.f1`}
        heading={t('lp.f1.heading')}
        items={d0.f1}
        findings={findings}
        title={(n) => t('lp.f1.title', { n })}
        addLabel={t('lp.addF1')}
        removeLabel={(n) => t('lp.f1.remove', { n })}
        onAdd={() => update((d) => d.f1.push(newF1(annoMese)))}
        onRemove={(i) => update((d) => d.f1.splice(i, 1))}
      >
        {(f1, i, path) => (
          <F1Fields
            path={path}
            f1={f1}
            findings={findings}
            update={(mutate) => update((d) => d.f1[i] && mutate(d.f1[i]))}
          />
        )}
      </QuadroList>
      <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => removeD0(index)}>
        {t('lp.removeWorker')}
      </button>
    </section>
  );
}

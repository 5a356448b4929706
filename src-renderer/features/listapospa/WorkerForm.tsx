import type { D0, Gestioni } from '../../../shared/domain/listapospa/model';
import { t } from '../../i18n';
import { E1Fields, F1Fields } from './E1F1Fields';
import { FieldRow } from './FieldRow';
import { PeriodoFields } from './PeriodoFields';
import { D0QuadroList } from './D0QuadroList';
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
  const list = { d0, base, findings, update };
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
      <D0QuadroList
        {...list}
        quadro="e0"
        create={() => ({
          giornoInizio: firstDay(annoMese),
          giornoFine: lastDay(annoMese),
          inquadramento: newInquadramento(),
          gestioni: newGestioni(),
        })}
      >
        {(e0, path, updateE0) => (
          <PeriodoFields base={path} periodo={e0} findings={findings} update={updateE0} />
        )}
      </D0QuadroList>
      <D0QuadroList
        {...list}
        quadro="v1"
        create={() => ({
          causaleVariazione: '5',
          giornoInizio: firstDay(previousMonth(annoMese)),
          giornoFine: lastDay(previousMonth(annoMese)),
          inquadramento: newInquadramento(),
          gestioni: newGestioni(),
          enteVersante: [],
        })}
      >
        {(v1, path, updateV1) => (
          <V1Fields
            path={path}
            v1={v1}
            findings={findings}
            ente={{ cfAzienda, prgAzienda }}
            update={updateV1}
          />
        )}
      </D0QuadroList>
      <D0QuadroList {...list} quadro="e1" create={() => newE1(annoMese)}>
        {(e1, path, updateE1) => <E1Fields path={path} e1={e1} findings={findings} update={updateE1} />}
      </D0QuadroList>
      <D0QuadroList {...list} quadro="f1" create={() => newF1(annoMese)}>
        {(f1, path, updateF1) => <F1Fields path={path} f1={f1} findings={findings} update={updateF1} />}
      </D0QuadroList>
      <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => removeD0(index)}>
        {t('lp.removeWorker')}
      </button>
    </section>
  );
}

import type { VoceScadenzario } from '../../../shared/contract/calls/scadenzarioCalls';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { kindLabel, shiftLabel, whenLabel } from './labels';
import { ScadenzaDetails } from './ScadenzaDetails';

interface Props {
  voci: readonly VoceScadenzario[];
  onMark(id: string, fatta: boolean): void;
}

/** The deadlines one per row, oldest first, each with its "fatta" box. */
export function ScadenzarioList({ voci, onMark }: Props) {
  const columns: Column<VoceScadenzario>[] = [
    {
      header: t('scadenzario.col.data'),
      cell: (v) => (
        <>
          <time dateTime={v.data}>{formatDate(v.data)}</time>
          {v.spostataPer !== null && <div className="small text-muted">{shiftLabel(v)}</div>}
        </>
      ),
    },
    {
      header: t('scadenzario.col.scadenza'),
      rowHeader: true,
      cell: (v) => (
        <>
          <span className={v.fatta ? 'text-decoration-line-through' : undefined}>{v.titolo}</span>
          <div className="small text-muted">{kindLabel(v.kind)}</div>
          <ScadenzaDetails voce={v} />
        </>
      ),
    },
    { header: t('scadenzario.col.ente'), cell: (v) => v.denominazione },
    {
      header: t('scadenzario.col.quando'),
      cell: (v) => (
        <span className={!v.fatta && v.traGiorni < 0 ? 'text-danger fw-semibold' : undefined}>
          {whenLabel(v.traGiorni)}
        </span>
      ),
    },
    {
      header: t('scadenzario.col.fatta'),
      cell: (v) => (
        <input
          type="checkbox"
          className="form-check-input"
          checked={v.fatta}
          aria-label={t('scadenzario.markDone', { titolo: v.titolo, ente: v.denominazione })}
          onChange={(event) => onMark(v.id, event.target.checked)}
        />
      ),
    },
  ];
  return (
    <DataTable
      caption={t('scadenzario.title')}
      testId="scadenzario-elenco"
      columns={columns}
      rows={voci}
      rowKey={(v) => v.id}
      rowData={(v) => ({ 'data-scadenza': v.id, 'data-kind': v.kind })}
      dense
    />
  );
}

import { gestioneLabel } from '../../../shared/domain/listapospa/codeTables';
import { formatImporto } from '../../../shared/text/formatIt';
import { DataTable, tableTitleId } from '../../components/DataTable';
import { t } from '../../i18n';
import { useEditorStore } from './editorStore';

/** Imponibile and contributo of the draft by gestione. */
export function DraftTotals() {
  const totals = useEditorStore((state) => state.totals);
  return (
    <section aria-labelledby={tableTitleId('lp-totals')}>
      <DataTable
        caption={t('lp.totals')}
        heading={{ level: 2, className: 'h5' }}
        testId="lp-totals"
        dense
        rows={totals}
        rowKey={(row) => row.codGestione}
        columns={[
          {
            header: t('lp.col.gestione'),
            rowHeader: true,
            cell: (row) => gestioneLabel(row.codGestione),
          },
          { header: t('lp.imponibile'), align: 'end', cell: (row) => formatImporto(row.imponibile) },
          { header: t('lp.contributo'), align: 'end', cell: (row) => formatImporto(row.contributo) },
        ]}
      />
    </section>
  );
}

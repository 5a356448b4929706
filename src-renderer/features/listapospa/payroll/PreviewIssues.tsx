import type { CallOutput } from '../../../../shared/contract';
import { DataTable } from '../../../components/DataTable';
import { t } from '../../../i18n';

type Issue = CallOutput<'listapospa.payroll.preview'>['issues'][number];

/** What the preview found, row by row: the file's row, its column, the field, the INPS code. */
export function PreviewIssues({ issues }: { issues: readonly Issue[] }) {
  return (
    <DataTable<Issue & { key: string }>
      caption={t('lpp.issuesCaption')}
      testId="lpp-issues"
      dense
      rows={issues.map((issue, index) => ({ ...issue, key: String(index) }))}
      rowKey={(issue) => issue.key}
      rowData={(issue) => ({ 'data-riga': String(issue.row), 'data-colonna': issue.column })}
      columns={[
        { header: t('lpp.col.riga'), rowHeader: true, cell: (issue) => issue.row },
        { header: t('lpp.col.colonnaFile'), cell: (issue) => issue.column },
        { header: t('lpp.col.campoDenuncia'), cell: (issue) => issue.field },
        { header: t('lpp.col.codice'), cell: (issue) => issue.code ?? t('lpp.reading.code') },
        { header: t('lpp.col.gravita'), cell: (issue) => issue.severity },
        { header: t('lpp.col.messaggio'), cell: (issue) => issue.message },
      ]}
    />
  );
}

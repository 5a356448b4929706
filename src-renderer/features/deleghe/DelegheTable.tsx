import { DataTable, type DataTableProps } from '../../components/DataTable';
import { t } from '../../i18n';

interface DelegaRow {
  numeroRichiesta: string;
  request: { ente: { denominazione: string } };
}

type Props<R extends DelegaRow> = Omit<DataTableProps<R>, 'rowKey' | 'rowData'> & {
  /** The posizione shown under the ente. */
  posizione(row: R): string;
};

/**
 * A table of deleghe: rows keyed and marked (`data-numero`) by the numero di richiesta, opened by
 * the numero and ente columns that every such table has; `columns` follow them.
 */
export function DelegheTable<R extends DelegaRow>({ posizione, columns, ...table }: Props<R>) {
  return (
    <DataTable
      {...table}
      rowKey={(row) => row.numeroRichiesta}
      rowData={(row) => ({ 'data-numero': row.numeroRichiesta })}
      columns={[
        {
          header: t('deleghe.col.numero'),
          rowHeader: true,
          className: 'font-monospace',
          cell: (row) => row.numeroRichiesta,
        },
        {
          header: t('deleghe.col.ente'),
          cell: (row) => (
            <>
              {row.request.ente.denominazione}
              <br />
              <span className="font-monospace">{posizione(row)}</span>
            </>
          ),
        },
        ...columns,
      ]}
    />
  );
}

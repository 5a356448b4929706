import type { Column } from '../../components/DataTable';
import { t } from '../../i18n';

interface DelegaRow {
  numeroRichiesta: string;
  request: { ente: { denominazione: string } };
}

/** The numero and ente columns every table of deleghe opens with; `posizione` names the posizione. */
export function delegaColumns<R extends DelegaRow>(posizione: (row: R) => string): Column<R>[] {
  return [
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
  ];
}

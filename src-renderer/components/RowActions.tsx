import type { Column } from './DataTable';

/** One thing a table row lets the user do. */
export interface RowAction {
  /** What the button shows: the verb ("Revoca"); the row says which. */
  text: string;
  /**
   * What a screen reader says: the verb and the row it acts on ("Revoca la delega 42"). Every row
   * has the same button, and one heard out of its row must still say which row it is for.
   */
  label: string;
  onClick(): void;
  /** `main` for the row's main action (filled), `danger` for one that takes something away. */
  tone?: 'main' | 'danger';
}

const buttonClass = (tone: RowAction['tone']) =>
  tone === 'main' ? 'btn-primary' : tone === 'danger' ? 'btn-outline-danger' : 'btn-outline-primary';

/** The buttons of a table row, each named for the row, of one size and look in every table. */
export function RowActions({ actions }: { actions: readonly (RowAction | false)[] }) {
  return (
    <div className="d-flex flex-wrap gap-1">
      {actions.map(
        (action) =>
          action && (
            <button
              key={action.label}
              type="button"
              className={`btn btn-sm ${buttonClass(action.tone)}`}
              aria-label={action.label}
              onClick={action.onClick}
            >
              {action.text}
            </button>
          ),
      )}
    </div>
  );
}

/** A table's last column, of the buttons of each row (`false` leaves one out for that row). */
export function actionsColumn<Row>(
  header: string,
  actions: (row: Row) => readonly (RowAction | false)[],
): Column<Row> {
  return { header, cell: (row) => <RowActions actions={actions(row)} /> };
}

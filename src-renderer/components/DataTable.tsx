import type { ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  cell(row: Row): ReactNode;
  /** The cell that names the row: a screen reader announces it with every other cell. */
  rowHeader?: boolean;
  /** Amounts line up on the right, header included. */
  align?: 'end';
  className?: string;
  testId?: string;
}

export interface DataTableProps<Row> {
  /** The table's name: a hidden caption, or with `heading` the heading shown above it. */
  caption: string;
  /**
   * Shows the caption as a heading of this level (and class) over the table, which it names:
   * the screens that title a table say it once, and a screen reader does not read it twice.
   */
  heading?: { level: 2 | 3; className?: string };
  /** What the reader should know of the rows, shown under the heading and describing the table. */
  note?: ReactNode;
  testId: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** `data-*` attributes that let a test or a jump find a row by its INPS key. */
  rowData?(row: Row): Record<`data-${string}`, string>;
  hover?: boolean;
  dense?: boolean;
  /** Said instead of the table when there are no rows. */
  empty?: ReactNode;
}

/** The id of the heading a DataTable shows (with `heading`), for a section named by it. */
export const tableTitleId = (testId: string) => `${testId}-title`;

/** A plain accessible table for short lists (Ricerca, deleghe, abilitazioni, quesiti…). */
export function DataTable<Row>({
  caption,
  heading,
  note,
  testId,
  columns,
  rows,
  rowKey,
  rowData,
  hover,
  dense,
  empty,
}: DataTableProps<Row>) {
  const headingId = tableTitleId(testId);
  const Heading = heading?.level === 3 ? 'h3' : 'h2';
  const noteId = `${testId}-note`;
  const title = (
    <>
      {heading && (
        <Heading id={headingId} className={heading.className}>
          {caption}
        </Heading>
      )}
      {note !== undefined && <div id={noteId}>{note}</div>}
    </>
  );
  if (rows.length === 0 && empty !== undefined)
    return (
      <>
        {title}
        <p>{empty}</p>
      </>
    );
  const className = ['table', hover && 'table-hover', dense && 'table-sm'].filter(Boolean).join(' ');
  return (
    <>
      {title}
      <div className="table-responsive">
        <table
          className={className}
          data-testid={testId}
          aria-labelledby={heading ? headingId : undefined}
          aria-describedby={note !== undefined ? noteId : undefined}
        >
          {!heading && <caption className="visually-hidden">{caption}</caption>}
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.header}
                  scope="col"
                  className={column.align === 'end' ? 'text-end' : undefined}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} {...rowData?.(row)}>
                {columns.map((column) => {
                  const className = [column.align === 'end' ? 'text-end' : null, column.className]
                    .filter(Boolean)
                    .join(' ');
                  const props = { className: className || undefined, 'data-testid': column.testId };
                  return column.rowHeader ? (
                    <th key={column.header} scope="row" {...props}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.header} {...props}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

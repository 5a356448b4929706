import { useEffect, useMemo, useRef } from 'react';
import { Icon } from 'design-react-kit';
import type { OnChangeFn, SortingState } from '@tanstack/react-table';
import { useLegacyTable, getCoreRowModel, type LegacyColumnDef } from '@tanstack/react-table/legacy';
import { useVirtualizer } from '@tanstack/react-virtual';
import { cellValue, formatCell, type SezioneDefinition } from '../../../shared/domain/sezioni';
import { t } from '../../i18n';
import type { SezioneWindow } from './useSezione';

export type Row = Record<string, unknown> & { id: string };

const ROW_HEIGHT = 34;

interface Props {
  definition: SezioneDefinition;
  data: SezioneWindow;
  /** The sort and its setter, as useState gives them. */
  sorting: [SortingState, OnChangeFn<SortingState>];
  /** The view shown: a new one starts from its first row. */
  view: unknown;
  /** The row whose detail is open, and what opens or closes one. */
  selected: [string | undefined, (row: Row | null) => void];
  ensureRows(first: number, last: number): void;
}

/**
 * The rows of a section's view, virtualized: only the rows on screen are in the page, fetched
 * by window (ensureRows) as they scroll in. Headers sort, a totals row closes the table.
 */
export function SezioneGrid({
  definition,
  data,
  sorting: [sorting, onSortingChange],
  view,
  selected: [selectedId, onSelect],
  ensureRows,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { matched, totals } = data;
  const columns = useMemo<LegacyColumnDef<Row>[]>(
    () =>
      definition.columns.map((column) => ({
        id: column.key,
        header: column.label,
        accessorFn: (row: Row) => cellValue(row, column.key),
      })),
    [definition],
  );
  const table = useLegacyTable<Row>({
    data: [],
    columns,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    // First click ascending, second descending, third back to the API's order.
    sortDescFirst: false,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
  });

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render only
  const virtualizer = useVirtualizer({
    count: matched,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  // A new view starts from its first row.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [view]);
  const virtualItems = virtualizer.getVirtualItems();
  const firstShown = virtualItems[0]?.index ?? 0;
  const lastShown = virtualItems[virtualItems.length - 1]?.index ?? 0;
  useEffect(() => ensureRows(firstShown, lastShown), [ensureRows, firstShown, lastShown]);

  const rowAt = (index: number) => data.rows[index - data.offset] as Row | undefined;
  const padTop = virtualItems[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (virtualItems[virtualItems.length - 1]?.end ?? 0);
  const colSpan = definition.columns.length + 1;

  return (
    <div
      ref={scrollRef}
      className="sezione-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('sezione.table.caption', { title: definition.title })}
    >
      <table
        className="table table-sm table-hover sezione-table mb-0"
        data-testid="sezione-table"
        aria-rowcount={matched + 2}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col">
                <span className="visually-hidden">{t('sezione.detail')}</span>
              </th>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const column = definition.columns.find((c) => c.key === header.column.id);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={column?.kind === 'amount' ? 'text-end' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      className="btn btn-link btn-xs p-0 sezione-sort"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {column?.label}
                      {sorted ? <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : ' ▼'}</span> : null}
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={colSpan} style={{ height: padTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {matched === 0 && (
            <tr>
              <td colSpan={colSpan}>{t('sezione.empty')}</td>
            </tr>
          )}
          {virtualItems.map((item) => {
            const row = rowAt(item.index);
            // Not fetched yet: an empty row of the right height, filled when its window arrives.
            if (!row)
              return (
                <tr
                  key={`pending-${item.index}`}
                  aria-rowindex={item.index + 2}
                  style={{ height: ROW_HEIGHT }}
                >
                  <td colSpan={colSpan} aria-busy="true" />
                </tr>
              );
            return (
              <tr
                key={row.id}
                data-row-id={row.id}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
                className={row.id === selectedId ? 'table-active' : undefined}
              >
                <td>
                  <button
                    type="button"
                    className="btn btn-link btn-xs p-0"
                    aria-label={t('sezione.detail.open', { n: item.index + 1 })}
                    aria-expanded={row.id === selectedId}
                    onClick={() => onSelect(row.id === selectedId ? null : row)}
                  >
                    <Icon icon="it-info-circle" size="sm" color="primary" aria-hidden="true" />
                  </button>
                </td>
                {definition.columns.map((column) => (
                  <td
                    key={column.key}
                    className={column.kind === 'amount' ? 'text-end text-nowrap' : 'text-nowrap'}
                  >
                    {formatCell(column.kind, cellValue(row, column.key))}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={colSpan} style={{ height: padBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr data-testid="sezione-totals">
            <th scope="row">
              {t(definition.notCounted ? 'sezione.totaleSenzaAnnullate' : 'sezione.totale')}
            </th>
            {definition.columns.map((column) => (
              <td key={column.key} className="text-end text-nowrap fw-bold">
                {column.key in totals ? formatCell('amount', totals[column.key]) : ''}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

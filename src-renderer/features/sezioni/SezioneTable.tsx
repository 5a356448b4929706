/**
 * The one table of every Cassetto section: sort, filters on period/state/amount, free-text
 * search, a totals row, a detail panel and exports of the current view. The column model and the
 * sort state are TanStack Table's; rows are virtualized with TanStack Virtual. The rows stay on
 * the main side, indexed (shared/domain/sezioni/sezioneIndex.ts): this asks for the view's count,
 * totals and the window of rows on screen, so 100,000 versamenti open, filter and sort as fast
 * as 100, and the exports apply the very same view.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Icon } from 'design-react-kit';
import { DateInput } from '../../components/DateInput';
import type { SortingState } from '@tanstack/react-table';
import { useLegacyTable, getCoreRowModel, type LegacyColumnDef } from '@tanstack/react-table/legacy';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  cellValue,
  formatCell,
  parseImportoInput,
  SEZIONE_DEFINITIONS,
  type Sezione,
  type SezioneFilters,
} from '../../../shared/domain/sezioni';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { saveFile } from '../../files/fileTransfer';
import { useSezione } from './useSezione';

type Row = Record<string, unknown> & { id: string };

const ROW_HEIGHT = 34;
const time = (iso: string) => ({ data: formatCell('date', iso), ora: iso.slice(11, 16) });

interface Props {
  posizioneId: string;
  sezione: Sezione;
  /** Section-specific content of the detail panel (nested lists, actions). */
  renderDetail?: (row: Row, reload: () => Promise<void>) => ReactNode;
}

export function SezioneTable({ posizioneId, sezione, renderDetail }: Props) {
  const client = useClient();
  const definition = SEZIONE_DEFINITIONS[sezione];
  const [filters, setFilters] = useState<SezioneFilters>({});
  const [importoText, setImportoText] = useState({ min: '', max: '' });
  // Newest first, as an operator reads a Cassetto: by the section's first date or month column.
  const [sorting, setSorting] = useState<SortingState>(() => {
    const newest = definition.columns.find((column) => column.kind === 'date' || column.kind === 'month');
    return newest ? [{ id: newest.key, desc: true }] : [];
  });
  const [selected, setSelected] = useState<Row | null>(null);
  const [notice, setNotice] = useState<{ color: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);

  const sort = sorting[0] ? { key: sorting[0].id, desc: sorting[0].desc } : null;
  // Only the filters set travel (the call's schema is strict about what a filter looks like).
  const view = useMemo(
    () => ({
      filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as SezioneFilters,
      sort,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filters, sort?.key, sort?.desc],
  );
  const { state, ensureRows, reload } = useSezione(posizioneId, sezione, view);
  const matched = state.kind === 'ready' ? state.value.matched : 0;

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
    onSortingChange: setSorting,
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

  if (state.kind === 'loading') return <p aria-busy="true">{t('sezione.loading')}</p>;
  if (state.kind === 'error')
    return (
      <Alert color="danger">
        {state.message}{' '}
        <Button color="primary" size="sm" onClick={() => void reload()}>
          {t('sezione.reload')}
        </Button>
      </Alert>
    );

  const data = state.value;
  const rowAt = (index: number) => data.rows[index - data.offset] as Row | undefined;
  // The selected row as last fetched: the window may have moved on since it was opened.
  const current = selected ? ((data.rows as Row[]).find((row) => row.id === selected.id) ?? selected) : null;
  const selectedId = current?.id;
  const setAmount = (which: 'min' | 'max', text: string) => {
    setImportoText((previous) => ({ ...previous, [which]: text }));
    const parsed = parseImportoInput(text);
    const key = which === 'min' ? 'importoMin' : 'importoMax';
    if (text.trim() === '' || parsed) setFilters((previous) => ({ ...previous, [key]: parsed }));
  };
  const invalid = (text: string) => text.trim() !== '' && !parseImportoInput(text);

  const exportAs = async (format: 'csv' | 'xlsx' | 'pdf') => {
    setBusy(true);
    setNotice(null);
    const result = await saveFile(client, {
      call: 'sezione.export',
      input: { posizioneId, sezione, format, view },
    });
    setBusy(false);
    if (!result.ok) return setNotice({ color: 'danger', text: result.error.message });
    const outcome = result.value;
    if (outcome.outcome === 'cancelled' || outcome.outcome === 'refused') return;
    setNotice({
      color: 'success',
      text: t('sezione.export.done', {
        file: outcome.fileName,
        rows: 'rows' in outcome ? (outcome.rows ?? 0) : 0,
      }),
    });
  };

  const padTop = virtualItems[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (virtualItems[virtualItems.length - 1]?.end ?? 0);
  const colSpan = definition.columns.length + 1;
  const { aggiornatoAl, offline, total, totals, states } = data;

  return (
    <div className="sezione">
      {offline ? (
        <Alert color="warning" data-testid="sezione-offline">
          {t('sezione.offline', time(aggiornatoAl))}
        </Alert>
      ) : (
        <p className="text-muted small mb-2" data-testid="sezione-aggiornato">
          {t('sezione.aggiornatoAl', time(aggiornatoAl))}{' '}
          <Button color="link" size="xs" className="p-0 align-baseline" onClick={() => void reload()}>
            {t('sezione.reload')}
          </Button>
        </p>
      )}

      <fieldset className="sezione-filters row g-2 mb-2">
        <legend className="h6">{t('sezione.filters')}</legend>
        <div className="col-6 col-md-2">
          <label className="form-label small" htmlFor={`${sezione}-da`}>
            {t('sezione.filter.periodoDa')}
          </label>
          <DateInput
            id={`${sezione}-da`}
            kind="month"
            what={t('sezione.filter.periodoDa')}
            className="form-control form-control-sm"
            value={filters.periodoDa ?? ''}
            onValue={(value, valid) => valid && setFilters((p) => ({ ...p, periodoDa: value || undefined }))}
          />
        </div>
        <div className="col-6 col-md-2">
          <label className="form-label small" htmlFor={`${sezione}-a`}>
            {t('sezione.filter.periodoA')}
          </label>
          <DateInput
            id={`${sezione}-a`}
            kind="month"
            what={t('sezione.filter.periodoA')}
            className="form-control form-control-sm"
            value={filters.periodoA ?? ''}
            onValue={(value, valid) => valid && setFilters((p) => ({ ...p, periodoA: value || undefined }))}
          />
        </div>
        <div className="col-6 col-md-2">
          <label className="form-label small" htmlFor={`${sezione}-stato`}>
            {definition.stateLabel ?? t('sezione.filter.stato')}
          </label>
          <select
            id={`${sezione}-stato`}
            className="form-select form-select-sm"
            value={filters.stato ?? ''}
            onChange={(e) => setFilters((p) => ({ ...p, stato: e.target.value || undefined }))}
          >
            <option value="">{t('sezione.filter.statoAll')}</option>
            {states.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="col-6 col-md-2">
          <label className="form-label small" htmlFor={`${sezione}-min`}>
            {t('sezione.filter.importoMin')}
          </label>
          <input
            id={`${sezione}-min`}
            inputMode="decimal"
            className={`form-control form-control-sm${invalid(importoText.min) ? ' is-invalid' : ''}`}
            value={importoText.min}
            onChange={(e) => setAmount('min', e.target.value)}
            aria-invalid={invalid(importoText.min)}
          />
        </div>
        <div className="col-6 col-md-2">
          <label className="form-label small" htmlFor={`${sezione}-max`}>
            {t('sezione.filter.importoMax')}
          </label>
          <input
            id={`${sezione}-max`}
            inputMode="decimal"
            className={`form-control form-control-sm${invalid(importoText.max) ? ' is-invalid' : ''}`}
            value={importoText.max}
            onChange={(e) => setAmount('max', e.target.value)}
            aria-invalid={invalid(importoText.max)}
          />
        </div>
        <div className="col-6 col-md-2">
          <label className="form-label small" htmlFor={`${sezione}-testo`}>
            {t('sezione.filter.testo')}
          </label>
          <input
            id={`${sezione}-testo`}
            type="search"
            className="form-control form-control-sm"
            value={filters.testo ?? ''}
            onChange={(e) => setFilters((p) => ({ ...p, testo: e.target.value || undefined }))}
            autoComplete="off"
          />
        </div>
        {(invalid(importoText.min) || invalid(importoText.max)) && (
          <p className="text-danger small mb-0" role="alert">
            {t('sezione.filter.importoInvalid')}
          </p>
        )}
      </fieldset>

      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <span data-testid="sezione-count" aria-live="polite">
          {t('sezione.count', {
            shown: matched.toLocaleString('it-IT'),
            total: total.toLocaleString('it-IT'),
          })}
        </span>
        <Button
          color="secondary"
          outline
          size="xs"
          onClick={() => {
            setFilters({});
            setImportoText({ min: '', max: '' });
          }}
        >
          {t('sezione.filter.reset')}
        </Button>
        <span className="ms-auto" />
        <Button color="primary" outline size="xs" disabled={busy} onClick={() => void exportAs('csv')}>
          {t('sezione.export.csv')}
        </Button>
        <Button color="primary" outline size="xs" disabled={busy} onClick={() => void exportAs('xlsx')}>
          {t('sezione.export.xlsx')}
        </Button>
        <Button color="primary" outline size="xs" disabled={busy} onClick={() => void exportAs('pdf')}>
          {t('sezione.export.pdf')}
        </Button>
      </div>
      {notice && <Alert color={notice.color}>{notice.text}</Alert>}

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
                      onClick={() => setSelected(row.id === selectedId ? null : row)}
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

      {current && (
        <section
          className="sezione-detail card card-body mt-3"
          aria-labelledby="sezione-detail-title"
          data-testid="sezione-detail"
        >
          <div className="d-flex align-items-center">
            <h2 id="sezione-detail-title" className="h5 mb-2">
              {t('sezione.detail.title')}
            </h2>
            <Button color="secondary" outline size="xs" className="ms-auto" onClick={() => setSelected(null)}>
              {t('sezione.detail.close')}
            </Button>
          </div>
          <dl className="row mb-2">
            {definition.columns.map((column) => (
              <div className="col-12 col-md-4" key={column.key}>
                <dt className="small">{column.label}</dt>
                <dd>{formatCell(column.kind, cellValue(current, column.key)) || '—'}</dd>
              </div>
            ))}
          </dl>
          {renderDetail?.(current, reload)}
        </section>
      )}
    </div>
  );
}

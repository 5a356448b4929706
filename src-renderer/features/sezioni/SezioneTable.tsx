/**
 * The one table of every Cassetto section: sort, filters on period/state/amount, free-text
 * search, a totals row, a detail panel and exports of the current view. The column model and the
 * sort state are TanStack Table's; rows are virtualized with TanStack Virtual. The rows stay on
 * the main side, indexed (shared/domain/sezioni/sezioneIndex.ts): this asks for the view's count,
 * totals and the window of rows on screen, so 100,000 versamenti open, filter and sort as fast
 * as 100, and the exports apply the very same view.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { SortingState } from '@tanstack/react-table';
import { formatCell, SEZIONE_DEFINITIONS, type Sezione } from '../../../shared/domain/sezioni';
import { isCancelled } from '../../../shared/contract';
import { t, type MessageKey } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { saveFile } from '../../files/fileTransfer';
import { SezioneDetail } from './SezioneDetail';
import { SezioneFilters, useSezioneFilters } from './SezioneFilters';
import { SezioneGrid, type Row } from './SezioneGrid';
import { useSezione } from './useSezione';

type ExportFormat = 'csv' | 'xlsx' | 'pdf';
const EXPORTS: readonly [ExportFormat, MessageKey][] = [
  ['csv', 'sezione.export.csv'],
  ['xlsx', 'sezione.export.xlsx'],
  ['pdf', 'sezione.export.pdf'],
];
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
  const filtering = useSezioneFilters();
  const { filters } = filtering;
  // Newest first, as an operator reads a Cassetto: by the section's first date or month column.
  const [sorting, setSorting] = useState<SortingState>(() => {
    const newest = definition.columns.find((column) => column.kind === 'date' || column.kind === 'month');
    return newest ? [{ id: newest.key, desc: true }] : [];
  });
  const [selected, setSelected] = useState<Row | null>(null);
  const [notice, setNotice] = useState<{ color: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // An export still being made when the user leaves the section is cancelled in main.
  const exporting = useRef<AbortController | null>(null);
  useEffect(() => () => exporting.current?.abort(), []);

  const sort = sorting[0] ? { key: sorting[0].id, desc: sorting[0].desc } : null;
  // The filters hold only those set (useFilter), as the call’s strict schema wants.
  const view = useMemo(
    () => ({ filters, sort }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filters, sort?.key, sort?.desc],
  );
  const { state, ensureRows, reload } = useSezione(posizioneId, sezione, view);

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
  // The selected row as last fetched: the window may have moved on since it was opened.
  const current = selected ? ((data.rows as Row[]).find((row) => row.id === selected.id) ?? selected) : null;
  const selectedId = current?.id;
  const exportAs = async (format: ExportFormat) => {
    setBusy(true);
    setNotice(null);
    const controller = new AbortController();
    exporting.current = controller;
    const result = await saveFile(
      client,
      { call: 'sezione.export', input: { posizioneId, sezione, format, view } },
      { signal: controller.signal },
    );
    // Cancelled because the user left: nothing to say, and nobody to say it to.
    if (isCancelled(result)) return;
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

  const { aggiornatoAl, offline, matched, total, states } = data;

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

      <SezioneFilters
        sezione={sezione}
        stateLabel={definition.stateLabel}
        states={states}
        filtering={filtering}
      />

      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <span data-testid="sezione-count" aria-live="polite">
          {t('sezione.count', {
            shown: matched.toLocaleString('it-IT'),
            total: total.toLocaleString('it-IT'),
          })}
        </span>
        <Button color="secondary" outline size="xs" onClick={filtering.reset}>
          {t('sezione.filter.reset')}
        </Button>
        <span className="ms-auto" />
        {EXPORTS.map(([format, label]) => (
          <Button
            key={format}
            color="primary"
            outline
            size="xs"
            disabled={busy}
            onClick={() => void exportAs(format)}
          >
            {t(label)}
          </Button>
        ))}
      </div>
      {notice && <Alert color={notice.color}>{notice.text}</Alert>}

      <SezioneGrid
        definition={definition}
        data={data}
        view={view}
        ensureRows={ensureRows}
        sorting={[sorting, setSorting]}
        selected={[selectedId, setSelected]}
      />

      {current && (
        <SezioneDetail definition={definition} current={current} onClose={() => setSelected(null)}>
          {renderDetail?.(current, reload)}
        </SezioneDetail>
      )}
    </div>
  );
}

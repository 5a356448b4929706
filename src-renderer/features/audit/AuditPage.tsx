import { useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import type { AuditFilter } from '../../../shared/contract/calls/auditCalls';
import { AUDIT_OPERATIONS } from '../../../shared/domain/audit/operations';
import { AsyncView, useLoaded } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { DateFilters } from '../../components/DateFilters';
import { ChoiceField } from '../../components/ChoiceField';
import { saveFile } from '../../files/fileTransfer';
import { formatDateTime } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { usePosizioneStore } from '../../state/posizioneStore';
import { useFilter } from '../../state/useFilter';

/**
 * The signed-in user's audit log: filters (operation, posizione, days, outcome), the state of
 * the hash chain, and the filtered entries to CSV through the host. Newest first, at most LIMIT.
 */

const LIMIT = 500;
const OUTCOMES = ['ok', 'errore'] as const;
const DATES = [
  ['from', 'audit.filter.from'],
  ['to', 'audit.filter.to'],
] as const;

type Listed = CallOutput<'audit.list'>;
type Entry = Listed['entries'][number];

const when = (iso: string) => formatDateTime(iso, true);

export function AuditPage() {
  const client = useClient();
  const { filter, set } = useFilter<AuditFilter>();
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);

  const state = useLoaded(() => client.call('audit.list', { filter, limit: LIMIT }), [client, filter]);

  const exportCsv = async () => {
    setNotice(null);
    const result = await saveFile(client, { call: 'audit.export', input: { filter } });
    if (!result.ok)
      return setNotice({ tone: 'danger', text: t('audit.exportFailed', { motivo: result.error.message }) });
    const outcome = result.value;
    if (outcome.outcome === 'saved' || outcome.outcome === 'download') {
      setNotice({
        tone: 'success',
        text: t('audit.exported', { rows: outcome.rows ?? 0, file: outcome.fileName }),
      });
    }
  };

  const posizioni = state.kind === 'done' ? state.value.posizioni : [];
  const posizioneLabel = usePosizioneLabel();
  return (
    <section aria-labelledby="audit-title" data-testid="audit-page">
      <h1 id="audit-title" className="h3">
        {t('audit.title')}
      </h1>
      <p>{t('audit.intro')}</p>
      <fieldset className="row g-2 mb-3" aria-label={t('audit.filters')}>
        <ChoiceField
          id="audit-op"
          label={t('audit.filter.op')}
          wrapperClassName="col-md-3"
          value={filter.op ?? ''}
          choices={AUDIT_OPERATIONS.codes}
          optionLabel={(op) => AUDIT_OPERATIONS.labels[op]}
          anyLabel={t('audit.filter.op.all')}
          onChoose={(op) => set('op', op)}
        />
        <ChoiceField
          id="audit-posizione"
          label={t('audit.filter.posizione')}
          wrapperClassName="col-md-2"
          value={filter.posizioneId ?? ''}
          choices={posizioni}
          optionLabel={posizioneLabel}
          anyLabel={t('audit.filter.posizione.all')}
          onChoose={(posizioneId) => set('posizioneId', posizioneId)}
        />
        <DateFilters
          idPrefix="audit"
          kind="date"
          fields={DATES}
          values={filter}
          wrapperClassName="col-md-2"
          onFilter={set}
        />
        <ChoiceField
          id="audit-outcome"
          label={t('audit.filter.outcome')}
          wrapperClassName="col-md-2"
          value={filter.outcome ?? ''}
          choices={OUTCOMES}
          optionLabel={(outcome) => t(`audit.filter.outcome.${outcome}`)}
          anyLabel={t('audit.filter.outcome.all')}
          onChoose={(outcome) => set('outcome', outcome)}
        />
      </fieldset>
      <button type="button" className="btn btn-outline-primary btn-sm mb-3" onClick={() => void exportCsv()}>
        {t('audit.export')}
      </button>
      {notice && (
        <p className={`alert alert-${notice.tone}`} role="status" data-testid="audit-notice">
          {notice.text}
        </p>
      )}
      <AsyncView
        state={state}
        loading={t('audit.loading')}
        failed={(motivo) => t('audit.failed', { motivo })}
      >
        {(value) => <AuditEntries value={value} />}
      </AsyncView>
    </section>
  );
}

/** The log keeps a posizione's code; the operator knows it by the ente's name, as the Ricerca shows it. */
function usePosizioneLabel(): (id: string) => string {
  const ricerca = usePosizioneStore((store) => store.ricerca);
  const names = new Map(ricerca.kind === 'ready' ? ricerca.value.map((p) => [p.id, p.denominazione]) : []);
  return (id) => {
    const name = names.get(id);
    return name ? `${name} (${id})` : id;
  };
}

function AuditEntries({ value }: { value: Listed }) {
  const { verification } = value;
  const posizioneLabel = usePosizioneLabel();
  return (
    <>
      {verification.intact ? (
        <p className="alert alert-success" role="status" data-testid="audit-chain">
          {t('audit.intact', { n: verification.entries })}
        </p>
      ) : (
        <div className="alert alert-danger" role="alert" data-testid="audit-chain">
          <p className="mb-1">{t('audit.broken')}</p>
          <ul className="mb-0">
            {verification.breaks.map((item, i) => (
              <li key={i}>
                {t('audit.break', {
                  n: item.n,
                  quando: item.at ? ` (${when(item.at)})` : '',
                  problema: item.problem,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {verification.notes.map((note, i) => (
        <p key={i} className="small text-muted">
          {note}
        </p>
      ))}
      {value.entries.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          <p className="small">{t('audit.shown', { shown: value.entries.length, total: value.total })}</p>
          <DataTable<Entry>
            caption={t('audit.title')}
            testId="audit-table"
            dense
            rows={value.entries}
            rowKey={(entry) => String(entry.n)}
            rowData={(entry) => ({ 'data-op': entry.op })}
            columns={[
              { header: t('audit.col.n'), cell: (entry) => entry.n },
              { header: t('audit.col.at'), cell: (entry) => when(entry.at) },
              {
                header: t('audit.col.op'),
                rowHeader: true,
                cell: (entry) => AUDIT_OPERATIONS.labels[entry.op],
              },
              {
                header: t('audit.col.posizione'),
                cell: (entry) => (entry.posizioneId ? posizioneLabel(entry.posizioneId) : ''),
              },
              {
                header: t('audit.col.outcome'),
                testId: 'audit-outcome',
                cell: (entry) => (entry.outcome === 'ok' ? t('audit.outcome.ok') : entry.outcome),
              },
              { header: t('audit.col.detail'), cell: (entry) => entry.detail ?? '' },
              {
                header: t('audit.col.sha256'),
                cell: (entry) =>
                  entry.sha256 ? <code title={entry.sha256}>{entry.sha256.slice(0, 12)}…</code> : '',
              },
            ]}
          />
        </>
      )}
    </>
  );
}

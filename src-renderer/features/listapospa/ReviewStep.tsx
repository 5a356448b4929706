import { useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { gestioneLabel } from '../../../shared/domain/listapospa/codeTables';
import {
  REVIEW_FIELD_LABELS,
  type GestioneTotals,
  type ReviewWorker,
} from '../../../shared/domain/listapospa/monthReview';
import { formatImporto, formatPercentuale } from '../../../shared/text/formatIt';
import { AsyncView, useLoaded } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { printFile } from '../../files/fileTransfer';
import { formatDate, formatMonth } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { d0Path, useEditorStore } from './editorStore';

/**
 * The first step of "Invia all'INPS": this month against the previous one (workers added and
 * ceased, imponibile beyond the threshold of Impostazioni, cassa, gestioni, qualifica,
 * part-time, totals per gestione). Each worker opens in the editor; the review prints as a PDF.
 */

type Loaded = CallOutput<'listapospa.review'>;

const AMOUNT_COLUMNS = ['imponibilePrima', 'imponibileOra', 'contributoPrima', 'contributoOra'] as const;

function WorkerLink({ worker }: { worker: ReviewWorker }) {
  const { index } = worker;
  if (index === undefined) return <>{worker.nominativo}</>;
  return (
    <button
      type="button"
      className="btn btn-link p-0 text-start"
      data-testid="lpr-worker"
      onClick={() => useEditorStore.getState().select(index, `${d0Path(index)}.cfLavoratore`)}
    >
      {worker.nominativo}
      <span className="visually-hidden"> – {t('lpreview.goToWorker')}</span>
    </button>
  );
}

/** Workers added or ceased: those still in the draft open in the editor. */
function WorkersTable({
  title,
  testId,
  workers,
  note,
}: {
  title: string;
  testId: string;
  workers: readonly ReviewWorker[];
  note?: string;
}) {
  if (workers.length === 0) return null;
  return (
    <DataTable
      caption={title}
      heading={{ level: 3, className: 'h6' }}
      note={note === undefined ? undefined : <p className="small">{note}</p>}
      testId={testId}
      dense
      rows={workers}
      rowKey={(worker) => worker.cf}
      columns={[
        {
          header: t('lpreview.col.lavoratore'),
          rowHeader: true,
          cell: (worker) => <WorkerLink worker={worker} />,
        },
        { header: t('lpreview.col.cf'), cell: (worker) => worker.cf },
      ]}
    />
  );
}

function basisText(value: Loaded): string {
  const { basis } = value;
  if (!basis) return t('lpreview.basis.none');
  return basis.kind === 'inviata'
    ? t('lpreview.basis.inviata', {
        mese: formatMonth(basis.annoMese),
        data: formatDate(basis.dataInvio),
        protocollo: basis.protocollo,
      })
    : t('lpreview.basis.bozza', { mese: formatMonth(basis.annoMese) });
}

export function ReviewStep({
  draftKey,
  onProceed,
  onCancel,
}: {
  draftKey: { posizioneId: string; annoMese: string };
  onProceed(): void;
  onCancel(): void;
}) {
  const client = useClient();
  const { posizioneId, annoMese } = draftKey;
  const state = useLoaded(
    // The comparison is of the draft as saved: what is still being typed goes first.
    () =>
      useEditorStore
        .getState()
        .flush(client)
        .then(() => client.call('listapospa.review', { posizioneId, annoMese })),
    [client, posizioneId, annoMese],
  );
  const [printError, setPrintError] = useState<string | null>(null);

  const print = async () => {
    setPrintError(null);
    const result = await printFile(client, {
      call: 'listapospa.reviewPdf',
      input: { posizioneId, annoMese },
    });
    if (!result.ok) setPrintError(result.error.message);
  };

  return (
    <section className="alert alert-light border" aria-labelledby="lpr-title" data-testid="lp-review">
      <h2 id="lpr-title" className="h5">
        {t('lpreview.title')}
      </h2>
      <AsyncView
        state={state}
        loading={t('lpreview.loading')}
        failed={(motivo) => t('lpreview.failed', { motivo })}
        failedClassName="text-danger"
      >
        {(value) => <ReviewBody value={value} />}
      </AsyncView>
      {printError && (
        <p className="text-danger" role="alert">
          {t('lpreview.printFailed', { motivo: printError })}
        </p>
      )}
      <div className="d-flex flex-wrap gap-2 mt-2">
        <button
          type="button"
          className="btn btn-primary btn-sm"
          onClick={onProceed}
          disabled={state.kind === 'loading'}
        >
          {t('lpreview.proceed')}
        </button>
        {state.kind === 'done' && state.value.review && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => void print()}>
            {t('lpreview.print')}
          </button>
        )}
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
          {t('lpreview.cancel')}
        </button>
      </div>
    </section>
  );
}

function ReviewBody({ value }: { value: Loaded }) {
  const { review } = value;
  return (
    <>
      <p data-testid="lpr-basis">{basisText(value)}</p>
      {value.notice && <p className="text-warning-emphasis">{value.notice}</p>}
      {review && (
        <>
          <p data-testid="lpr-summary">
            {t('lpreview.summary', {
              prima: review.workersBefore,
              ora: review.workersNow,
              nuovi: review.added.length,
              cessati: review.ceased.length,
              variati: review.changed.length,
              soglia: value.sogliaPercent,
            })}
          </p>
          {review.added.length + review.ceased.length + review.changed.length === 0 && (
            <p>{t('lpreview.nothing')}</p>
          )}
          <WorkersTable title={t('lpreview.added')} testId="lpr-added" workers={review.added} />
          <WorkersTable
            title={t('lpreview.ceased')}
            testId="lpr-ceased"
            workers={review.ceased}
            note={t('lpreview.ceasedNote')}
          />
          {review.changed.length > 0 && (
            <DataTable
              caption={t('lpreview.changed')}
              heading={{ level: 3, className: 'h6' }}
              testId="lpr-changed"
              dense
              rows={review.changed.flatMap((worker) => worker.changes.map((change) => ({ worker, change })))}
              rowKey={({ worker, change }) => `${worker.cf}/${change.field}`}
              columns={[
                {
                  header: t('lpreview.col.lavoratore'),
                  rowHeader: true,
                  cell: ({ worker }) => <WorkerLink worker={worker} />,
                },
                {
                  header: t('lpreview.col.campo'),
                  cell: ({ change }) => REVIEW_FIELD_LABELS[change.field],
                },
                {
                  header: t('lpreview.col.prima'),
                  cell: ({ change }) =>
                    change.field === 'imponibile' ? formatImporto(change.before) : change.before,
                },
                {
                  header: t('lpreview.col.ora'),
                  cell: ({ change }) =>
                    change.field === 'imponibile' ? formatImporto(change.after) : change.after,
                },
                {
                  header: t('lpreview.col.variazione'),
                  align: 'end',
                  cell: ({ change }) => (change.percent ? formatPercentuale(change.percent) : ''),
                },
              ]}
            />
          )}
          <DataTable
            caption={t('lpreview.totals')}
            heading={{ level: 3, className: 'h6' }}
            testId="lpr-totals"
            dense
            rows={review.totals}
            rowKey={(row) => row.codGestione}
            columns={[
              {
                header: t('lpreview.col.gestione'),
                rowHeader: true,
                cell: (row) => gestioneLabel(row.codGestione),
              },
              ...AMOUNT_COLUMNS.map((key) => ({
                header: t(`lpreview.col.${key}`),
                align: 'end' as const,
                cell: (row: GestioneTotals) => formatImporto(row[key]),
              })),
            ]}
          />
        </>
      )}
    </>
  );
}

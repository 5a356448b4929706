import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { CallResult } from '../../../shared/contract';
import type { Cruscotto, PosizioneSnapshot } from '../../../shared/domain/cruscotto/posizioneSnapshot';
import { oggiInItalia } from '../../../shared/domain/sezioni';
import { DataTable } from '../../components/DataTable';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { coalesced } from '../../ipc/coalesced';
import { usePosizioneStore } from '../../state/posizioneStore';
import { hrefOf } from '../../state/routeStore';
import { formatDate, formatMonth } from '../../format';
import { CountBadges, type BadgeRoute } from './CountBadges';
import { CruscottoFilters } from './CruscottoFilters';
import { formatDateTime } from '../../format';
import { aggiornatoAl, cruscottoRows, type CruscottoView } from './cruscottoView';

/**
 * Main says when the background load moves on ('cruscotto.changed'); this slow poll only covers
 * an event lost while the web host's event stream reconnects.
 */
const FALLBACK_POLL_MS = 5_000;

/** Every posizione of the Ricerca in one table, read in the background; a click opens its section. */
export function CruscottoPage() {
  const client = useClient();
  const select = usePosizioneStore((state) => state.select);
  const [data, setData] = useState<Cruscotto | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState<ReadonlySet<string>>(new Set());
  const [view, setView] = useState<CruscottoView>({ testo: '', mostra: 'tutte', ordine: 'urgenza' });

  const answer = useCallback((result: CallResult<Cruscotto>) => {
    if (result.ok) {
      setData(result.value);
      setFailure(null);
    } else setFailure(result.error.message);
  }, []);

  // One list call in flight at a time, whoever asks: the first load, an event, the fallback poll.
  const fetchList = useMemo(
    () => coalesced(() => client.call('cruscotto.list', {}).then(answer)),
    [client, answer],
  );

  useEffect(() => {
    const off = client.on('cruscotto.changed', fetchList);
    fetchList();
    return off;
  }, [client, fetchList]);

  const loading = data?.caricamento ?? null;
  useEffect(() => {
    if (!loading) return;
    const timer = window.setTimeout(fetchList, FALLBACK_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [fetchList, loading]);

  const refresh = async (posizioneId: string) => {
    setRefreshing((ids) => new Set(ids).add(posizioneId));
    const result = await client.call('cruscotto.refresh', { posizioneId });
    setRefreshing((ids) => {
      const next = new Set(ids);
      next.delete(posizioneId);
      return next;
    });
    if (result.ok) {
      const row = result.value;
      setData(
        (current) =>
          current && {
            ...current,
            righe: current.righe.map((r) => (r.posizione.id === row.posizione.id ? row : r)),
          },
      );
    } else setFailure(result.error.message);
  };

  const open = async (snapshot: PosizioneSnapshot, route: BadgeRoute | 'posizione') => {
    if (await select(client, snapshot.posizione.id)) window.location.hash = hrefOf(route);
  };

  const oggi = oggiInItalia(new Date());
  const rows = useMemo(() => (data ? cruscottoRows(data.righe, view, oggi) : []), [data, view, oggi]);
  const asOf = data ? aggiornatoAl(data.righe) : null;

  return (
    <section aria-labelledby="cruscotto-title">
      <h1 id="cruscotto-title">{t('cruscotto.title')}</h1>
      <p>{t('cruscotto.intro')}</p>
      {failure && <Alert color="danger">{failure}</Alert>}
      {data?.errore && <Alert color="warning">{data.errore}</Alert>}
      <div aria-live="polite" data-testid="cruscotto-stato">
        {loading ? (
          <p aria-busy="true">
            {t('cruscotto.loading', { completate: loading.completate, totale: loading.totale })}{' '}
            <progress
              aria-label={t('cruscotto.progressLabel')}
              max={Math.max(loading.totale, 1)}
              value={loading.completate}
            />
          </p>
        ) : (
          data && (
            <p>
              {asOf
                ? t('cruscotto.updatedAt', { quando: formatDateTime(asOf) })
                : t('cruscotto.neverUpdated')}
            </p>
          )
        )}
      </div>
      {data && (
        <>
          <div className="d-flex flex-wrap align-items-end gap-3 mb-3">
            <CruscottoFilters view={view} onChange={setView} />
            <Button
              color="secondary"
              outline
              disabled={loading !== null}
              onClick={() => void client.call('cruscotto.reload', {}).then(answer)}
            >
              {t('cruscotto.reloadAll')}
            </Button>
          </div>
          <p className="text-muted">
            {t('cruscotto.count', { shown: rows.length, total: data.righe.length })}
          </p>
          {data.righe.length === 0 && !loading ? (
            <p>{t('cruscotto.empty')}</p>
          ) : rows.length === 0 ? (
            <p>{t('cruscotto.noMatch')}</p>
          ) : (
            <DataTable
              caption={t('cruscotto.title')}
              testId="cruscotto-table"
              rows={rows}
              rowKey={(row) => row.snapshot.posizione.id}
              rowData={(row) => ({ 'data-posizione': row.snapshot.posizione.id })}
              columns={[
                {
                  header: t('cruscotto.col.posizione'),
                  rowHeader: true,
                  cell: ({ snapshot }) => (
                    <>
                      <Button
                        color="link"
                        className="p-0 text-start"
                        aria-label={t('cruscotto.open', { denominazione: snapshot.posizione.denominazione })}
                        onClick={() => void open(snapshot, 'posizione')}
                      >
                        {snapshot.posizione.denominazione}
                      </Button>
                      <br />
                      <small className="font-monospace text-muted">{snapshot.posizione.id}</small>
                    </>
                  ),
                },
                {
                  header: t('cruscotto.col.ultima'),
                  testId: 'cruscotto-ultima',
                  cell: ({ snapshot: { ultimaListaPosPA: u } }) =>
                    u
                      ? t('cruscotto.ultima', {
                          competenza: formatMonth(u.competenza),
                          esito: u.esito,
                          data: formatDate(u.dataInvio),
                        })
                      : t('cruscotto.ultima.none'),
                },
                {
                  header: t('cruscotto.col.daFare'),
                  testId: 'cruscotto-da-fare',
                  cell: (row) => (
                    <CountBadges counts={row.counts} onOpen={(route) => void open(row.snapshot, route)} />
                  ),
                },
                {
                  header: t('cruscotto.col.aggiornato'),
                  testId: 'cruscotto-aggiornato',
                  cell: ({ snapshot }) => (
                    <>
                      {snapshot.aggiornatoAl ? formatDateTime(snapshot.aggiornatoAl) : t('cruscotto.mai')}
                      {snapshot.errore && (
                        <p className="text-danger small mb-0" data-testid="cruscotto-errore">
                          {t('cruscotto.rowError', { message: snapshot.errore })}
                        </p>
                      )}
                    </>
                  ),
                },
                {
                  header: t('cruscotto.col.azioni'),
                  cell: ({ snapshot }) => {
                    const busy = refreshing.has(snapshot.posizione.id);
                    return (
                      <Button
                        color="primary"
                        outline
                        size="sm"
                        disabled={busy}
                        aria-label={t('cruscotto.refreshLabel', {
                          denominazione: snapshot.posizione.denominazione,
                        })}
                        onClick={() => void refresh(snapshot.posizione.id)}
                      >
                        {busy ? t('cruscotto.refreshing') : t('cruscotto.refresh')}
                      </Button>
                    );
                  },
                },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { RUOLI_POSIZIONE, type PosizioneContributiva } from '../../../shared/domain/cassettoApi';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { usePosizioneStore } from '../../state/posizioneStore';
import { DataTable } from '../../components/DataTable';
import { actionsColumn } from '../../components/RowActions';
import { InputField } from '../../components/FormField';

const matches = (posizione: PosizioneContributiva, query: string) => {
  const needle = query.trim().toLocaleLowerCase('it');
  if (!needle) return true;
  return [
    posizione.codiceFiscaleEnte,
    posizione.progressivo,
    posizione.denominazione,
    posizione.sedeInps,
  ].some((value) => value.toLocaleLowerCase('it').includes(needle));
};

function NotAbilitato() {
  return (
    <Callout color="note" testId="ricerca-vuota">
      <CalloutTitle>{t('ricerca.empty.title')}</CalloutTitle>
      <CalloutText>{t('ricerca.empty.body')}</CalloutText>
      <ul>
        <li>{t('ricerca.empty.sc65')}</li>
        <li>{t('ricerca.empty.sc62')}</li>
        <li>{t('ricerca.empty.intermediario')}</li>
      </ul>
      <p className="mb-0">
        <small>{t('ricerca.empty.source')}</small>
      </p>
    </Callout>
  );
}

/** The posizioni in delega, searchable; choosing one activates its services. */
export function RicercaPage({ onOpened }: { onOpened(): void }) {
  const client = useClient();
  const { ricerca, loadRicerca, select } = usePosizioneStore();
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (ricerca.kind === 'idle') void loadRicerca(client);
  }, [client, ricerca.kind, loadRicerca]);

  const rows = useMemo(
    () => (ricerca.kind === 'ready' ? ricerca.value.filter((p) => matches(p, query)) : []),
    [ricerca, query],
  );

  return (
    <section aria-labelledby="ricerca-title">
      <h1 id="ricerca-title">{t('ricerca.title')}</h1>
      <p>{t('ricerca.intro')}</p>
      {ricerca.kind === 'loading' && <p aria-busy="true">{t('ricerca.loading')}</p>}
      {ricerca.kind === 'error' && (
        <Alert color="danger">
          {ricerca.message}{' '}
          <Button color="primary" size="sm" onClick={() => void loadRicerca(client)}>
            {t('ricerca.reload')}
          </Button>
        </Alert>
      )}
      {ricerca.kind === 'ready' && ricerca.value.length === 0 && <NotAbilitato />}
      {ricerca.kind === 'ready' && ricerca.value.length > 0 && (
        <>
          <div className="d-flex align-items-end gap-3 mb-3">
            <InputField
              id="ricerca-query"
              label={t('ricerca.search')}
              wrapperClassName="flex-grow-1"
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              autoComplete="off"
            />
            <Button color="secondary" outline onClick={() => void loadRicerca(client)}>
              {t('ricerca.reload')}
            </Button>
          </div>
          <p aria-live="polite" className="text-muted">
            {t('ricerca.count', { shown: rows.length, total: ricerca.value.length })}
          </p>
          <DataTable
            empty={t('ricerca.noMatch')}
            caption={t('ricerca.title')}
            testId="ricerca-table"
            hover
            rows={rows}
            rowKey={(posizione) => posizione.id}
            rowData={(posizione) => ({ 'data-posizione': posizione.id })}
            columns={[
              {
                header: t('ricerca.col.codiceFiscale'),
                className: 'font-monospace',
                cell: (p) => p.codiceFiscaleEnte,
              },
              {
                header: t('ricerca.col.progressivo'),
                className: 'font-monospace',
                cell: (p) => p.progressivo,
              },
              { header: t('ricerca.col.denominazione'), rowHeader: true, cell: (p) => p.denominazione },
              { header: t('ricerca.col.sede'), cell: (p) => p.sedeInps },
              { header: t('ricerca.col.ruolo'), cell: (p) => RUOLI_POSIZIONE.labels[p.ruolo] },
              actionsColumn<PosizioneContributiva>(t('ricerca.col.azioni'), (p) => [
                {
                  text: t('ricerca.open'),
                  label: t('ricerca.openLabel', { denominazione: p.denominazione }),
                  tone: 'main',
                  onClick: () => void select(client, p.id).then((ok) => ok && onOpened()),
                },
              ]),
            ]}
          />
        </>
      )}
    </section>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { RUOLO_POSIZIONE_LABELS, type PosizioneContributiva } from '../../../shared/domain/cassettoApi';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { usePosizioneStore } from '../../state/posizioneStore';

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
            <div className="flex-grow-1">
              <label htmlFor="ricerca-query" className="form-label">
                {t('ricerca.search')}
              </label>
              <input
                id="ricerca-query"
                type="search"
                className="form-control"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                autoComplete="off"
              />
            </div>
            <Button color="secondary" outline onClick={() => void loadRicerca(client)}>
              {t('ricerca.reload')}
            </Button>
          </div>
          <p aria-live="polite" className="text-muted">
            {t('ricerca.count', { shown: rows.length, total: ricerca.value.length })}
          </p>
          {rows.length === 0 ? (
            <p>{t('ricerca.noMatch')}</p>
          ) : (
            <div className="table-responsive">
              <table className="table table-hover" data-testid="ricerca-table">
                <caption className="visually-hidden">{t('ricerca.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ricerca.col.codiceFiscale')}</th>
                    <th scope="col">{t('ricerca.col.progressivo')}</th>
                    <th scope="col">{t('ricerca.col.denominazione')}</th>
                    <th scope="col">{t('ricerca.col.sede')}</th>
                    <th scope="col">{t('ricerca.col.ruolo')}</th>
                    <th scope="col">{t('ricerca.col.azioni')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((posizione) => (
                    <tr key={posizione.id} data-posizione={posizione.id}>
                      <td className="font-monospace">{posizione.codiceFiscaleEnte}</td>
                      <td className="font-monospace">{posizione.progressivo}</td>
                      <th scope="row">{posizione.denominazione}</th>
                      <td>{posizione.sedeInps}</td>
                      <td>{RUOLO_POSIZIONE_LABELS[posizione.ruolo]}</td>
                      <td>
                        <Button
                          color="primary"
                          size="sm"
                          aria-label={t('ricerca.openLabel', { denominazione: posizione.denominazione })}
                          onClick={() => void select(client, posizione.id).then((ok) => ok && onOpened())}
                        >
                          {t('ricerca.open')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { ContractClient } from '../../../shared/contract';
import type { ArchivedDelega } from '../../../shared/contract/calls/delegheCalls';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { usePosizioneStore } from '../../state/posizioneStore';
import { useSessionStore } from '../../state/sessionStore';
import { AbilitazioniPage } from './AbilitazioniPage';
import { DelegaForm } from './DelegaForm';
import { DelegheArchive } from './DelegheArchive';
import { OtpActivation } from './OtpActivation';
import { SavedRequests } from './SavedRequests';

type Load =
  | { kind: 'loading' }
  | { kind: 'ready'; value: ArchivedDelega[] }
  | { kind: 'error'; message: string; offline: boolean };

async function fetchDeleghe(client: ContractClient): Promise<Load> {
  const result = await client.call('deleghe.list', {});
  return result.ok
    ? { kind: 'ready', value: result.value }
    : { kind: 'error', message: result.error.message, offline: result.error.code === 'UNAVAILABLE' };
}

/**
 * Deleghe as the user's role has them. A legale rappresentante (and no intermediario) gives
 * deleghe to the ente's dipendenti: that is his screen, not the intermediario's request form.
 */
export function DeleghePage() {
  const status = useSessionStore((state) => state.status);
  const ruoli = status?.state === 'signed-in' ? status.user.ruoli : [];
  if (ruoli.includes('legale_rappresentante') && !ruoli.includes('intermediario')) {
    return <AbilitazioniPage variant="dipendenti" />;
  }
  return <DelegheIntermediario />;
}

/** The intermediario's deleghe: request (form and PDF), OTP activation, archive. */
function DelegheIntermediario() {
  const client = useClient();
  const resetRicerca = usePosizioneStore((state) => state.reset);
  const [list, setList] = useState<Load>({ kind: 'loading' });
  const [composing, setComposing] = useState(false);
  const [activating, setActivating] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const reload = useCallback(() => fetchDeleghe(client).then(setList), [client]);

  useEffect(() => {
    let live = true;
    void fetchDeleghe(client).then((loaded) => {
      if (live) setList(loaded);
    });
    return () => {
      live = false;
    };
  }, [client]);

  return (
    <section aria-labelledby="deleghe-title">
      <h1 id="deleghe-title">{t('deleghe.title')}</h1>
      <p>{t('deleghe.intro')}</p>
      {notice && (
        <Alert color="info" role="status">
          {notice}
        </Alert>
      )}
      {failure && (
        <Alert color="danger" role="alert">
          {failure}
        </Alert>
      )}
      {composing ? (
        <DelegaForm
          onCancel={() => setComposing(false)}
          onSubmitted={(delega) => {
            setComposing(false);
            setNotice(t('deleghe.form.submitted', { numero: delega.numeroRichiesta }));
            setActivating(delega.numeroRichiesta);
            void reload();
          }}
        />
      ) : (
        <Button color="primary" className="mb-4" onClick={() => setComposing(true)}>
          {t('deleghe.new')}
        </Button>
      )}
      {activating && (
        <OtpActivation
          key={activating}
          numero={activating}
          {...(list.kind === 'ready'
            ? { delega: list.value.find((delega) => delega.numeroRichiesta === activating) }
            : {})}
          onChanged={(delega) => {
            // An active delega changes the Ricerca: it must be read again.
            if (delega.stato === 'attiva') resetRicerca();
            void reload();
          }}
        />
      )}
      <h2 className="h3 mt-4">{t('deleghe.archive.title')}</h2>
      <Button color="secondary" outline size="sm" className="mb-3" onClick={() => void reload()}>
        {t('deleghe.archive.reload')}
      </Button>
      {list.kind === 'loading' && <p aria-busy="true">{t('deleghe.archive.loading')}</p>}
      {list.kind === 'error' && <Alert color="danger">{list.message}</Alert>}
      {list.kind === 'error' && list.offline && <SavedRequests onError={setFailure} />}
      {list.kind === 'ready' && (
        <>
          <DelegheArchive
            deleghe={list.value}
            onActivate={(numero) => {
              setActivating(numero);
              document.getElementById(`otp-${numero}`)?.focus();
            }}
            onChanged={() => {
              setFailure(null);
              resetRicerca();
              void reload();
            }}
            onError={setFailure}
            onNotice={setNotice}
          />
          <SavedRequests
            onError={setFailure}
            listed={new Set(list.value.map((delega) => delega.numeroRichiesta))}
          />
        </>
      )}
    </section>
  );
}

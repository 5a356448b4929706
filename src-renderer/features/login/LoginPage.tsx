import { Alert, Button } from 'design-react-kit';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { useSessionStore } from '../../state/sessionStore';
import { CopyableUrl } from './CopyableUrl';

/** Signed out: one button; the choice between SPID and CIE happens on the bridge's page. */
export function LoginPage({ sandbox }: { sandbox: boolean }) {
  const client = useClient();
  const { status, startError, pendingUrl, browserError, busy, login, cancel } = useSessionStore();
  const signingIn = status?.state === 'signing-in' ? status : undefined;
  const signedOut = status?.state === 'signed-out' ? status : undefined;

  return (
    <section aria-labelledby="login-title" className="login-page">
      <h1 id="login-title">{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      {sandbox && <p>{t('login.sandboxHint')}</p>}
      <div aria-live="polite">
        {signedOut?.reason && (
          <Alert color="danger">
            <strong>{t('login.refused')}</strong>: {signedOut.reason}
          </Alert>
        )}
        {signedOut?.warning && (
          <Alert color="warning" data-testid="login-warning">
            {signedOut.warning}
          </Alert>
        )}
        {startError && <Alert color="danger">{startError}</Alert>}
        {signingIn &&
          (browserError ? (
            <Alert color="warning">{browserError}</Alert>
          ) : (
            <Alert color="info">
              {t('login.waiting')}
              {pendingUrl && (
                <>
                  {' '}
                  <a href={pendingUrl} target="_blank" rel="noopener noreferrer">
                    {t('login.openManually')}
                  </a>
                  .
                </>
              )}
            </Alert>
          ))}
      </div>
      {signingIn && <CopyableUrl id="login-url" label={t('login.url')} url={signingIn.authorizationUrl} />}
      {signedOut?.warning && signedOut.endSessionUrl && (
        <>
          <p>
            <a href={signedOut.endSessionUrl} target="_blank" rel="noopener noreferrer">
              {t('login.endBridgeSession')}
            </a>
          </p>
          <CopyableUrl id="end-session-url" label={t('login.endSessionUrl')} url={signedOut.endSessionUrl} />
        </>
      )}
      {signingIn ? (
        <Button color="secondary" outline onClick={() => void cancel(client)}>
          {t('login.cancel')}
        </Button>
      ) : (
        <Button color="primary" size="lg" disabled={busy} onClick={() => void login(client)}>
          {busy ? t('login.starting') : t('login.button')}
        </Button>
      )}
    </section>
  );
}

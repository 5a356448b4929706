import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import { t } from '../i18n';

/** Main reloads a crashed window with this query (src-main/hosts/electron/rendererRecovery.ts). */
const RECOVERED_QUERY = 'ripristino';

/**
 * Read once, when the page loads, and taken off the address: a later reload by hand is not a
 * recovery. Module level, so React's double render in development does not read it twice.
 */
const recoveredAtLoad = (() => {
  const params = new URLSearchParams(window.location.search);
  if (!params.has(RECOVERED_QUERY)) return false;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.hash);
  return true;
})();

/** After the window was reloaded because it had stopped: what happened and what is safe. */
export function RecoveredNotice() {
  const [open, setOpen] = useState(recoveredAtLoad);
  if (!open) return null;
  return (
    <Alert color="warning" role="status" data-testid="recovered-notice">
      <p className="mb-2">{t('app.recovered')}</p>
      <Button color="secondary" outline size="sm" onClick={() => setOpen(false)}>
        {t('files.dismiss')}
      </Button>
    </Alert>
  );
}

import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import type { OutboxEntry } from '../../../shared/contract/calls/quesitiCalls';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';

/**
 * The "in uscita" list. An entry the INPS refused would otherwise stay forever: it can be
 * discarded, after a confirmation, since its text and attachments are lost with it.
 */
export function OutboxList({ entries, onChanged }: { entries: OutboxEntry[]; onChanged: () => void }) {
  const client = useClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function discard(idempotencyKey: string) {
    const answer = await client.call('quesiti.discardOutbox', { idempotencyKey });
    setConfirming(null);
    setError(answer.ok ? null : answer.error.message);
    onChanged();
  }

  return (
    <Alert color="warning" data-testid="outbox">
      <p className="mb-1">{t('quesiti.outbox', { count: entries.length })}</p>
      {error && <p role="alert">{error}</p>}
      <ul className="mb-0">
        {entries.map((entry) => {
          const label = `${entry.oggettoLabel} – ${entry.posizioneId} – ${formatDate(entry.createdAt)}`;
          return (
            <li key={entry.idempotencyKey} className="mb-1">
              {label}
              {entry.lastError && ` (${t('quesiti.outbox.refused', { reason: entry.lastError })}) `}
              {entry.lastError &&
                (confirming === entry.idempotencyKey ? (
                  <span role="group" aria-label={t('quesiti.outbox.confirm', { label })}>
                    {t('quesiti.outbox.confirm', { label })}{' '}
                    <Button color="danger" size="xs" onClick={() => void discard(entry.idempotencyKey)}>
                      {t('quesiti.outbox.confirmYes')}
                    </Button>{' '}
                    {/* Focus moves to the safe choice: the button pressed a moment ago is gone. */}
                    <Button color="secondary" size="xs" outline autoFocus onClick={() => setConfirming(null)}>
                      {t('quesiti.outbox.confirmNo')}
                    </Button>
                  </span>
                ) : (
                  <Button
                    color="secondary"
                    size="xs"
                    outline
                    aria-label={t('quesiti.outbox.discardLabel', { label })}
                    onClick={() => setConfirming(entry.idempotencyKey)}
                  >
                    {t('quesiti.outbox.discard')}
                  </Button>
                ))}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}

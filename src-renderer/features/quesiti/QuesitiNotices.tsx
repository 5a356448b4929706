import { Alert, Button } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { ESITI_QUESITO, STATI_QUESITO } from '../../../shared/domain/quesiti';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';

const MAX_NOTICES = 5;

/**
 * Notices of the user's quesiti on every screen, not only on the history: the office may close
 * one while the user is filling a ListaPosPA. Main watches the quesiti and pushes the changes.
 */
export function QuesitiNotices() {
  const client = useClient();
  const [notices, setNotices] = useState<Array<{ key: number; text: string }>>([]);

  useEffect(() => {
    let next = 0;
    const add = (text: string) =>
      setNotices((current) => [{ key: (next += 1), text }, ...current].slice(0, MAX_NOTICES));
    const offChanged = client.on('quesiti.changed', ({ protocollo, stato, esito }) =>
      add(
        t(esito ? 'quesiti.changedEsito' : 'quesiti.changed', {
          protocollo,
          stato: STATI_QUESITO.labels[stato],
          esito: esito ? ESITI_QUESITO.labels[esito] : '',
        }),
      ),
    );
    const offSent = client.on('quesiti.outboxSent', ({ protocollo }) =>
      add(t('quesiti.outboxSent', { protocollo })),
    );
    return () => {
      offChanged();
      offSent();
    };
  }, [client]);

  return (
    <div role="status" aria-live="polite" data-testid="quesiti-notices">
      {notices.map((notice) => (
        <Alert color="info" key={notice.key} className="d-flex align-items-center justify-content-between">
          <span>{notice.text}</span>
          <Button
            color="link"
            size="sm"
            aria-label={t('quesiti.notice.dismiss', { text: notice.text })}
            onClick={() => setNotices((current) => current.filter((n) => n.key !== notice.key))}
          >
            {t('quesiti.notice.dismissShort')}
          </Button>
        </Alert>
      ))}
    </div>
  );
}

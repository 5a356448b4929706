import { Alert, Button } from 'design-react-kit';
import { useEffect, useState } from 'react';
import type { VoceScadenzario } from '../../../shared/contract/calls/scadenzarioCalls';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { hrefOf } from '../../state/routeStore';
import { whenLabel } from './labels';

/** Asked again this often: a new day brings new reminders, and the Cruscotto may finish a load. */
const REMIND_MS = 60_000;
const MAX_SHOWN = 5;

/**
 * The in-app notice of deadlines within the preavviso, on every screen while signed in. Main
 * answers each deadline once per day (and sends the desktop notification where the host has it).
 */
export function ScadenzarioReminders() {
  const client = useClient();
  const [promemoria, setPromemoria] = useState<VoceScadenzario[]>([]);

  useEffect(() => {
    let stopped = false;
    const ask = async () => {
      const answer = await client.call('scadenzario.remind', {});
      if (stopped || !answer.ok || answer.value.promemoria.length === 0) return;
      const fresh = answer.value.promemoria;
      setPromemoria((current) => [...fresh, ...current.filter((c) => !fresh.some((f) => f.id === c.id))]);
    };
    void ask();
    const timer = window.setInterval(() => void ask(), REMIND_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [client]);

  if (promemoria.length === 0) return null;
  const text = (v: VoceScadenzario) =>
    t('scadenzario.reminder', {
      titolo: v.titolo,
      ente: v.denominazione,
      quando: whenLabel(v.traGiorni),
      data: formatDate(v.data),
    });
  return (
    <div role="status" aria-live="polite" data-testid="scadenzario-promemoria">
      <Alert color="warning">
        <ul className="mb-2">
          {promemoria.slice(0, MAX_SHOWN).map((v) => (
            <li key={v.id} className="d-flex align-items-center justify-content-between gap-2">
              <span>{text(v)}</span>
              <Button
                color="link"
                size="sm"
                aria-label={t('scadenzario.reminder.dismiss', { text: text(v) })}
                onClick={() => setPromemoria((current) => current.filter((c) => c.id !== v.id))}
              >
                {t('scadenzario.reminder.dismissShort')}
              </Button>
            </li>
          ))}
        </ul>
        <a href={hrefOf('scadenzario')}>{t('scadenzario.reminder.open')}</a>
      </Alert>
    </div>
  );
}

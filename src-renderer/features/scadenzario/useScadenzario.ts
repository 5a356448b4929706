import { useCallback, useEffect, useState } from 'react';
import type { Scadenzario } from '../../../shared/contract/calls/scadenzarioCalls';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';

/** While the Cruscotto reads the posizioni in the background, the list is asked again this often. */
const LOADING_POLL_MS = 2000;

/** The Scadenzario as main computes it, kept fresh while a load runs; "fatto" saved at once. */
export function useScadenzario() {
  const client = useClient();
  const [data, setData] = useState<Scadenzario | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const answer = await client.call('scadenzario.list', {});
    if (answer.ok) {
      setData(answer.value);
      setError(null);
    } else setError(answer.error.message);
    return answer.ok && answer.value.caricamento !== null;
  }, [client]);

  useEffect(() => {
    let timer = 0;
    let stopped = false;
    const tick = async () => {
      const loading = await load();
      if (!stopped && loading) timer = window.setTimeout(() => void tick(), LOADING_POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [load]);

  const markDone = useCallback(
    async (id: string, fatta: boolean) => {
      const set = (value: boolean) =>
        setData(
          (current) =>
            current && {
              ...current,
              voci: current.voci.map((v) => (v.id === id ? { ...v, fatta: value } : v)),
            },
        );
      set(fatta);
      const answer = await client.call('scadenzario.markDone', { id, fatta });
      if (!answer.ok) {
        set(!fatta);
        setError(t('scadenzario.markFailed', { message: answer.error.message }));
      }
    },
    [client],
  );

  return { data, error, markDone };
}

import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import type { Sezione } from '../../../shared/domain/sezioni';
import { useClient } from '../../ipc/ClientContext';

type Loaded = CallOutput<'sezione.load'>;
export type SezioneState =
  { kind: 'loading' } | { kind: 'ready'; value: Loaded } | { kind: 'error'; message: string };

/**
 * A section's rows for a posizione, from the API or, offline, from the local snapshot. The
 * caller keys its component by posizione and section, so a new pair starts from 'loading'.
 */
export function useSezione(posizioneId: string, sezione: Sezione) {
  const client = useClient();
  const [state, setState] = useState<SezioneState>({ kind: 'loading' });
  const fetchState = useCallback(async (): Promise<SezioneState> => {
    const result = await client.call('sezione.load', { posizioneId, sezione });
    return result.ok
      ? { kind: 'ready', value: result.value }
      : { kind: 'error', message: result.error.message };
  }, [client, posizioneId, sezione]);
  useEffect(() => {
    let live = true;
    void fetchState().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [fetchState]);
  const reload = useCallback(async () => setState(await fetchState()), [fetchState]);
  return { state, reload };
}

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { viewKey, type Sezione, type SezioneViewSpec } from '../../../shared/domain/sezioni';
import { useClient } from '../../ipc/ClientContext';

export type SezioneWindow = CallOutput<'sezione.query'>;
export type SezioneState =
  { kind: 'loading' } | { kind: 'ready'; value: SezioneWindow } | { kind: 'error'; message: string };

/** Rows asked for at a time: a few screens' worth, so scrolling seldom waits and answers stay small. */
export const WINDOW_ROWS = 120;

/**
 * A window of a section's current view. The rows stay on the main side (fetched from the API or,
 * offline, from the local snapshot, and indexed there); this asks for the rows around `offset`
 * of the view and the view's count and totals. Opening the section and `reload` fetch it from
 * the API again; a new view or offset only queries what the main side holds. Answers to
 * requests overtaken by a newer one are dropped, so typing fast never shows an older view. The
 * caller keys its component by posizione and section, so a new pair starts from 'loading'.
 */
export function useSezione(posizioneId: string, sezione: Sezione, view: SezioneViewSpec) {
  const client = useClient();
  const [state, setState] = useState<SezioneState>({ kind: 'loading' });
  const latest = useRef(0);
  const pendingOffset = useRef<number | null>(null);
  // The view last asked for (scrolling reads it, so it never brings back an older view) and
  // the offset last shown (a reload keeps the user where they are).
  const wantedView = useRef(view);
  const shownOffset = useRef(0);

  const fetchWindow = useCallback(
    async (target: SezioneViewSpec, offset: number, refresh: boolean) => {
      const ticket = ++latest.current;
      wantedView.current = target;
      pendingOffset.current = offset;
      const result = await client.call('sezione.query', {
        posizioneId,
        sezione,
        view: target,
        offset,
        limit: WINDOW_ROWS,
        ...(refresh ? { refresh } : {}),
      });
      if (ticket !== latest.current) return;
      pendingOffset.current = null;
      shownOffset.current = offset;
      setState(
        result.ok ? { kind: 'ready', value: result.value } : { kind: 'error', message: result.error.message },
      );
    },
    [client, posizioneId, sezione],
  );

  // The first run fetches from the API; each later view starts again from its first row. A
  // layout effect: the request leaves before the browser paints, not a frame later.
  const opened = useRef(false);
  const key = viewKey(view);
  useLayoutEffect(() => {
    const refresh = !opened.current;
    opened.current = true;
    void fetchWindow(view, 0, refresh);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the view
  }, [fetchWindow, key]);
  useEffect(
    () => () => {
      latest.current++;
    },
    [],
  );

  /** Makes sure rows [first, last] of the view are held, asking for a window around them. */
  const ensureRows = useCallback(
    (first: number, last: number) => {
      if (state.kind !== 'ready') return;
      const { offset, rows, matched } = state.value;
      const end = Math.min(last + 1, matched);
      if (first >= offset && end <= offset + rows.length) return;
      const wanted = Math.max(0, Math.min(first - Math.floor(WINDOW_ROWS / 4), matched - WINDOW_ROWS));
      if (pendingOffset.current === wanted) return;
      void fetchWindow(wantedView.current, wanted, false);
    },
    [state, fetchWindow],
  );

  const reload = useCallback(() => fetchWindow(wantedView.current, shownOffset.current, true), [fetchWindow]);
  return { state, ensureRows, reload };
}

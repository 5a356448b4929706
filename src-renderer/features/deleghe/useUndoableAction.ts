import { useCallback, useEffect, useRef, useState } from 'react';
import { addPending, cancelPending, flushPending } from '../../state/pendingActions';

/** How long the notice with "Annulla" stays before the action is carried out. */
export const UNDO_MS = 6_000;

export interface PendingNotice {
  id: number;
  text: string;
}

/**
 * One confirmed action at a time, carried out after UNDO_MS unless undone. The action is not
 * sent before then: INPS has no "un-revoke", so the only honest undo is not to have done it.
 * Leaving the screen carries it out at once; a logout does too (pendingActions).
 */
export function useUndoableAction() {
  const [notice, setNotice] = useState<PendingNotice | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const current = useRef<number | null>(null);

  const clear = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    current.current = null;
  };

  const schedule = useCallback((text: string, run: () => Promise<void>) => {
    // A new one carries out the one still waiting: never two notices, never a lost action.
    if (current.current !== null) void flushPending(current.current);
    clear();
    const id = addPending(async () => {
      if (current.current === id) {
        clear();
        setNotice(null);
      }
      await run();
    });
    current.current = id;
    timer.current = setTimeout(() => void flushPending(id), UNDO_MS);
    setNotice({ id, text });
  }, []);

  const undo = useCallback(() => {
    if (current.current !== null) cancelPending(current.current);
    clear();
    setNotice(null);
  }, []);

  useEffect(
    () => () => {
      const id = current.current;
      clear();
      if (id !== null) void flushPending(id);
    },
    [],
  );

  return { notice, schedule, undo };
}

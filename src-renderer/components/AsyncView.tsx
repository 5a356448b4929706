import { useEffect, useState, type DependencyList, type ReactNode } from 'react';
import type { CallResult } from '../../shared/contract/result';

/** What a screen loads from a call: still on its way, refused with a message, or there. */
export type Loaded<T> =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'done'; value: T };

/**
 * The answer of `load`, asked again when `deps` change. What was shown stays until the new
 * answer comes, and an answer that comes after a newer request (or after unmount) is dropped.
 */
export function useLoaded<T>(load: () => Promise<CallResult<T>>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (!live) return;
      setState(
        result.ok ? { kind: 'done', value: result.value } : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      live = false;
    };
    // The caller names what the load depends on, as for useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

/**
 * The three faces of a load: a status line while it comes, an alert with the reason if it is
 * refused, then the content made from the value.
 */
export function AsyncView<T>({
  state,
  loading,
  failed,
  failedClassName = 'alert alert-danger',
  children,
}: {
  state: Loaded<T>;
  loading: string;
  /** The sentence that says the load failed, given the reason. */
  failed(message: string): string;
  failedClassName?: string;
  children(value: T): ReactNode;
}) {
  if (state.kind === 'loading') return <p role="status">{loading}</p>;
  if (state.kind === 'failed')
    return (
      <p className={failedClassName} role="alert">
        {failed(state.message)}
      </p>
    );
  return <>{children(state.value)}</>;
}

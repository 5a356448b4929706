import { useCallback, useState } from 'react';

/**
 * The filter with `key` set to `value`, or without `key` when the value is empty ('' or
 * undefined): an emptied field filters nothing, and only the filters set are held and sent (the
 * calls' schemas are strict about what a filter looks like).
 */
export function withFilter<F extends object, K extends keyof F>(
  filter: F,
  key: K,
  value: F[K] | '' | undefined,
): F {
  const next = { ...filter };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** A screen's filters, set one field at a time (withFilter), and cleared all at once. */
export function useFilter<F extends object>() {
  const [filter, setFilter] = useState<F>({} as F);
  const set = useCallback(
    <K extends keyof F>(key: K, value: F[K] | '' | undefined) =>
      setFilter((current) => withFilter(current, key, value)),
    [],
  );
  const clear = useCallback(() => setFilter({} as F), []);
  return { filter, set, clear };
}

/**
 * Runs `task` over `items` with at most `limit` at a time, in order of start; resolves when all
 * have ended. Tasks are expected to handle their own errors (the Cruscotto keeps them per row).
 */
export async function forEachBounded<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

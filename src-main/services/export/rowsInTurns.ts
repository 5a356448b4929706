/** Rows between two looks at the signal: small enough that a cancel is seen within a moment. */
const ROWS_PER_TURN = 500;

/**
 * The rows of an export, giving the event loop a turn every few hundred: a cancel (the renderer
 * left, or asked again) arrives in between and stops the loop with an AbortError, so a long
 * export does not keep main busy for an answer nobody waits for.
 */
export async function* rowsInTurns<T>(rows: Iterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
  signal?.throwIfAborted();
  let count = 0;
  for (const row of rows) {
    yield row;
    count += 1;
    if (signal && count % ROWS_PER_TURN === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      signal.throwIfAborted();
    }
  }
}

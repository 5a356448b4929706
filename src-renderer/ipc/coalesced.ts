/**
 * Runs `task` now, or, when a run is in flight, once more after it: a burst of events (a
 * progress event per posizione read) costs at most one call in flight and one queued.
 */
export function coalesced(task: () => Promise<unknown>): () => void {
  let inFlight = false;
  let again = false;
  const run = (): void => {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    void task()
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}

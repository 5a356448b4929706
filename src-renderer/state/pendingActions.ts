/**
 * Actions the user confirmed but may still undo for a few seconds (a revoca): they are carried
 * out when the seconds pass, at once when their screen goes away, and before a logout, so that
 * a confirmed action is never left half-done nor silently dropped with the session.
 */
type Run = () => Promise<void>;

const pending = new Map<number, Run>();
let nextId = 1;

/** Registers `run`; the returned id lets the caller carry it out (`flush`) or drop it (`cancel`). */
export function addPending(run: Run): number {
  const id = nextId++;
  pending.set(id, run);
  return id;
}

/** Drops the action without running it (Annulla). */
export function cancelPending(id: number): void {
  pending.delete(id);
}

/** Runs the action now, once: a second flush of the same id does nothing. */
export async function flushPending(id: number): Promise<void> {
  const run = pending.get(id);
  if (!run) return;
  pending.delete(id);
  await run();
}

/** Runs every pending action: called before the session ends. */
export async function flushAllPending(): Promise<void> {
  await Promise.allSettled([...pending.keys()].map((id) => flushPending(id)));
}

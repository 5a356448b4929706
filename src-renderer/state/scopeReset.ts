/**
 * What the renderer holds for one user and one posizione (stores, module-level state) is
 * registered here and dropped at logout, when another user signs in and when another posizione
 * is chosen: offices share computers, and a draft or a row must never reach the next user.
 */
export type ResetLevel = 'posizione' | 'user';

const resets = new Set<{ level: ResetLevel; reset: (level: ResetLevel) => void }>();

/**
 * `level` 'posizione': dropped when the posizione changes and when the user does;
 * 'user': only when the user does (signs out, or another signs in). `reset` is told which.
 */
export function onScopeReset(level: ResetLevel, reset: (level: ResetLevel) => void): () => void {
  const entry = { level, reset };
  resets.add(entry);
  return () => resets.delete(entry);
}

export function resetScope(level: ResetLevel): void {
  for (const entry of resets) {
    if (level === 'user' || entry.level === 'posizione') entry.reset(level);
  }
}

/**
 * The two clocks of a signed-in session, kept apart from the login protocol (authService.ts):
 * the refresh a minute before the access token expires, and the logout after a period with no
 * user action. The protocol says what to do when each one fires.
 */

export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60_000;
/** How long before expiry the token is refreshed; never sooner than 5 s from now. */
const REFRESH_MARGIN_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;

export interface SessionTimersOptions {
  now: () => number;
  idleTimeoutMs?: number;
  onRefreshDue: () => void;
  onIdle: () => void;
}

export interface SessionTimers {
  /** Plans the refresh for a token expiring at `expiresAt` (epoch ms); null: no refresh token, none. */
  scheduleRefresh(expiresAt: number | null): void;
  /** The user did something: the idle timeout starts again. */
  touch(): void;
  clear(): void;
}

export function createSessionTimers(options: SessionTimersOptions): SessionTimers {
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  let refreshTimer: NodeJS.Timeout | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  return {
    scheduleRefresh(expiresAt) {
      clearTimeout(refreshTimer);
      if (expiresAt === null) return;
      const delay = Math.max(MIN_REFRESH_DELAY_MS, expiresAt - options.now() - REFRESH_MARGIN_MS);
      refreshTimer = setTimeout(options.onRefreshDue, delay);
      // Timers never keep a process alive on their own (CLI, tests, a closing app).
      refreshTimer.unref();
    },
    touch() {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(options.onIdle, idleTimeoutMs);
      idleTimer.unref();
    },
    clear() {
      clearTimeout(refreshTimer);
      clearTimeout(idleTimer);
    },
  };
}

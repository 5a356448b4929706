import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionTimers } from './sessionTimers';

describe('session timers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const timersWith = (idleTimeoutMs = 10_000) => {
    const onRefreshDue = vi.fn();
    const onIdle = vi.fn();
    const timers = createSessionTimers({ now: Date.now, idleTimeoutMs, onRefreshDue, onIdle });
    return { timers, onRefreshDue, onIdle };
  };

  it('refreshes a minute before the token expires, and only the last plan counts', () => {
    const { timers, onRefreshDue } = timersWith();
    timers.scheduleRefresh(Date.now() + 120_000);
    timers.scheduleRefresh(Date.now() + 300_000);
    vi.advanceTimersByTime(239_999);
    expect(onRefreshDue).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onRefreshDue).toHaveBeenCalledTimes(1);
  });

  it('plans no refresh without a refresh token', () => {
    const { timers, onRefreshDue } = timersWith();
    timers.scheduleRefresh(Date.now() + 120_000);
    timers.scheduleRefresh(null);
    vi.advanceTimersByTime(600_000);
    expect(onRefreshDue).not.toHaveBeenCalled();
  });

  it('signs out after the idle time, pushed back by each user action; clear stops both clocks', () => {
    const { timers, onIdle, onRefreshDue } = timersWith(10_000);
    timers.touch();
    vi.advanceTimersByTime(9_000);
    timers.touch();
    vi.advanceTimersByTime(9_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);

    timers.touch();
    timers.scheduleRefresh(Date.now() + 120_000);
    timers.clear();
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(onRefreshDue).not.toHaveBeenCalled();
  });
});

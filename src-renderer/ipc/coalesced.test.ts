import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesced';

describe('coalesced', () => {
  it('runs a burst as the run in flight plus one more, never two at once', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const release: Array<() => void> = [];
    const run = coalesced(async () => {
      runs += 1;
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => release.push(resolve));
      running -= 1;
    });
    for (let i = 0; i < 10; i += 1) run();
    expect(runs).toBe(1);
    release.shift()?.();
    await expect.poll(() => runs).toBe(2);
    release.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });

  it('goes on after a failed run', async () => {
    let runs = 0;
    const run = coalesced(async () => {
      runs += 1;
      throw new Error('rete');
    });
    run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    run();
    await expect.poll(() => runs).toBe(2);
  });
});

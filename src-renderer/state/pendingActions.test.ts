import { describe, expect, it } from 'vitest';
import { addPending, cancelPending, flushAllPending, flushPending } from './pendingActions';

describe('actions waiting for their "Annulla" seconds', () => {
  it('are carried out once, all of them before a logout, and never once cancelled', async () => {
    const done: string[] = [];
    const kept = addPending(async () => void done.push('kept'));
    const undone = addPending(async () => void done.push('undone'));
    const early = addPending(async () => void done.push('early'));
    cancelPending(undone);
    await flushPending(early);
    await flushPending(early);
    await flushAllPending();
    await flushPending(kept);
    expect(done).toEqual(['early', 'kept']);
  });
});

/**
 * Cancellation through the Electron host (issue 17): the renderer gives a call an id, aborting
 * sends the cancel message on its own channel, and main stops the call: a file being made is
 * never offered in a Save dialog, and the call answers CANCELLED, not an error.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import { ipcChannels } from '../../../shared/contract/channels';
import { current, ipcCall, startElectronHost } from './testing/startElectronHost';

afterEach(() => {
  for (const window of current.fake?.windows ?? []) if (!window.destroyed) window.close();
  current.fake?.electron.app.quit();
});

const delegaSource = { call: 'deleghe.pdf', input: { request: fixture } };

describe('the Electron host carries a cancel', () => {
  it('stops a save cancelled while main makes the file: no Save dialog, nothing written', async () => {
    const fake = await startElectronHost();
    fake.script.savePaths.push(`${fake.electron.app.getPath('documents')}/non-scritto.pdf`);
    const answer = fake.invoke(ipcChannels.call, 'files.save', { source: delegaSource }, 'c1');
    fake.send(ipcChannels.cancel, 'c1');
    expect(await answer).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: 'Operazione annullata.' },
    });
    expect(fake.recorded('dialog.showSaveDialog')).toEqual([]);
    expect(existsSync(fake.electron.app.getPath('documents'))).toBe(false);
  });

  it('cancels only the call with that id: another call goes on', async () => {
    const fake = await startElectronHost();
    fake.script.savePaths.push(null);
    const saving = fake.invoke(ipcChannels.call, 'files.save', { source: delegaSource }, 'c2');
    fake.send(ipcChannels.cancel, 'c9');
    expect(await saving).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(fake.recorded('dialog.showSaveDialog')).toHaveLength(1);
    expect((await ipcCall(fake, 'app.info', {})).ok).toBe(true);
  });
});

/**
 * The Electron host started in Node with a fake `electron` (issue 10): what it asks of the
 * system when the user saves, cancels, prints; its menu, single-instance lock, window state
 * and navigation lock.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import { ipcChannels } from '../../../shared/contract/channels';
import type { FakeElectron } from './testing/fakeElectron';
import { current, ipcCall, startElectronHost } from './testing/startElectronHost';

afterEach(() => {
  for (const window of current.fake?.windows ?? []) if (!window.destroyed) window.close();
  current.fake?.electron.app.quit();
});

const delegaSource = { call: 'deleghe.pdf', input: { request: fixture } };

describe('the Electron host saves files through the system', () => {
  it('asks the Save dialog with the Italian name and writes exactly the bytes main made', async () => {
    const fake = await startElectronHost();
    const target = join(fake.electron.app.getPath('documents'), 'scelto.pdf');
    mkdirSync(fake.electron.app.getPath('documents'), { recursive: true });
    fake.script.savePaths.push(target);
    const made = await ipcCall(fake, 'deleghe.pdf', { request: fixture });
    const saved = await ipcCall(fake, 'files.save', { source: delegaSource });

    expect(saved.value).toMatchObject({ outcome: 'saved', fileName: 'scelto.pdf' });
    const [window, options] = fake.recorded('dialog.showSaveDialog')[0] as [unknown, Record<string, unknown>];
    expect(window).toBe(fake.windows[0]);
    expect(options.defaultPath).toBe(
      join(fake.electron.app.getPath('documents'), String(made.value?.fileName)),
    );
    expect(options.filters).toContainEqual({ name: 'Documento PDF', extensions: ['pdf'] });
    // The PDF carries the second it was made in: byte for byte the same once that is set aside.
    const undated = (bytes: Buffer) => bytes.toString('latin1').replace(/D:\d{14}[^)]*/g, 'D:');
    expect(undated(readFileSync(target))).toBe(undated(Buffer.from(String(made.value?.base64), 'base64')));
  });

  it('remembers the folder of the last PDF for the next Save dialog', async () => {
    const fake = await startElectronHost();
    const folder = join(fake.electron.app.getPath('home'), 'Deleghe firmate');
    mkdirSync(folder, { recursive: true });
    fake.script.savePaths.push(join(folder, 'a.pdf'));
    await ipcCall(fake, 'files.save', { source: delegaSource });
    await ipcCall(fake, 'files.save', { source: delegaSource });
    const second = fake.recorded('dialog.showSaveDialog')[1]?.[1] as { defaultPath: string };
    expect(second.defaultPath.startsWith(folder)).toBe(true);
  });

  it('writes nothing and shows no error when the user cancels', async () => {
    const fake = await startElectronHost();
    fake.script.savePaths.push(null);
    const saved = await ipcCall(fake, 'files.save', { source: delegaSource });
    expect(saved).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(existsSync(fake.electron.app.getPath('documents'))).toBe(false);
  });

  it("opens a saved file or its folder for 'Apri' and 'Mostra nella cartella'", async () => {
    const fake = await startElectronHost();
    mkdirSync(fake.electron.app.getPath('documents'), { recursive: true });
    const target = join(fake.electron.app.getPath('documents'), 'delega.pdf');
    fake.script.savePaths.push(target);
    const saved = await ipcCall(fake, 'files.save', { source: delegaSource });
    const savedId = String(saved.value?.savedId);
    await ipcCall(fake, 'files.reveal', { savedId, action: 'open' });
    await ipcCall(fake, 'files.reveal', { savedId, action: 'folder' });
    expect(fake.recorded('shell.openPath')).toEqual([[target]]);
    expect(fake.recorded('shell.showItemInFolder')).toEqual([[target]]);
    const unknown = await ipcCall(fake, 'files.reveal', { savedId: 'nessuno', action: 'open' });
    expect(unknown.error?.code).toBe('NOT_FOUND');
  });

  it('prints the delega by opening the PDF in the system viewer', async () => {
    const fake = await startElectronHost();
    const printed = await ipcCall(fake, 'files.print', { source: delegaSource });
    expect(printed.value).toMatchObject({ outcome: 'opened' });
    const [path] = fake.recorded('shell.openPath')[0] as [string];
    expect(path.endsWith('.pdf')).toBe(true);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('clears the PDFs printed in an earlier session at start', async () => {
    const fake = await startElectronHost((f) => {
      const old = join(f.electron.app.getPath('temp'), 'cassetto-enti-stampa', 'vecchia');
      mkdirSync(old, { recursive: true });
      writeFileSync(join(old, 'delega.pdf'), '%PDF-');
    });
    await vi.waitFor(() =>
      expect(existsSync(join(fake.electron.app.getPath('temp'), 'cassetto-enti-stampa', 'vecchia'))).toBe(
        false,
      ),
    );
  });

  it('picks a file with the native Open dialog and its filters, and reads it in main', async () => {
    const fake = await startElectronHost();
    const dir = fake.electron.app.getPath('documents');
    mkdirSync(dir, { recursive: true });
    const xml = join(dir, 'lista.xml');
    (await import('node:fs')).writeFileSync(xml, '<a/>');
    fake.script.openPaths.push(xml, null);
    const picked = await ipcCall(fake, 'files.pick', { kind: 'xml' });
    expect(picked.value).toMatchObject({ outcome: 'picked', name: 'lista.xml', size: 4, path: xml });
    expect(Buffer.from(String(picked.value?.base64), 'base64').toString()).toBe('<a/>');
    const options = fake.recorded('dialog.showOpenDialog')[0]?.[1] as { filters: unknown[] };
    expect(options.filters[0]).toEqual({ name: 'File XML', extensions: ['xml'] });
    expect((await ipcCall(fake, 'files.pick', { kind: 'xml' })).value).toEqual({ outcome: 'cancelled' });
  });

  it('opens the Open dialog where the last file of that kind was picked', async () => {
    const fake = await startElectronHost();
    const folder = join(fake.electron.app.getPath('home'), 'Paghe', '2026');
    mkdirSync(folder, { recursive: true });
    const csv = join(folder, 'cedolini.csv');
    (await import('node:fs')).writeFileSync(csv, 'a;b');
    fake.script.openPaths.push(csv, null, null);
    await ipcCall(fake, 'files.pick', { kind: 'paghe' });
    await ipcCall(fake, 'files.pick', { kind: 'paghe' });
    await ipcCall(fake, 'files.pick', { kind: 'xml' });
    const opened = fake
      .recorded('dialog.showOpenDialog')
      .map((call) => (call[1] as { defaultPath: string }).defaultPath);
    expect(opened[1]).toBe(folder);
    expect(opened[2]).toBe(fake.electron.app.getPath('documents'));
  });

  it('keeps cancelling renderer downloads', async () => {
    const fake = await startElectronHost();
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    fake.session.emit('will-download', event);
    expect(event.prevented).toBe(true);
  });
});

describe('the desktop app at start', () => {
  it('does not load the sandbox (oidc-provider, smtp-server, SQLite) until it is needed', async () => {
    let loaded = false;
    vi.doMock('../../../sandbox', () => {
      loaded = true;
      return {};
    });
    try {
      const fake = await startElectronHost();
      await ipcCall(fake, 'app.info', {});
      await ipcCall(fake, 'auth.status', {});
      expect(loaded).toBe(false);
    } finally {
      vi.doUnmock('../../../sandbox');
    }
  });
});

describe('desktop conventions', () => {
  it('has the Italian menu with the standard roles and the version under Aiuto', async () => {
    const fake = await startElectronHost();
    const [menu] = fake.recorded('Menu.setApplicationMenu')[0] as [
      { template: Array<Record<string, unknown>> },
    ];
    expect(menu.template.map((item) => item.label)).toEqual([
      'File',
      'Modifica',
      'Visualizza',
      'Finestra',
      'Aiuto',
    ]);
    const edit = menu.template[1]?.submenu as Array<{ role?: string }>;
    expect(edit.map((item) => item.role)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    const help = menu.template[4]?.submenu as Array<{ label: string; click: () => void }>;
    expect(help[0]?.label).toBe('Informazioni su Cassetto Enti (versione 0.1.0)');
    help[0]?.click();
    const [, about] = fake.recorded('dialog.showMessageBox')[0] as [unknown, { detail: string }];
    expect(about.detail).toContain('Versione 0.1.0');
  });

  it('quits at once without a window when another instance holds the lock', async () => {
    const fake = await startElectronHost((f) => (f.script.singleInstanceLock = false));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.recorded('app.quit')).toHaveLength(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.recorded('Menu.setApplicationMenu')).toHaveLength(0);
  });

  it('brings the running window back on a second launch', async () => {
    const fake = await startElectronHost();
    const window = fake.windows[0]!;
    window.minimize();
    fake.electron.app.emit('second-instance', {}, []);
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('remembers size, position and zoom for the next launch', async () => {
    const first = await startElectronHost();
    const window = first.windows[0]!;
    window.setBounds({ x: 40, y: 30, width: 1400, height: 900 });
    window.webContents.setZoomLevel(1);
    window.close();
    const userData = first.electron.app.getPath('userData');

    const second = await startElectronHost((fake) => fake.electron.app.setPath('userData', userData));
    expect(second.windows[0]?.options).toMatchObject({ x: 40, y: 30, width: 1400, height: 900 });
    expect(second.windows[0]?.webContents.getZoomLevel()).toBe(1);
    expect(readdirSync(userData)).toContain('desktop.json');
  });

  it('forgets a position on a screen no longer there, keeping the size', async () => {
    const first = await startElectronHost();
    first.windows[0]!.setBounds({ x: 3000, y: 200, width: 1300, height: 800 });
    first.windows[0]!.close();
    const userData = first.electron.app.getPath('userData');
    const second = await startElectronHost((fake) => fake.electron.app.setPath('userData', userData));
    expect(second.windows[0]?.options).toMatchObject({ width: 1300, height: 800 });
    expect(second.windows[0]?.options).not.toHaveProperty('x');
  });

  it('blocks navigation away from the app and window.open', async () => {
    const fake = await startElectronHost();
    const contents = fake.windows[0]!.webContents;
    const away = { prevented: false, preventDefault: () => (away.prevented = true) };
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.prevented).toBe(true);
    const inside = { prevented: false, preventDefault: () => (inside.prevented = true) };
    contents.emit('will-navigate', inside, 'app://cassetto/#/impostazioni');
    expect(inside.prevented).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('a renderer that crashes', () => {
  const loads = (fake: Awaited<ReturnType<typeof startElectronHost>>) =>
    fake.recorded('BrowserWindow.loadURL').map(([url]) => String(url));

  it('is reloaded once on the same screen with a notice, then the user is offered "Ricarica"', async () => {
    const fake = await startElectronHost();
    const window = fake.windows[0]!;
    window.webContents.mainFrame.url = 'app://cassetto/#/impostazioni';
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(loads(fake)).toEqual(['app://cassetto/', 'app://cassetto/?ripristino=1#/impostazioni']);
    expect(fake.recorded('dialog.showMessageBox')).toHaveLength(0);

    // The second crash does not reload by itself: a dialog asks, and only "Ricarica" reloads.
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(loads(fake)).toHaveLength(2);
    const [owner, options] = fake.recorded('dialog.showMessageBox')[0] as [
      unknown,
      { buttons: string[]; message: string },
    ];
    expect(owner).toBe(window);
    expect(options.buttons).toEqual(['Ricarica', 'Chiudi']);
    expect(options.message).toContain('interrotta di nuovo');
    await vi.waitFor(() => expect(loads(fake)).toHaveLength(3));
  });

  it('ignores a renderer that ended cleanly (a window being closed)', async () => {
    const fake = await startElectronHost();
    fake.windows[0]!.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(loads(fake)).toEqual(['app://cassetto/']);
  });

  it('keeps "Ricarica" in the Visualizza menu', async () => {
    const fake = await startElectronHost();
    const [menu] = fake.recorded('Menu.setApplicationMenu')[0] as [
      { template: Array<{ label: string; submenu: Array<{ role?: string; label?: string }> }> },
    ];
    const view = menu.template.find((item) => item.label === 'Visualizza');
    expect(view?.submenu).toContainEqual({ role: 'reload', label: 'Ricarica' });
  });
});

describe('the app identity on Windows', () => {
  it('sets the AppUserModelID to the appId of electron-builder.yml before Electron is ready', async () => {
    const builderConfig = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    const appIdLine = builderConfig.split('\n').find((line) => line.startsWith('appId:'));
    const appId = appIdLine?.slice('appId:'.length).trim();
    let setBeforeReady: unknown[][] = [];
    const fake = await startElectronHost(undefined, (f) => {
      setBeforeReady = f.recorded('app.setAppUserModelId');
    });
    expect(appId).toBeTruthy();
    // Before ready, hence before any Notification the services could show.
    expect(setBeforeReady).toEqual([[appId]]);
    expect(fake.recorded('Notification')).toHaveLength(0);
  });
});

// Issue 17: aborting in the renderer sends the cancel message for the call's id, and main stops
// the call: a file being made is never offered in a Save dialog, the call answers CANCELLED.
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

  // A page that goes away cannot take the answer: main stops its calls instead of finishing
  // them for nobody (and a Save dialog never opens over a reloaded or closed window).
  it.each([
    [
      'reloaded',
      (contents: EventEmitter) =>
        contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false }),
    ],
    ['crashed', (contents: EventEmitter) => contents.emit('render-process-gone', {}, { reason: 'crashed' })],
    ['closed', (_contents: EventEmitter, fake: FakeElectron) => fake.windows[0]!.close()],
  ])('stops the calls of a page that is %s', async (_what, pageGoes) => {
    const fake = await startElectronHost();
    fake.script.savePaths.push(`${fake.electron.app.getPath('documents')}/non-scritto.pdf`);
    const answer = fake.invoke(ipcChannels.call, 'files.save', { source: delegaSource });
    pageGoes(fake.windows[0]!.webContents, fake);
    expect(await answer).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: 'Operazione annullata.' },
    });
    expect(fake.recorded('dialog.showSaveDialog')).toEqual([]);
  });

  it('keeps the calls going when the page only changes screen (same document)', async () => {
    const fake = await startElectronHost();
    fake.script.savePaths.push(null);
    const saving = fake.invoke(ipcChannels.call, 'files.save', { source: delegaSource });
    fake.windows[0]!.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    fake.windows[0]!.webContents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    expect(await saving).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(fake.recorded('dialog.showSaveDialog')).toHaveLength(1);
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

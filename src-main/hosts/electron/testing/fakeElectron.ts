/**
 * A stand-in for the `electron` module, so the Electron host (main.ts) runs in plain Node under
 * Vitest where the Electron binary cannot. It records what the host asks for and answers as
 * Electron documents; tests script the answers (the Save dialog's choice, the lock...).
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;
export type Recorded = { api: string; args: unknown[] };

export interface FakeElectronScript {
  /** What the next Save dialogs answer: a path, or null for Cancel. */
  savePaths: Array<string | null>;
  openPaths: Array<string | null>;
  singleInstanceLock: boolean;
  openPathError: string;
}

let nextWebContentsId = 1;

class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  zoomLevel = 0;
  destroyed = false;
  sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly mainFrame = { url: 'app://cassetto/' };
  getURL() {
    return this.mainFrame.url;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  isDestroyed() {
    return this.destroyed;
  }
  setZoomLevel(level: number) {
    this.zoomLevel = level;
  }
  getZoomLevel() {
    return this.zoomLevel;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export function createFakeElectron(base = mkdtempSync(join(tmpdir(), 'fake-electron-'))) {
  const calls: Recorded[] = [];
  const record = (api: string, ...args: unknown[]) => calls.push({ api, args });
  const script: FakeElectronScript = {
    savePaths: [],
    openPaths: [],
    singleInstanceLock: true,
    openPathError: '',
  };
  const paths: Record<string, string> = {
    userData: join(base, 'userData'),
    documents: join(base, 'Documenti'),
    temp: join(base, 'tmp'),
    home: base,
  };
  const windows: FakeBrowserWindow[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const ipcListeners = new Map<string, Listener[]>();
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  let quitting = false;

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getPath: (name: string) => paths[name] ?? join(base, name),
    setPath: (name: string, value: string) => {
      record('app.setPath', name, value);
      paths[name] = value;
    },
    setAppUserModelId: (id: string) => record('app.setAppUserModelId', id),
    getVersion: () => '0.1.0',
    getName: () => 'Cassetto Enti',
    whenReady: () => ready,
    requestSingleInstanceLock: () => {
      record('app.requestSingleInstanceLock');
      return script.singleInstanceLock;
    },
    /** As Electron: before-quit, then will-quit, once. */
    quit: () => {
      record('app.quit');
      if (quitting) return;
      quitting = true;
      app.emit('before-quit');
      app.emit('will-quit');
    },
  });

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((window) => !window.destroyed);
    readonly webContents = new FakeWebContents();
    destroyed = false;
    minimized = false;
    maximized = false;
    focused = false;
    loadedUrl = '';
    bounds: { x: number; y: number; width: number; height: number };
    constructor(readonly options: Record<string, unknown>) {
      super();
      record('BrowserWindow', options);
      this.bounds = {
        x: (options.x as number | undefined) ?? 0,
        y: (options.y as number | undefined) ?? 0,
        width: options.width as number,
        height: options.height as number,
      };
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      record('BrowserWindow.loadURL', url);
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
      return Promise.resolve();
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => this.minimized;
    isMaximized = () => this.maximized;
    maximize = () => (this.maximized = true);
    restore = () => (this.minimized = false);
    minimize = () => (this.minimized = true);
    show = () => record('BrowserWindow.show');
    focus = () => (this.focused = true);
    getNormalBounds = () => ({ ...this.bounds });
    setBounds(bounds: { x: number; y: number; width: number; height: number }) {
      this.bounds = bounds;
      this.emit('resize');
    }
    close() {
      this.emit('close');
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.webContents.emit('destroyed');
      this.emit('closed');
      if (FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
  }

  const fakeSession = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: (handler: Listener) =>
      record('session.setPermissionRequestHandler', handler),
    setPermissionCheckHandler: (handler: Listener) => record('session.setPermissionCheckHandler', handler),
    setDevicePermissionHandler: (handler: Listener) => record('session.setDevicePermissionHandler', handler),
    protocol: {
      handle: (scheme: string, handler: Listener) => record('session.protocol.handle', scheme, handler),
    },
    /** Electron's net.fetch on this session: recorded, then sent with Node's fetch (no proxy here). */
    fetch: (input: string | Request, init?: RequestInit) => {
      record('session.fetch', typeof input === 'string' ? input : input.url);
      return fetch(input, init);
    },
    setProxy: (config: unknown) => (record('session.setProxy', config), Promise.resolve()),
    setCertificateVerifyProc: (proc: unknown) => record('session.setCertificateVerifyProc', proc),
  });

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler),
      on: (channel: string, handler: Listener) => {
        record('ipcMain.on', channel, handler);
        ipcListeners.set(channel, [...(ipcListeners.get(channel) ?? []), handler]);
      },
    },
    dialog: {
      showSaveDialog: (...args: unknown[]) => {
        record('dialog.showSaveDialog', ...args);
        const filePath = script.savePaths.shift() ?? null;
        return Promise.resolve(filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' });
      },
      showOpenDialog: (...args: unknown[]) => {
        record('dialog.showOpenDialog', ...args);
        const filePath = script.openPaths.shift() ?? null;
        return Promise.resolve(
          filePath ? { canceled: false, filePaths: [filePath] } : { canceled: true, filePaths: [] },
        );
      },
      showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', title, content),
      showMessageBox: (...args: unknown[]) => {
        record('dialog.showMessageBox', ...args);
        return Promise.resolve({ response: 0, checkboxChecked: false });
      },
    },
    shell: {
      openPath: (path: string) => {
        record('shell.openPath', path);
        return Promise.resolve(script.openPathError);
      },
      showItemInFolder: (path: string) => record('shell.showItemInFolder', path),
      openExternal: (url: string) => {
        record('shell.openExternal', url);
        return Promise.resolve();
      },
    },
    session: {
      fromPartition: (partition: string) => (record('session.fromPartition', partition), fakeSession),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        record('protocol.registerSchemesAsPrivileged', schemes),
    },
    safeStorage: {
      isEncryptionAvailable: () => false,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: (text: string) => Buffer.from(text),
      decryptString: (bytes: Buffer) => bytes.toString(),
    },
    Notification: class {
      static isSupported = () => true;
      constructor(readonly options: unknown) {
        record('Notification', options);
      }
      show() {
        record('Notification.show', this.options);
      }
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => record('Menu.setApplicationMenu', menu),
    },
  };

  /** What ipcMain's listeners get: the app page's frame, in the first window's webContents. */
  const senderEvent = () => {
    const sender = windows[0]?.webContents ?? new FakeWebContents();
    return { senderFrame: sender.mainFrame, sender };
  };

  return {
    electron,
    calls,
    script,
    windows,
    session: fakeSession,
    /** Electron's `ready`: main.ts goes on from app.whenReady(). */
    ready: () => readyResolve(),
    /** A renderer's ipcRenderer.invoke from the app page. */
    invoke(channel: string, ...args: unknown[]) {
      const handler = ipcHandlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return Promise.resolve(handler(senderEvent(), ...args));
    },
    /** A renderer's ipcRenderer.send from the app page (no answer). */
    send(channel: string, ...args: unknown[]) {
      const event = senderEvent();
      for (const listener of ipcListeners.get(channel) ?? []) listener(event, ...args);
    },
    recorded: (api: string) => calls.filter((call) => call.api === api).map((call) => call.args),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

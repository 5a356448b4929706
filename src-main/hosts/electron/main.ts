import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, Notification, screen, session, shell } from 'electron';
import Store from 'electron-store';
import {
  DataFolderInUseError,
  lockDataFolder,
  type DataFolderLock,
} from '../../adapters/node/dataFolderLock';
import { createElectronFileDelivery } from '../../adapters/electron/electronFileDelivery';
import { createElectronSettingsStore } from '../../adapters/electron/electronStoreSettingsStore';
import { createSafeStorageVault } from '../../adapters/electron/safeStorageVault';
import { createEndpointResolver } from '../common/endpointResolver';
import { installProcessSafetyNet } from '../common/processSafetyNet';
import { createMainServices, type MainServices } from '../../services/mainServices';
import { APP_USER_MODEL_ID } from './appIdentity';
import { appMenuTemplate } from './appMenu';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { bindContract, forwardEvents } from './ipcBinding';
import { recoverFromRendererCrash } from './rendererRecovery';
import { createSessionFetch } from './sessionFetch';
import { hardenSession, lockNavigation } from './sessionSecurity';
import { loadWindowState, trackWindowState } from './windowState';
import { APP_ORIGIN, SESSION_PARTITION, isAllowedLoginUrl, secureWebPreferences } from './windowPolicy';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/preload.cjs');

/** The one app window: the dialogs are modal to it, a second launch brings it back. */
let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function createWindow(services: MainServices, desktop: Store): Promise<void> {
  const state = loadWindowState(
    desktop,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 960,
    minHeight: 640,
    title: 'Cassetto Enti',
    show: false,
    webPreferences: secureWebPreferences(preloadPath, app.isPackaged),
  });
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  if (state.maximized) window.maximize();
  trackWindowState(window, desktop, state);
  recoverFromRendererCrash(window);
  forwardEvents(services.events, window.webContents);
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${APP_ORIGIN}/`);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'Informazioni su Cassetto Enti',
    message: 'Cassetto Enti',
    detail: `Versione ${app.getVersion()}\nCassetto previdenziale – Gestione Dipendenti Pubblici`,
    buttons: ['OK'],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function start(): Promise<void> {
  await app.whenReady();
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ version: app.getVersion(), showAbout })));
  const appSession = session.fromPartition(SESSION_PARTITION);
  hardenSession(appSession);
  serveRenderer(appSession, rendererDir);
  // Window state and the last folders of the Save dialog, next to the settings.
  const desktop = new Store<Record<string, unknown>>({ name: 'desktop' });
  // A sandbox started elsewhere (npm run sandbox, or the e2e suite) may replace the embedded one.
  const { CASSETTO_SANDBOX_ISSUER: issuer, CASSETTO_SANDBOX_API: apiBaseUrl } = process.env;
  const endpoints = createEndpointResolver(
    app.getPath('userData'),
    issuer && apiBaseUrl ? { issuer, apiBaseUrl } : undefined,
  );
  const services = createMainServices({
    host: 'electron',
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    settingsStore: createElectronSettingsStore(),
    resolveEndpoints: endpoints.forSettings,
    // Electron's network stack: system proxy/PAC, OS certificates, NTLM/Kerberos (sessionFetch.ts).
    outboundFetch: (current) => createSessionFetch(appSession, current),
    vault: createSafeStorageVault(join(app.getPath('userData'), 'session.bin')),
    files: createElectronFileDelivery({ window: () => mainWindow, folders: desktop }),
    // The login page of SPID/CIE opens in the system browser (RFC 8252), never inside the app.
    openExternal: async (url) => {
      if (!isAllowedLoginUrl(url)) throw new Error('Indirizzo di accesso non ammesso');
      await shell.openExternal(url);
    },
    notify: (title, body) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
  });
  void services.auth.restore();
  app.on('before-quit', () => {
    services.auth.dispose();
    void endpoints.stop();
  });
  bindContract(services.dispatch, () => ({}));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow(services, desktop);
  });
  await createWindow(services, desktop);
}

function lockUserData(): DataFolderLock | null {
  try {
    return lockDataFolder(app.getPath('userData'), 'electron');
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    // After 'ready': before it, Linux prints the box to stderr only. Nothing else is registered.
    void app.whenReady().then(() => {
      dialog.showErrorBox('Cassetto Enti è già in uso', error.message);
      app.quit();
    });
    return null;
  }
}

function main(): void {
  // A stray error in main is logged; Electron's default would show a dialog and leave main broken.
  installProcessSafetyNet();
  // The Electron e2e runs each test with its own profile folder.
  if (process.env.CASSETTO_USER_DATA) app.setPath('userData', process.env.CASSETTO_USER_DATA);
  // One app per user: a second launch hands over to the running one and leaves at once.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Before any await: a second launch during start-up still finds the handler.
  app.on('second-instance', focusMainWindow);
  // The web host may hold the same data folder: then leave before writing anything.
  const dataLock = lockUserData();
  if (!dataLock) return;
  app.on('will-quit', () => dataLock.release());
  // Before any notification can be shown (Windows matches it with the Start menu shortcut).
  app.setAppUserModelId(APP_USER_MODEL_ID);
  registerAppScheme();
  lockNavigation();
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void start();
}

main();

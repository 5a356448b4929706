import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Notification, session, shell } from 'electron';
import { createElectronSettingsStore } from '../../adapters/electron/electronStoreSettingsStore';
import { createSafeStorageVault } from '../../adapters/electron/safeStorageVault';
import { createEndpointResolver } from '../common/endpointResolver';
import { installProcessSafetyNet } from '../common/processSafetyNet';
import { createMainServices } from '../../services/mainServices';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { bindContract, forwardEvents } from './ipcBinding';
import { hardenSession, lockNavigation } from './sessionSecurity';
import { APP_ORIGIN, SESSION_PARTITION, isAllowedLoginUrl, secureWebPreferences } from './windowPolicy';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/preload.cjs');

// A stray error in main is logged; Electron's default would show a dialog and leave main broken.
installProcessSafetyNet();

// The Electron e2e runs each test with its own profile folder.
if (process.env.CASSETTO_USER_DATA) app.setPath('userData', process.env.CASSETTO_USER_DATA);

registerAppScheme();
lockNavigation();

if (!app.requestSingleInstanceLock()) app.quit();

async function createWindow(services: ReturnType<typeof createMainServices>): Promise<void> {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Cassetto Enti',
    show: false,
    webPreferences: secureWebPreferences(preloadPath, app.isPackaged),
  });
  forwardEvents(services.events, window.webContents);
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${APP_ORIGIN}/`);
}

void app.whenReady().then(async () => {
  const appSession = session.fromPartition(SESSION_PARTITION);
  hardenSession(appSession);
  serveRenderer(appSession, rendererDir);

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
    vault: createSafeStorageVault(join(app.getPath('userData'), 'session.bin')),
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
  await createWindow(services);

  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow(services);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

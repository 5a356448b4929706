/**
 * The security decisions of the Electron host as plain data and functions, with no import of
 * `electron`, so they are unit-tested here where the Electron binary cannot run.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cassetto';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const SESSION_PARTITION = 'persist:cassetto-enti';

export interface SecureWebPreferences {
  preload: string;
  partition: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  spellcheck: false;
  disableBlinkFeatures: string;
  devTools: boolean;
}

export function secureWebPreferences(preload: string, isPackaged: boolean): SecureWebPreferences {
  return {
    preload,
    partition: SESSION_PARTITION,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click must not open links in a new window behind setWindowOpenHandler's back.
    disableBlinkFeatures: 'Auxclick',
    devTools: !isPackaged,
  };
}

/** An IPC message is served only from our own page, in the top frame. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame || !frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The only navigation allowed inside the window is within the app itself. */
export function isInAppUrl(target: string): boolean {
  return isTrustedSender(target, true);
}

/**
 * Sites the app may hand to the system browser (never opened inside the window): INPS and the
 * public documentation the UI links to. https only.
 */
const externalAllowlist = [
  'www.inps.it',
  'servizi2.inps.it',
  'www.spid.gov.it',
  'www.cartaidentita.interno.gov.it',
  'docs.italia.it',
  // The laws the Scadenzario cites as the source of a deadline.
  'www.normattiva.it',
];

export function isAllowedExternalUrl(target: string): boolean {
  try {
    const url = new URL(target);
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      externalAllowlist.includes(url.hostname)
    );
  } catch {
    return false;
  }
}

/**
 * Pages of the SPID/CIE bridge that main opens in the system browser for login and logout:
 * https anywhere, or plain http to the loopback sandbox only.
 */
export function isAllowedLoginUrl(target: string): boolean {
  try {
    const url = new URL(target);
    if (url.username !== '' || url.password !== '') return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

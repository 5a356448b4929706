import { describe, expect, it } from 'vitest';
import { itAnswers } from '../../../shared/itAnswers.test-support';
import {
  isAllowedExternalUrl,
  isAllowedLoginUrl,
  isInAppUrl,
  isTrustedSender,
  secureWebPreferences,
} from './windowPolicy';

describe('Electron window policy', () => {
  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    const preferences = secureWebPreferences('/app/preload.cjs', true);
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(preferences.partition).toMatch(/^persist:/);
  });

  it('keeps DevTools for unpackaged development builds only', () => {
    expect(secureWebPreferences('/p', false).devTools).toBe(true);
  });

  it('trusts IPC only from the app origin in the main frame', () => {
    expect(isTrustedSender('app://cassetto/index.html', true)).toBe(true);
    expect(isTrustedSender('app://cassetto/index.html', false)).toBe(false);
    expect(isTrustedSender('app://evil/index.html', true)).toBe(false);
    expect(isTrustedSender('file:///etc/passwd', true)).toBe(false);
    expect(isTrustedSender('https://cassetto/index.html', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('not a url', true)).toBe(false);
  });

  it('allows navigation only inside the app', () => {
    expect(isInAppUrl('app://cassetto/#/impostazioni')).toBe(true);
    expect(isInAppUrl('https://www.inps.it/')).toBe(false);
  });

  itAnswers('hands %s to the system browser: %s (allowlisted https sites only)', isAllowedExternalUrl, {
    'https://www.inps.it/it/it/dati-e-bilanci.html': true,
    'http://www.inps.it/': false,
    'https://www.inps.it.evil.com/': false,
    'https://user:pw@www.inps.it/': false,
    'file:///etc/passwd': false,
    'javascript:alert(1)': false,
  });

  itAnswers(
    'opens %s in the system browser for login: %s (https bridges, the loopback sandbox)',
    isAllowedLoginUrl,
    {
      'https://bridge.example.it/authorize?x=1': true,
      'http://127.0.0.1:41234/auth': true,
      'http://bridge.example.it/authorize': false,
      'http://localhost:41234/auth': false,
      'file:///etc/passwd': false,
      'https://a:b@bridge.example.it/': false,
    },
  );
});

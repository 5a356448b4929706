import { describe, expect, it } from 'vitest';
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

  it('hands only allowlisted https sites to the system browser', () => {
    expect(isAllowedExternalUrl('https://www.inps.it/it/it/dati-e-bilanci.html')).toBe(true);
    expect(isAllowedExternalUrl('http://www.inps.it/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.inps.it.evil.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@www.inps.it/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
  });

  it('opens in the system browser only https bridges or the loopback sandbox for login', () => {
    expect(isAllowedLoginUrl('https://bridge.example.it/authorize?x=1')).toBe(true);
    expect(isAllowedLoginUrl('http://127.0.0.1:41234/auth')).toBe(true);
    expect(isAllowedLoginUrl('http://bridge.example.it/authorize')).toBe(false);
    expect(isAllowedLoginUrl('http://localhost:41234/auth')).toBe(false);
    expect(isAllowedLoginUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedLoginUrl('https://a:b@bridge.example.it/')).toBe(false);
  });
});

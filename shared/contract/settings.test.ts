import { describe, expect, it } from 'vitest';
import { SettingsSchema, defaultSettings } from './settings';

const paths = (value: unknown) => {
  const parsed = SettingsSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
};

describe('settings schema', () => {
  it('accepts the defaults: sandbox needs no configuration', () => {
    expect(paths(defaultSettings)).toEqual([]);
  });

  it('requires API, issuer and client id for production', () => {
    expect(paths({ ...defaultSettings, environment: 'production' })).toEqual([
      'cassettoApiBaseUrl',
      'oidcIssuer',
      'oidcClientId',
    ]);
  });

  it('accepts a complete production configuration', () => {
    expect(
      paths({
        ...defaultSettings,
        environment: 'production',
        cassettoApiBaseUrl: 'https://api.example.it/cassetto',
        oidcIssuer: 'https://login.example.it',
        oidcClientId: 'cassetto-enti',
        httpProxy: 'http://proxy.ente.local:3128',
      }),
    ).toEqual([]);
  });

  it('refuses plain http for INPS endpoints but accepts it for a local proxy', () => {
    expect(paths({ ...defaultSettings, cassettoApiBaseUrl: 'http://api.example.it' })).toEqual([
      'cassettoApiBaseUrl',
    ]);
    expect(paths({ ...defaultSettings, httpProxy: 'proxy senza schema' })).toEqual(['httpProxy']);
  });

  it('refuses an unknown environment or language', () => {
    expect(paths({ ...defaultSettings, environment: 'staging', uiLanguage: 'fr' })).toEqual([
      'environment',
      'uiLanguage',
    ]);
  });
});

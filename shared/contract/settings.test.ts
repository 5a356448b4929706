import { describe, expect, it } from 'vitest';
import { SettingsSchema, defaultSettings, parseLoginPorts } from './settings';

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

describe('login ports of the settings', () => {
  it('accepts none, one, or a short list of ports, and refuses what is not one', () => {
    expect(paths({ ...defaultSettings, loginRedirectPorts: '53682' })).toEqual([]);
    expect(paths({ ...defaultSettings, loginRedirectPorts: '53682, 53683;53684 53685' })).toEqual([]);
    for (const bad of ['80', '70000', 'porta', '1,2', '5000,5001,5002,5003,5004,5005', '5000x']) {
      expect(paths({ ...defaultSettings, loginRedirectPorts: bad })).toEqual(['loginRedirectPorts']);
    }
    expect(parseLoginPorts(' 53682,53682 , 53683 ')).toEqual([53682, 53683]);
    expect(parseLoginPorts('')).toEqual([]);
  });

  it('offers a bounded choice of time limits for the login', () => {
    expect(paths({ ...defaultSettings, loginTimeoutMinutes: 10 })).toEqual([]);
    expect(paths({ ...defaultSettings, loginTimeoutMinutes: 600 })).toEqual(['loginTimeoutMinutes']);
  });
});

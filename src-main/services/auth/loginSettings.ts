import { parseLoginPorts, type Settings } from '../../../shared/contract';

/** The login part of Impostazioni, as the auth service uses it. */
export function loginSettingsOf(settings: Settings): { ports: number[]; timeoutMs: number } {
  return {
    ports: parseLoginPorts(settings.loginRedirectPorts) ?? [],
    timeoutMs: settings.loginTimeoutMinutes * 60_000,
  };
}

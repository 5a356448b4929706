import {
  createDispatcher,
  createEventHub,
  type AppInfo,
  type Dispatch,
  type EventHub,
} from '../../shared/contract';
import { createSettingsService, type KeyValueStore, type SettingsService } from './settings/settingsService';

/** What a host gives the services: the OS-specific pieces, chosen by the host. */
export interface HostEnvironment {
  host: AppInfo['host'];
  version: string;
  settingsStore: KeyValueStore;
  log?: (message: string, error?: unknown) => void;
}

/** Per-call context: who is calling. Grows with the session in later capabilities. */
export type CallContext = Record<string, never>;

export interface MainServices {
  dispatch: Dispatch<CallContext>;
  events: EventHub;
  settings: SettingsService;
}

/** The composition of every service behind the contract; hosts only carry it. */
export function createMainServices(environment: HostEnvironment): MainServices {
  const events = createEventHub();
  const settings = createSettingsService(environment.settingsStore, events);
  const log = environment.log ?? ((message, error) => console.error(message, error));

  const dispatch = createDispatcher<CallContext>(
    {
      'app.info': () => ({
        productName: 'Cassetto Enti',
        version: environment.version,
        mode: settings.get().environment,
        host: environment.host,
      }),
      'settings.get': () => settings.get(),
      'settings.set': (input) => settings.set(input),
    },
    (name, error) => log(`Chiamata ${name} fallita`, error),
  );

  return { dispatch, events, settings };
}

import {
  createDispatcher,
  createEventHub,
  type AppInfo,
  type CallName,
  type Dispatch,
  type EventHub,
  type HandlersFor,
  type Settings,
} from '../../shared/contract';
import type { appCalls } from '../../shared/contract/calls/appCalls';
import type { sessionCalls } from '../../shared/contract/calls/sessionCalls';
import { auditHandlers } from './audit/auditHandlers';
import { createAuditHook } from './audit/auditHook';
import { createAuthService, type AuthService } from './auth/authService';
import { loginSettingsOf } from './auth/loginSettings';
import type { ResolveEndpoints } from './auth/endpoints';
import type { TokenVault } from './auth/tokenVault';
import { createCassettoGateway, type CassettoGateway } from './cassettoApi/cassettoGateway';
import { cruscottoHandlers } from './cruscotto/cruscottoHandlers';
import { delegheHandlers } from './deleghe/delegheHandlers';
import { noFileDelivery, type FileDelivery } from './files/fileDelivery';
import { fileHandlers } from './files/fileHandlers';
import { createOutboundFetch, type HttpFetch } from './net/outboundFetch';
import { quesitiHandlers } from './quesiti/quesitiHandlers';
import { listapospaHandlers } from './listapospa/listapospaHandlers';
import { listapospaRatesHandlers } from './listapospa/listapospaRatesHandlers';
import { payrollHandlers } from './listapospa/payroll/payrollHandlers';
import { reviewHandlers } from './listapospa/reviewHandlers';
import { createRicercaService } from './ricerca/ricercaService';
import { sezioniHandlers } from './sezioni/sezioniHandlers';
import { scadenzarioHandlers } from './scadenzario/scadenzarioHandlers';
import { createSettingsService, type KeyValueStore, type SettingsService } from './settings/settingsService';
import { createUserScope, type UserScope } from './userScope';

/** What a host gives the services: the OS-specific pieces, chosen by the host. */
export interface HostEnvironment {
  host: AppInfo['host'];
  version: string;
  /** The folder of the app's own data (settings, drafts, snapshots). */
  dataDir: string;
  settingsStore: KeyValueStore;
  /** Built from the settings service, so endpoints follow what the user saved. */
  resolveEndpoints: (settings: SettingsService) => ResolveEndpoints;
  vault: TokenVault;
  /**
   * The fetch to the bridge and the Cassetto API, given the current Settings: the Electron host
   * injects Electron's net.fetch on its session; without one, undici (createOutboundFetch).
   */
  outboundFetch?: (currentSettings: () => Settings) => HttpFetch;
  openExternal?: (url: string) => Promise<void>;
  /** A desktop notification (Electron); hosts without one show notices inside the app only. */
  notify?: (title: string, body: string) => void;
  /** How files reach the user: Save/Open dialogs in Electron, one-time downloads in the web host. */
  files?: FileDelivery;
  idleTimeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

/** Per-call context: who is calling. One local user per host for now. */
export type CallContext = Record<string, never>;

export interface MainServices {
  dispatch: Dispatch<CallContext>;
  events: EventHub;
  settings: SettingsService;
  auth: AuthService;
}

/** What every feature's handlers may build on. */
export interface ServiceDeps {
  environment: HostEnvironment;
  events: EventHub;
  settings: SettingsService;
  auth: AuthService;
  /** Every Cassetto API call of every feature goes through here. */
  cassetto: CassettoGateway;
  /** The signed-in user's folder and per-user stores: every user data store is obtained here. */
  userScope: UserScope;
}

function appHandlers({ environment, settings }: ServiceDeps): HandlersFor<typeof appCalls, CallContext> {
  return {
    'app.info': () => ({
      productName: 'Cassetto Enti',
      version: environment.version,
      mode: settings.get().environment,
      host: environment.host,
    }),
    'settings.get': () => settings.get(),
    'settings.set': (input) => settings.set(input),
  };
}

function sessionHandlers({
  auth,
  cassetto,
  events,
}: ServiceDeps): HandlersFor<typeof sessionCalls, CallContext> {
  const ricerca = createRicercaService(cassetto, events);
  return {
    'auth.status': () => auth.status(),
    'auth.login': () => auth.login(),
    'auth.cancel': () => auth.cancel(),
    'auth.logout': () => auth.logout(),
    'auth.bridgeCheck': () => auth.bridgeCheck(),
    'ricerca.list': () => ricerca.list(),
    'posizione.select': (input) => ricerca.select(input.id),
  };
}

/** Calls that do not count as user activity for the idle timeout. */
const passiveCalls: ReadonlySet<CallName> = new Set([
  'app.info',
  'auth.status',
  // Asked every minute on every screen: the reminders must not keep an idle session alive.
  'scadenzario.remind',
]);

/** The composition of every service behind the contract; hosts only carry it. */
export function createMainServices(environment: HostEnvironment): MainServices {
  const events = createEventHub();
  const settings = createSettingsService(environment.settingsStore, events);
  const log = environment.log ?? ((message, error) => console.error(message, error));
  // Proxy and extra CA of Settings apply to every request to the bridge and the Cassetto API.
  const outbound = (environment.outboundFetch ?? createOutboundFetch)(() => settings.get());
  const auth = createAuthService({
    resolveEndpoints: environment.resolveEndpoints(settings),
    vault: environment.vault,
    events,
    fetch: outbound,
    ...(environment.openExternal ? { openExternal: environment.openExternal } : {}),
    ...(environment.idleTimeoutMs ? { idleTimeoutMs: environment.idleTimeoutMs } : {}),
    loginSettings: () => loginSettingsOf(settings.get()),
    log,
  });
  const deps: ServiceDeps = {
    environment,
    events,
    settings,
    auth,
    cassetto: createCassettoGateway(auth, outbound),
    userScope: createUserScope({ dataDir: environment.dataDir, status: () => auth.status(), events }),
  };

  // One group per feature; the type of createDispatcher makes sure no call is left without one.
  const handle: Dispatch<CallContext> = createDispatcher<CallContext>(
    {
      ...appHandlers(deps),
      ...sessionHandlers(deps),
      ...delegheHandlers(deps),
      ...sezioniHandlers(deps),
      ...quesitiHandlers(deps),
      ...listapospaHandlers(deps),
      ...listapospaRatesHandlers(deps),
      ...cruscottoHandlers(deps),
      // The deadlines are computed from the Cruscotto's facts, asked through this same dispatcher.
      ...scadenzarioHandlers(deps, (name, input) => handle(name, input, {})),
      ...payrollHandlers(deps),
      ...auditHandlers(deps),
      ...reviewHandlers(deps),
      // The file calls make their bytes with the source call, through this same dispatcher.
      ...fileHandlers(
        environment.files ?? noFileDelivery,
        (name, input, signal) => audited(name, input, {}, signal),
        environment.dataDir,
      ),
    },
    (name, error) => log(`Chiamata ${name} fallita`, error),
  );
  // The audited calls are logged whoever makes them: the renderer, or a file call inside main.
  const audited = createAuditHook({ ...deps, dataDir: environment.dataDir, log }).wrap(handle);

  const dispatch: Dispatch<CallContext> = (name, input, context, cancel) => {
    if (typeof name === 'string' && !passiveCalls.has(name as CallName)) auth.touch();
    return audited(name, input, context, cancel);
  };

  return { dispatch, events, settings, auth };
}

import { create } from 'zustand';

export const routes = [
  'home',
  'posizione',
  'versamenti',
  'note-rettifica',
  'piani-ammortamento',
  'dma',
  'listapospa',
  'note-debito',
  'note-debito-eca',
  'tracciati',
  'fascicolo',
  'quesito-nuovo',
  'quesiti',
  'deleghe',
  'abilitazioni',
  'scadenzario',
  'registro-operazioni',
  'impostazioni',
  'cruscotto',
] as const;
export type Route = (typeof routes)[number] | 'non-trovata';

export function routeFromHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split(/[?&]/)[0] ?? '';
  // The web host's first address carries its session token in the fragment.
  if (path === '' || path.startsWith('token=')) return 'home';
  return (routes as readonly string[]).includes(path) ? (path as Route) : 'non-trovata';
}

export const hrefOf = (route: (typeof routes)[number]) => (route === 'home' ? '#/' : `#/${route}`);

interface RouteState {
  route: Route;
}

/** Hash routing: works the same from app:// in Electron and from the loopback web host. */
export const useRouteStore = create<RouteState>(() => ({ route: routeFromHash(window.location.hash) }));

window.addEventListener('hashchange', () =>
  useRouteStore.setState({ route: routeFromHash(window.location.hash) }),
);

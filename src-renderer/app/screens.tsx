import type { ReactNode } from 'react';
import { ListaPosPAPage } from '../features/listapospa/ListaPosPAPage';
import { AnagraficaPage } from '../features/posizione/AnagraficaPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { MessageKey } from '../i18n';
import { useAppStore } from '../state/appStore';
import type { routes } from '../state/routeStore';

/**
 * Who may see a screen: anyone (settings must be reachable before login), a signed-in user, or
 * a signed-in user who picked a posizione from the Ricerca (its services, grouped in the menu).
 */
export type ScreenScope = 'public' | 'user' | 'posizione';

export interface Screen {
  route: Exclude<(typeof routes)[number], 'home'>;
  title: MessageKey;
  scope: ScreenScope;
  render(): ReactNode;
}

function Settings() {
  const settings = useAppStore((state) => state.settings);
  return settings ? <SettingsPage initial={settings} /> : null;
}

/** Every screen but home (login or Ricerca), in menu order. Features add theirs here. */
export const screens: Screen[] = [
  { route: 'posizione', title: 'nav.anagrafica', scope: 'posizione', render: () => <AnagraficaPage /> },
  { route: 'listapospa', title: 'nav.listapospa', scope: 'posizione', render: () => <ListaPosPAPage /> },
  { route: 'impostazioni', title: 'nav.settings', scope: 'public', render: () => <Settings /> },
];

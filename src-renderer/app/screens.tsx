import type { ReactNode } from 'react';
import { SEZIONI, type Sezione } from '../../shared/domain/sezioni';
import { AuditPage } from '../features/audit/AuditPage';
import { AbilitazioniPage } from '../features/deleghe/AbilitazioniPage';
import { DeleghePage } from '../features/deleghe/DeleghePage';
import { FascicoloPage } from '../features/sezioni/FascicoloPage';
import { SezionePage } from '../features/sezioni/SezionePages';
import { TracciatiPage } from '../features/sezioni/TracciatiPage';
import { ListaPosPAPage } from '../features/listapospa/ListaPosPAPage';
import { AnagraficaPage } from '../features/posizione/AnagraficaPage';
import { CruscottoPage } from '../features/cruscotto/CruscottoPage';
import { QuesitiPage } from '../features/quesiti/QuesitiPage';
import { QuesitoComposePage } from '../features/quesiti/QuesitoComposePage';
import { ScadenzarioPage } from '../features/scadenzario/ScadenzarioPage';
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

/** The menu label of each Cassetto section (its screen title comes from SEZIONE_DEFINITIONS). */
const SEZIONE_NAV: Readonly<Record<Sezione, MessageKey>> = {
  versamenti: 'nav.versamenti',
  'note-rettifica': 'nav.noteRettifica',
  'piani-ammortamento': 'nav.pianiAmmortamento',
  dma: 'nav.dma',
  'note-debito': 'nav.noteDebito',
  'note-debito-eca': 'nav.noteDebitoEca',
};

/**
 * One screen per Cassetto section, in the order of SEZIONI, so a new section needs no screen of
 * its own; ListaPosPA, which sends the DMA, follows the DMA section.
 */
const sezioneScreens = SEZIONI.flatMap((sezione): Screen[] => {
  const screen: Screen = {
    route: sezione,
    title: SEZIONE_NAV[sezione],
    scope: 'posizione',
    render: () => <SezionePage sezione={sezione} />,
  };
  if (sezione !== 'dma') return [screen];
  return [
    screen,
    { route: 'listapospa', title: 'nav.listapospa', scope: 'posizione', render: () => <ListaPosPAPage /> },
  ];
});

/** Every screen but home (login or Ricerca), in menu order. Features add theirs here. */
export const screens: Screen[] = [
  { route: 'posizione', title: 'nav.anagrafica', scope: 'posizione', render: () => <AnagraficaPage /> },
  { route: 'cruscotto', title: 'nav.cruscotto', scope: 'user', render: () => <CruscottoPage /> },
  { route: 'deleghe', title: 'nav.deleghe', scope: 'user', render: () => <DeleghePage /> },
  { route: 'abilitazioni', title: 'nav.abilitazioni', scope: 'user', render: () => <AbilitazioniPage /> },
  ...sezioneScreens,
  { route: 'tracciati', title: 'nav.tracciati', scope: 'posizione', render: () => <TracciatiPage /> },
  { route: 'fascicolo', title: 'nav.fascicolo', scope: 'posizione', render: () => <FascicoloPage /> },
  {
    route: 'quesito-nuovo',
    title: 'nav.quesitoNuovo',
    scope: 'posizione',
    render: () => <QuesitoComposePage />,
  },
  { route: 'quesiti', title: 'nav.quesiti', scope: 'user', render: () => <QuesitiPage /> },
  { route: 'scadenzario', title: 'nav.scadenzario', scope: 'user', render: () => <ScadenzarioPage /> },
  { route: 'registro-operazioni', title: 'nav.registro', scope: 'user', render: () => <AuditPage /> },
  { route: 'impostazioni', title: 'nav.settings', scope: 'public', render: () => <Settings /> },
];

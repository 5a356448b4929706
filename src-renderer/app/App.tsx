import { useEffect } from 'react';
import { Alert, Button } from 'design-react-kit';
import { AppShell, type NavGroup } from '../components/AppShell';
import { UserBadge } from '../components/UserBadge';
import { LoginPage } from '../features/login/LoginPage';
import { AnagraficaPage } from '../features/posizione/AnagraficaPage';
import { RicercaPage } from '../features/ricerca/RicercaPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { t } from '../i18n';
import { useClient } from '../ipc/ClientContext';
import { useAppStore } from '../state/appStore';
import { usePosizioneStore } from '../state/posizioneStore';
import { hrefOf, useRouteStore } from '../state/routeStore';
import { useSessionStore } from '../state/sessionStore';

const navigate = (route: 'home' | 'posizione') => {
  window.location.hash = hrefOf(route);
};

export function App() {
  const client = useClient();
  const { status, info, settings, load, settingsSaved } = useAppStore();
  const session = useSessionStore();
  const { selected, reset } = usePosizioneStore();
  const route = useRouteStore((state) => state.route);
  const { load: loadSession, changed } = session;

  useEffect(() => {
    void load(client);
    void loadSession(client);
    const offSettings = client.on('settings.changed', settingsSaved);
    const offAuth = client.on('auth.changed', (next) => {
      changed(next);
      // A new session, or none: nothing of the previous user's posizioni stays on screen.
      reset();
      if (next.state !== 'signing-in') navigate('home');
    });
    return () => {
      offSettings();
      offAuth();
    };
  }, [client, load, loadSession, settingsSaved, changed, reset]);

  const user = session.status?.state === 'signed-in' ? session.status.user : null;
  const titles = {
    home: user ? t('nav.ricerca') : t('nav.login'),
    posizione: t('nav.anagrafica'),
    impostazioni: t('nav.settings'),
  };
  useEffect(() => {
    const screen = route === 'non-trovata' ? t('notFound.title') : titles[route];
    document.title = `${screen} – ${t('app.name')}`;
  });

  if (status.kind !== 'ready' || !info || !settings || !session.status) {
    if (status.kind === 'error') {
      return (
        <main className="container py-5">
          <Alert color="danger">{t('app.unavailable', { message: status.message })}</Alert>
          <Button color="primary" onClick={() => void load(client)}>
            {t('app.retry')}
          </Button>
        </main>
      );
    }
    return (
      <main className="container py-5" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }

  const nav: NavGroup[] = [{ items: [{ route: 'home', label: titles.home }] }];
  if (user && selected.kind === 'ready') {
    nav.push({
      label: `${t('nav.posizione')}: ${selected.value.denominazione}`,
      items: [{ route: 'posizione', label: t('nav.anagrafica') }],
    });
  }
  nav.push({ items: [{ route: 'impostazioni', label: t('nav.settings') }] });

  return (
    <AppShell
      route={route}
      about={`${t('about.version', { version: info.version })} · ${t(info.mode === 'sandbox' ? 'about.mode.sandbox' : 'about.mode.production')}`}
      sandbox={info.mode === 'sandbox'}
      nav={nav}
      headerRight={
        user && <UserBadge user={user} busy={session.busy} onLogout={() => void session.logout(client)} />
      }
    >
      {route === 'home' &&
        (user ? (
          <RicercaPage onOpened={() => navigate('posizione')} />
        ) : (
          <LoginPage sandbox={info.mode === 'sandbox'} />
        ))}
      {route === 'posizione' && (user ? <AnagraficaPage /> : <LoginPage sandbox={info.mode === 'sandbox'} />)}
      {route === 'impostazioni' && <SettingsPage initial={settings} />}
      {route === 'non-trovata' && <h1>{t('notFound.title')}</h1>}
    </AppShell>
  );
}

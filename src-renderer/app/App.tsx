import { Fragment, useEffect } from 'react';
import { Alert, Button } from 'design-react-kit';
import { AppShell, type NavGroup } from '../components/AppShell';
import { SavedFileNotice } from '../files/SavedFileNotice';
import { UserBadge } from '../components/UserBadge';
import { savePendingEdits } from '../features/listapospa/editorStore';
import { LoginPage } from '../features/login/LoginPage';
import { QuesitiNotices } from '../features/quesiti/QuesitiNotices';
import { RicercaPage } from '../features/ricerca/RicercaPage';
import { ScadenzarioReminders } from '../features/scadenzario/ScadenzarioReminders';
import { t } from '../i18n';
import { useClient } from '../ipc/ClientContext';
import { useAppStore } from '../state/appStore';
import { usePosizioneStore } from '../state/posizioneStore';
import { hrefOf, useRouteStore } from '../state/routeStore';
import { useSessionStore } from '../state/sessionStore';
import { screens, type ScreenScope } from './screens';

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
      // A new session, or none: nothing of the previous user's posizioni, drafts, rows stays
      // on screen or in the stores (scopeReset).
      reset();
      if (next.state !== 'signing-in') navigate('home');
    });
    return () => {
      offSettings();
      offAuth();
    };
  }, [client, load, loadSession, settingsSaved, changed, reset]);

  const user = session.status?.state === 'signed-in' ? session.status.user : null;
  const posizione = user && selected.kind === 'ready' ? selected.value : null;
  const allowed = (scope: ScreenScope) =>
    scope === 'public' ||
    (scope === 'user' && user !== null) ||
    (scope === 'posizione' && posizione !== null);
  const screen = screens.find((candidate) => candidate.route === route);
  const homeTitle = user ? t('nav.ricerca') : t('nav.login');

  useEffect(() => {
    const title = route === 'home' ? homeTitle : screen ? t(screen.title) : t('notFound.title');
    document.title = `${title} – ${t('app.name')}`;
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

  const items = (scope: ScreenScope) =>
    screens
      .filter((s) => s.scope === scope && allowed(scope))
      .map((s) => ({ route: s.route, label: t(s.title) }));
  const nav: NavGroup[] = [{ items: [{ route: 'home', label: homeTitle }, ...items('user')] }];
  if (posizione)
    nav.push({ label: `${t('nav.posizione')}: ${posizione.denominazione}`, items: items('posizione') });
  nav.push({ items: items('public') });

  const sandbox = info.mode === 'sandbox';
  const body =
    route === 'home' || (screen && !allowed(screen.scope)) ? (
      user ? (
        <RicercaPage onOpened={() => navigate('posizione')} />
      ) : (
        <LoginPage sandbox={sandbox} />
      )
    ) : screen ? (
      screen.render()
    ) : (
      <h1>{t('notFound.title')}</h1>
    );

  return (
    <AppShell
      route={route}
      about={`${t('about.version', { version: info.version })} · ${t(sandbox ? 'about.mode.sandbox' : 'about.mode.production')}`}
      sandbox={sandbox}
      nav={nav}
      headerRight={
        user && (
          <UserBadge
            user={user}
            busy={session.busy}
            // The edits still waiting for the autosave are saved while the session can.
            onLogout={() => void savePendingEdits().then(() => session.logout(client))}
          />
        )
      }
    >
      {/* Only while signed in: a new session starts with no notices of the previous user. */}
      {user && <QuesitiNotices key={user.codiceFiscale} />}
      {user && <ScadenzarioReminders key={user.codiceFiscale} />}
      <SavedFileNotice />
      {/* Keyed by user and posizione: a screen's own state never passes to another user's. */}
      <Fragment key={`${user?.codiceFiscale ?? ''}|${posizione?.id ?? ''}`}>{body}</Fragment>
    </AppShell>
  );
}

import { useEffect } from 'react';
import { Alert, Button } from 'design-react-kit';
import { AppShell } from '../components/AppShell';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { t } from '../i18n';
import { useClient } from '../ipc/ClientContext';
import { useAppStore } from '../state/appStore';
import { useRouteStore } from '../state/routeStore';

export function App() {
  const client = useClient();
  const { status, info, settings, load, settingsSaved } = useAppStore();
  const route = useRouteStore((state) => state.route);

  useEffect(() => {
    void load(client);
    return client.on('settings.changed', settingsSaved);
  }, [client, load, settingsSaved]);

  useEffect(() => {
    document.title = `${route === 'impostazioni' ? `${t('nav.settings')} – ` : ''}${t('app.name')}`;
  }, [route]);

  if (status.kind === 'loading' || !info || !settings) {
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

  return (
    <AppShell route={route} sandbox={info.mode === 'sandbox'}>
      {route === 'home' && <HomePage info={info} />}
      {route === 'impostazioni' && <SettingsPage initial={settings} />}
      {route === 'non-trovata' && <h1>{t('notFound.title')}</h1>}
    </AppShell>
  );
}

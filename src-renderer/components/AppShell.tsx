import type { ReactNode } from 'react';
import { Header, HeaderBrand, HeaderContent, Headers } from 'design-react-kit';
import { t } from '../i18n';
import { hrefOf, type Route } from '../state/routeStore';

interface AppShellProps {
  route: Route;
  sandbox: boolean;
  children: ReactNode;
}

const navItems = [
  { route: 'home', label: t('nav.home') },
  { route: 'impostazioni', label: t('nav.settings') },
] as const;

/** Header with the product name, the sandbox banner, the side navigation and the main area. */
export function AppShell({ route, sandbox, children }: AppShellProps) {
  return (
    <>
      <a className="visually-hidden-focusable skiplink-app" href="#contenuto">
        {t('app.skipToContent')}
      </a>
      {sandbox && (
        <div className="sandbox-banner" role="status" data-testid="sandbox-banner">
          <strong>{t('app.sandboxBanner.title')}</strong>: {t('app.sandboxBanner')}
        </div>
      )}
      <Headers>
        <Header type="center" small theme="">
          <HeaderContent>
            <HeaderBrand tag="div">
              <div className="it-brand-text">
                <div className="it-brand-title">{t('app.name')}</div>
                <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
              </div>
            </HeaderBrand>
          </HeaderContent>
        </Header>
      </Headers>
      <div className="app-body">
        <nav className="app-sidenav" aria-label={t('nav.label')}>
          <ul className="link-list list-unstyled">
            {navItems.map((item) => (
              <li key={item.route}>
                <a
                  className={`list-item${route === item.route ? ' active' : ''}`}
                  href={hrefOf(item.route)}
                  aria-current={route === item.route ? 'page' : undefined}
                >
                  <span>{item.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="contenuto" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}

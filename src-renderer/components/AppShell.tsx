import type { ReactNode } from 'react';
import { Header, HeaderBrand, HeaderContent, HeaderRightZone, Headers } from 'design-react-kit';
import { t } from '../i18n';
import { RecoveredNotice } from './RecoveredNotice';
import { hrefOf, type Route, type routes } from '../state/routeStore';
import { useSideMenu } from './useSideMenu';

export interface NavGroup {
  label?: string;
  items: Array<{ route: (typeof routes)[number]; label: string }>;
}

interface AppShellProps {
  route: Route;
  /** Product version and environment, in the footer of the side navigation. */
  about: string;
  sandbox: boolean;
  nav: NavGroup[];
  headerRight?: ReactNode;
  children: ReactNode;
}

/** Header with the product name, the sandbox banner, the side navigation and the main area. */
export function AppShell({ route, about, sandbox, nav, headerRight, children }: AppShellProps) {
  const [menuOpen, toggleMenu] = useSideMenu();
  return (
    <>
      {/* Focus moves to the main area by hand: the hash belongs to the router, where
          "#contenuto" would be an unknown page. */}
      <a
        className="visually-hidden-focusable skiplink-app"
        href="#contenuto"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('contenuto')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      {sandbox && (
        <div className="sandbox-banner" role="status" data-testid="sandbox-banner">
          <strong>{t('app.sandboxBanner.title')}</strong>: {t('app.sandboxBanner')}
        </div>
      )}
      <Headers>
        {/* The slim bar carries who is signed in, as on Italian public-service sites. */}
        <Header type="slim" theme="">
          <HeaderContent>
            <HeaderBrand tag="div">{t('app.slimBrand')}</HeaderBrand>
            {headerRight && <HeaderRightZone>{headerRight}</HeaderRightZone>}
          </HeaderContent>
        </Header>
        <Header type="center" small theme="">
          <HeaderContent>
            {/* Collapsing the menu gives its width back to the page: 1024 px and 200% zoom reflow. */}
            <button
              type="button"
              className="app-menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="app-sidenav"
              onClick={toggleMenu}
            >
              <span aria-hidden="true" className="app-menu-toggle-bars" />
              {t(menuOpen ? 'nav.hide' : 'nav.show')}
            </button>
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
        <nav id="app-sidenav" className="app-sidenav" aria-label={t('nav.label')} hidden={!menuOpen}>
          {nav.map((group, index) => (
            <div key={group.label ?? index} className="app-sidenav-group">
              {group.label && <p className="app-sidenav-heading">{group.label}</p>}
              <ul className="link-list list-unstyled">
                {group.items.map((item) => (
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
            </div>
          ))}
          <p className="app-about" data-testid="app-about">
            {about}
          </p>
        </nav>
        <main id="contenuto" className="app-main" tabIndex={-1}>
          <RecoveredNotice />
          {children}
        </main>
      </div>
    </>
  );
}

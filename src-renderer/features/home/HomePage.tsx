import type { AppInfo } from '../../../shared/contract';
import { t } from '../../i18n';

export function HomePage({ info }: { info: AppInfo }) {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ul className="list-unstyled">
        <li>{t(info.mode === 'sandbox' ? 'home.mode.sandbox' : 'home.mode.production')}</li>
        <li>{t('home.version', { version: info.version })}</li>
      </ul>
    </section>
  );
}

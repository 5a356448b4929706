import { t } from '../i18n';

export function MissingToken() {
  return (
    <main className="container py-5">
      <h1>{t('app.missingToken.title')}</h1>
      <p>{t('app.missingToken.body')}</p>
    </main>
  );
}

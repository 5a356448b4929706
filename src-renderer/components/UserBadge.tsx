import { Button } from 'design-react-kit';
import type { SessionUser } from '../../shared/contract';
import { RUOLI_POSIZIONE } from '../../shared/domain/cassettoApi';
import { accessoLabel } from '../../shared/domain/spid';
import { t } from '../i18n';

export const levelLabel = (user: SessionUser) => accessoLabel(user.metodo, user.livello);

/** Who is signed in, as the header shows it: name, codice fiscale, level, roles. */
export function UserBadge({ user, onLogout, busy }: { user: SessionUser; onLogout(): void; busy: boolean }) {
  const roles =
    user.ruoli.length > 0
      ? user.ruoli.map((ruolo) => RUOLI_POSIZIONE.labels[ruolo]).join(', ')
      : t('user.noRoles');
  return (
    <section className="user-badge" aria-label={t('user.label')} data-testid="user-badge">
      <div className="user-badge-name">
        {user.nome} {user.cognome}
      </div>
      <dl className="user-badge-details">
        <div>
          <dt>{t('user.fiscalCode')}</dt>
          <dd className="font-monospace">{user.codiceFiscale}</dd>
        </div>
        <div>
          <dt>{t('user.level')}</dt>
          <dd>{levelLabel(user)}</dd>
        </div>
        <div>
          <dt>{t('user.roles')}</dt>
          <dd>{roles}</dd>
        </div>
      </dl>
      <Button color="light" outline size="xs" disabled={busy} onClick={onLogout}>
        {t('user.logout')}
      </Button>
    </section>
  );
}

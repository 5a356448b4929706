import { Button } from 'design-react-kit';
import type { CruscottoCounts } from '../../../shared/domain/cruscotto/collect';
import { t, type MessageKey } from '../../i18n';

/** The section each count is about: a click on its badge opens it for the posizione. */
export type BadgeRoute =
  'listapospa' | 'dma' | 'note-debito' | 'note-debito-eca' | 'piani-ammortamento' | 'deleghe' | 'quesiti';

interface Badge {
  /** Names the badge (its test id): two badges may open the same section. */
  id: string;
  n: number;
  route: BadgeRoute;
  label: string;
  /** Bootstrap colour: what is urgent stands out. */
  color: 'danger' | 'warning' | 'primary';
}

const label = (key: MessageKey, n: number) => t(key, { n });

function badgesOf(counts: CruscottoCounts): Badge[] {
  const note =
    counts.giorniPerContestare === null
      ? label('cruscotto.badge.note', counts.noteAperte)
      : t('cruscotto.badge.noteGiorni', { n: counts.noteAperte, giorni: counts.giorniPerContestare });
  const all: Badge[] = [
    { n: counts.noteAperte, id: 'note-debito', route: 'note-debito', label: note, color: 'danger' },
    {
      n: counts.mesiSenzaDenuncia,
      id: 'dma',
      route: 'dma',
      label: label('cruscotto.badge.mesi', counts.mesiSenzaDenuncia),
      color: 'warning',
    },
    {
      n: counts.bozze,
      id: 'listapospa',
      route: 'listapospa',
      label: label('cruscotto.badge.bozze', counts.bozze),
      color: 'primary',
    },
    {
      n: counts.ecaAperte,
      id: 'note-debito-eca',
      route: 'note-debito-eca',
      label: label('cruscotto.badge.eca', counts.ecaAperte),
      color: 'warning',
    },
    {
      n: counts.rateScadute,
      id: 'rate-scadute',
      route: 'piani-ammortamento',
      label: label('cruscotto.badge.rateScadute', counts.rateScadute),
      color: 'danger',
    },
    {
      n: counts.rateInScadenza,
      id: 'rate-in-scadenza',
      route: 'piani-ammortamento',
      label: label('cruscotto.badge.rate', counts.rateInScadenza),
      color: 'warning',
    },
    {
      n: counts.delegheInScadenza,
      id: 'deleghe',
      route: 'deleghe',
      label: label('cruscotto.badge.deleghe', counts.delegheInScadenza),
      color: 'danger',
    },
    {
      n: counts.quesitiInAttesa,
      id: 'quesiti',
      route: 'quesiti',
      label: label('cruscotto.badge.quesiti', counts.quesitiInAttesa),
      color: 'primary',
    },
  ];
  return all.filter((badge) => badge.n > 0);
}

/** The counts of one row as badges, each a button to its section; "Nulla da fare" when none. */
export function CountBadges({
  counts,
  onOpen,
}: {
  counts: CruscottoCounts;
  onOpen(route: BadgeRoute): void;
}) {
  const badges = badgesOf(counts);
  if (badges.length === 0) return <span className="text-muted">{t('cruscotto.nulla')}</span>;
  return (
    <ul className="list-unstyled d-flex flex-wrap gap-1 mb-0">
      {badges.map((badge) => (
        <li key={badge.id}>
          <Button
            color={badge.color}
            outline
            size="xs"
            className="text-nowrap"
            data-testid={`badge-${badge.id}`}
            onClick={() => onOpen(badge.route)}
          >
            {badge.label}
          </Button>
        </li>
      ))}
    </ul>
  );
}

import { Button } from 'design-react-kit';
import type { VoceScadenzario } from '../../../shared/contract/calls/scadenzarioCalls';
import { t } from '../../i18n';
import { kindLabel } from './labels';
import { WEEKDAY_NAMES, WEEKDAYS, monthGrid, monthName, shiftMonth } from './monthGrid';

interface Props {
  mese: string;
  oggi: string;
  voci: readonly VoceScadenzario[];
  onMonth(mese: string): void;
}

/** One month as a calendar table, Monday first, each day listing its deadlines. */
export function ScadenzarioMonth({ mese, oggi, voci, onMonth }: Props) {
  const byDay = new Map<string, VoceScadenzario[]>();
  for (const voce of voci) {
    if (!voce.data.startsWith(mese)) continue;
    byDay.set(voce.data, [...(byDay.get(voce.data) ?? []), voce]);
  }
  return (
    <div data-testid="scadenzario-mese">
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <Button color="primary" outline size="sm" onClick={() => onMonth(shiftMonth(mese, -1))}>
          {t('scadenzario.month.prev')}
        </Button>
        <Button color="primary" outline size="sm" onClick={() => onMonth(oggi.slice(0, 7))}>
          {t('scadenzario.month.today')}
        </Button>
        <Button color="primary" outline size="sm" onClick={() => onMonth(shiftMonth(mese, 1))}>
          {t('scadenzario.month.next')}
        </Button>
        <h2 className="h4 mb-0 ms-2" aria-live="polite" data-testid="scadenzario-mese-nome">
          {monthName(mese)}
        </h2>
      </div>
      <div className="table-responsive">
        <table className="table table-bordered scadenzario-month">
          <caption className="visually-hidden">
            {t('scadenzario.month.caption', { mese: monthName(mese) })}
          </caption>
          <thead>
            <tr>
              {WEEKDAYS.map((day, index) => (
                <th key={day} scope="col">
                  <abbr title={WEEKDAY_NAMES[index]}>{day}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(mese).map((week, index) => (
              <tr key={week.find(Boolean) ?? index}>
                {week.map((day, column) => {
                  if (day === null) return <td key={`vuoto-${column}`} />;
                  const items = byDay.get(day) ?? [];
                  return (
                    <td key={day} data-day={day} className={day === oggi ? 'table-primary' : undefined}>
                      <div className="fw-semibold">{Number(day.slice(8))}</div>
                      {items.length > 0 && (
                        <ul className="list-unstyled small mb-0">
                          {items.map((v) => (
                            <li
                              key={v.id}
                              data-scadenza={v.id}
                              className={v.fatta ? 'text-decoration-line-through' : undefined}
                            >
                              <span className="visually-hidden">{kindLabel(v.kind)}: </span>
                              {v.titolo} – {v.denominazione}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

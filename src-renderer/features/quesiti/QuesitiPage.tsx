import { Alert, Button } from 'design-react-kit';
import { useCallback, useEffect, useId, useState } from 'react';
import type { OutboxEntry } from '../../../shared/contract/calls/quesitiCalls';
import {
  CLASSI_QUESITO,
  ESITI_QUESITO,
  STATI_QUESITO,
  filterQuesiti,
  type QuesitiFilter,
  type QuesitoSummary,
} from '../../../shared/domain/quesiti';
import { formatDate } from '../../format';
import { DateFilters } from '../../components/DateFilters';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { hrefOf } from '../../state/routeStore';
import { usePosizioneStore } from '../../state/posizioneStore';
import { useFilter } from '../../state/useFilter';
import { OutboxList } from './OutboxList';
import { QuesitoDetailView } from './QuesitoDetailView';
import { DataTable } from '../../components/DataTable';
import { InputField, SelectField } from '../../components/FormField';
import { ChoiceField } from '../../components/ChoiceField';

/** How often the list is asked again: states change at the INPS office, not here. */
const POLL_MS = 4000;

const DATE_FILTERS = [
  ['aperturaDal', 'quesiti.filter.aperturaDal'],
  ['aperturaAl', 'quesiti.filter.aperturaAl'],
  ['aggiornamentoDal', 'quesiti.filter.aggiornamentoDal'],
  ['aggiornamentoAl', 'quesiti.filter.aggiornamentoAl'],
] as const;

/** History of the user's quesiti: search, detail, the outbox (notices are app-wide: QuesitiNotices). */
export function QuesitiPage() {
  const client = useClient();
  const id = useId();
  const [quesiti, setQuesiti] = useState<QuesitoSummary[] | null>(null);
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);
  const [reachable, setReachable] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const { filter, set } = useFilter<QuesitiFilter>();
  const [open, setOpen] = useState<QuesitoSummary | null>(null);
  // A quesito is asked about a posizione: without one chosen, the button leads to the Ricerca.
  const posizione = usePosizioneStore((state) =>
    state.selected.kind === 'ready' ? state.selected.value : null,
  );

  const load = useCallback(async () => {
    const answer = await client.call('quesiti.list', {});
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setError(null);
    setReachable(answer.value.raggiungibile);
    setOutbox(answer.value.outbox);
    if (!answer.value.raggiungibile) return;
    setQuesiti(answer.value.quesiti);
    setOpen((current) => (current ? (answer.value.quesiti.find((q) => q.id === current.id) ?? null) : null));
  }, [client]);

  useEffect(() => {
    const first = window.setTimeout(() => void load(), 0);
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [client, load]);

  const found = quesiti ? filterQuesiti(quesiti, filter) : [];

  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('quesiti.title')}</h1>
      <p className="d-flex flex-wrap align-items-center gap-3">
        <a className="btn btn-primary" href={hrefOf(posizione ? 'quesito-nuovo' : 'home')}>
          {t('quesiti.new')}
        </a>
        <span className="small">
          {posizione
            ? t('quesiti.new.for', { denominazione: posizione.denominazione })
            : t('quesiti.new.choose')}
        </span>
      </p>
      {error && <Alert color="danger">{error}</Alert>}
      {!reachable && <Alert color="warning">{t('quesiti.unreachable')}</Alert>}
      {outbox.length > 0 && <OutboxList entries={outbox} onChanged={() => void load()} />}

      <form role="search" aria-label={t('quesiti.filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="row">
          <InputField
            id={`${id}-matricola`}
            label={t('quesiti.filter.matricola')}
            wrapperClassName="col-12 col-md-4 mb-3"
            value={filter.matricola ?? ''}
            onChange={(event) => set('matricola', event.target.value)}
          />
          <SelectField
            id={`${id}-oggetto`}
            label={t('quesiti.filter.oggetto')}
            wrapperClassName="col-12 col-md-4 mb-3"
            value={filter.oggetto ?? ''}
            onChange={(event) => set('oggetto', event.target.value)}
          >
            <option value="">{t('quesiti.filter.any')}</option>
            {CLASSI_QUESITO.map((classe) => (
              <optgroup key={classe.code} label={classe.label}>
                {classe.oggetti.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <ChoiceField
            id={`${id}-stato`}
            label={t('quesiti.filter.stato')}
            wrapperClassName="col-12 col-md-4 mb-3"
            value={filter.stato ?? ''}
            choices={STATI_QUESITO.codes}
            optionLabel={(stato) => STATI_QUESITO.labels[stato]}
            anyLabel={t('quesiti.filter.any')}
            onChoose={(stato) => set('stato', stato)}
          />
          <DateFilters
            idPrefix={id}
            kind="date"
            fields={DATE_FILTERS}
            values={filter}
            wrapperClassName="col-6 col-md-3 mb-3"
            onFilter={set}
          />
        </div>
      </form>

      {quesiti && (
        <>
          <p role="status">{t('quesiti.count', { count: found.length })}</p>
          <DataTable
            empty={t('quesiti.none')}
            caption={t('quesiti.title')}
            testId="quesiti-table"
            rows={found}
            rowKey={(q) => q.id}
            columns={[
              {
                header: t('quesiti.col.protocollo'),
                rowHeader: true,
                cell: (q) => (
                  <Button
                    color="link"
                    className="p-0"
                    aria-label={t('quesiti.open', { protocollo: q.protocollo })}
                    onClick={() => setOpen(q)}
                  >
                    {q.protocollo}
                  </Button>
                ),
              },
              { header: t('quesiti.col.posizione'), cell: (q) => `${q.denominazione} (${q.posizioneId})` },
              { header: t('quesiti.col.oggetto'), cell: (q) => q.oggettoLabel },
              { header: t('quesiti.col.stato'), cell: (q) => STATI_QUESITO.labels[q.stato] },
              {
                header: t('quesiti.col.esito'),
                cell: (q) => (q.esito ? ESITI_QUESITO.labels[q.esito] : '–'),
              },
              { header: t('quesiti.col.apertura'), cell: (q) => formatDate(q.dataApertura) },
              { header: t('quesiti.col.aggiornamento'), cell: (q) => formatDate(q.dataAggiornamento) },
            ]}
          />
        </>
      )}
      {open && <QuesitoDetailView summary={open} onChanged={() => void load()} />}
    </section>
  );
}

import { Alert, Button } from 'design-react-kit';
import { useEffect, useId, useState } from 'react';
import {
  COMMENTO_FEEDBACK_MAX,
  ESITI_QUESITO,
  STATI_QUESITO,
  bookingState,
  formatFileSize,
  type QuesitoDetail,
  type QuesitoSummary,
  type Slot,
} from '../../../shared/domain/quesiti';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { AllegatiDownload } from './AllegatiDownload';
import { SelectField, TextareaField } from '../../components/FormField';
import { RadioField } from '../../components/RadioField';

const time = (iso: string) => iso.slice(11, 16);
/** The marks of the feedback on the service, 1 (worst) to 5. */
const VOTI: readonly number[] = [1, 2, 3, 4, 5];

/** One quesito: text, attachments, timeline of states and comments, esito, Agenda, feedback. */
export function QuesitoDetailView({ summary, onChanged }: { summary: QuesitoSummary; onChanged(): void }) {
  const client = useClient();
  const id = useId();
  const [detail, setDetail] = useState<QuesitoDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = { posizioneId: summary.posizioneId, quesitoId: summary.id };

  // Reloaded whenever the list says the quesito moved.
  useEffect(() => {
    let live = true;
    void client
      .call('quesiti.detail', { posizioneId: summary.posizioneId, quesitoId: summary.id })
      .then((answer) => {
        if (!live) return;
        if (answer.ok) setDetail(answer.value);
        else setError(answer.error.message);
      });
    return () => {
      live = false;
    };
  }, [client, summary.id, summary.posizioneId, summary.dataAggiornamento, summary.appuntamento?.id]);

  if (error) return <Alert color="danger">{error}</Alert>;
  if (!detail) return null;
  return (
    <article aria-labelledby={`${id}-title`} className="mt-4" data-testid="quesito-detail">
      <h2 id={`${id}-title`}>{t('quesiti.detail', { protocollo: detail.protocollo })}</h2>
      <p>
        {detail.oggettoLabel} · {STATI_QUESITO.labels[detail.stato]} ·{' '}
        {t('quesiti.detail.sede', { sede: detail.sede })}
      </p>
      {detail.esito && (
        <p>
          <strong>{t('quesiti.detail.esito', { esito: ESITI_QUESITO.labels[detail.esito] })}</strong>
        </p>
      )}
      <h3>{t('quesiti.detail.testo')}</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{detail.testo}</p>
      <h3>{t('quesiti.detail.allegati')}</h3>
      {detail.allegati.length === 0 ? (
        <p>{t('quesiti.detail.noAllegati')}</p>
      ) : (
        <>
          <ul data-testid="quesito-allegati">
            {detail.allegati.map((a) => (
              <li key={a.nome}>
                {a.nome} ({formatFileSize(a.dimensione)})
              </li>
            ))}
          </ul>
          <AllegatiDownload posizioneId={detail.posizioneId} quesitoId={detail.id} />
        </>
      )}
      <h3>{t('quesiti.detail.timeline')}</h3>
      <ol data-testid="quesito-timeline">
        {detail.eventi.map((e, index) => (
          <li key={index}>
            {formatDate(e.data)} {time(e.data)} – <strong>{STATI_QUESITO.labels[e.stato]}</strong> –{' '}
            {e.autore}: {e.testo}
          </li>
        ))}
      </ol>
      <Agenda summary={summary} refQuesito={ref} onChanged={onChanged} />
      {detail.stato === 'chiusa' && <FeedbackForm />}
    </article>
  );
}

function Agenda({
  summary,
  refQuesito,
  onChanged,
}: {
  summary: QuesitoSummary;
  refQuesito: { posizioneId: string; quesitoId: string };
  onChanged(): void;
}) {
  const client = useClient();
  const id = useId();
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [slotId, setSlotId] = useState('');
  const [message, setMessage] = useState<{ color: 'success' | 'danger'; text: string } | null>(null);
  const state = bookingState(summary, new Date());
  const booked = summary.appuntamento;

  async function showSlots() {
    const answer = await client.call('agenda.slots', refQuesito);
    if (answer.ok) {
      setSlots(answer.value);
      setSlotId(answer.value[0]?.id ?? '');
    } else setMessage({ color: 'danger', text: answer.error.message });
  }
  async function book() {
    const answer = await client.call('agenda.book', { ...refQuesito, slotId });
    if (answer.ok) {
      setSlots(null);
      setMessage(null);
      onChanged();
    } else setMessage({ color: 'danger', text: answer.error.message });
  }
  async function cancel() {
    const answer = await client.call('agenda.cancel', refQuesito);
    setMessage(
      answer.ok
        ? { color: 'success', text: t('agenda.cancelled') }
        : { color: 'danger', text: answer.error.message },
    );
    onChanged();
  }

  return (
    <section aria-labelledby={`${id}-agenda`} className="mt-4">
      <h3 id={`${id}-agenda`}>{t('agenda.title')}</h3>
      {message && (
        <Alert color={message.color} role="status">
          {message.text}
        </Alert>
      )}
      {booked ? (
        <>
          <p data-testid="appuntamento">
            {t('agenda.booked', {
              data: formatDate(booked.inizio),
              ora: time(booked.inizio),
              sede: booked.sede,
              modalita: booked.modalita,
            })}
          </p>
          <Button color="secondary" outline onClick={() => void cancel()}>
            {t('agenda.cancel')}
          </Button>
        </>
      ) : !state.allowed ? (
        <p>{t('agenda.notYet', { giorni: summary.sogliaGiorni })}</p>
      ) : (
        <>
          <p>
            {t(
              state.reason === 'non_accolta'
                ? 'agenda.allowed.non_accolta'
                : 'agenda.allowed.soglia_superata',
            )}
          </p>
          {!slots ? (
            <Button color="primary" onClick={() => void showSlots()}>
              {t('agenda.showSlots')}
            </Button>
          ) : (
            <div className="d-flex align-items-end gap-2">
              <SelectField
                id={`${id}-slot`}
                label={t('agenda.slot')}
                value={slotId}
                onChange={(event) => setSlotId(event.target.value)}
              >
                {slots.map((slot) => (
                  <option key={slot.id} value={slot.id}>
                    {formatDate(slot.inizio)} {time(slot.inizio)}–{time(slot.fine)}
                  </option>
                ))}
              </SelectField>
              <Button color="primary" disabled={!slotId} onClick={() => void book()}>
                {t('agenda.book')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function FeedbackForm() {
  const client = useClient();
  const id = useId();
  const [voto, setVoto] = useState(0);
  const [commento, setCommento] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (done)
    return (
      <Alert color="success" role="status">
        {t('feedback.thanks')}
      </Alert>
    );
  return (
    <form
      className="mt-4"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void client
          .call('feedback.send', { servizio: 'comunicazione-bidirezionale', voto, commento })
          .then((answer) => {
            if (answer.ok) setDone(true);
            else setError(answer.error.message);
          });
      }}
    >
      <h3 id={`${id}-title`}>{t('feedback.title')}</h3>
      <RadioField
        name={`${id}-voto`}
        legend={t('feedback.voto')}
        legendClassName="fs-6"
        className="mb-3"
        inline
        choices={VOTI}
        value={voto}
        optionLabel={(n) => n}
        onChoose={setVoto}
      />
      <TextareaField
        id={`${id}-commento`}
        label={t('feedback.commento')}
        wrapperClassName="mb-3"
        rows={2}
        maxLength={COMMENTO_FEEDBACK_MAX}
        value={commento}
        onChange={(event) => setCommento(event.target.value)}
      />
      {error && <Alert color="danger">{error}</Alert>}
      <Button type="submit" color="primary" disabled={voto === 0}>
        {t('feedback.send')}
      </Button>
    </form>
  );
}

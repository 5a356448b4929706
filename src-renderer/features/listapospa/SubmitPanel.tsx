import { ConfirmPanel } from '../../components/ConfirmPanel';
import { TitledSection } from '../../components/TitledSection';
import { useRef, useState } from 'react';
import type { Denuncia as Ricevuta } from '../../../shared/domain/sezioni';
import { formatImporto } from '../../../shared/text/formatIt';
import { formatDate, formatMonth } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { hrefOf } from '../../state/routeStore';
import { useEditorStore } from './editorStore';
import { ReviewStep } from './ReviewStep';

/**
 * "Invia all'INPS": disabled with the reason while blocking errors remain, a confirmation (naming
 * the ordinario INPS already acquired for the month, which a new one replaces), then the esito
 * INPS gave (with its errors) and the way to the DMA section where it is recorded. The
 * confirmation picks the idempotency key: however many clicks or retries, INPS records one.
 */

type State =
  | { kind: 'idle' }
  /** The month-over-month review (ReviewStep), the first step of sending. */
  | { kind: 'review'; draftKey: { posizioneId: string; annoMese: string }; proceed(): void }
  | { kind: 'checking' }
  | { kind: 'confirm'; earlier: Ricevuta | null }
  | { kind: 'sending' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; denuncia: Ricevuta };

/** Enabled exactly when draftStatus says the draft may go (no blocking error, some worker). */
export function SubmitButton({
  onAsk,
  blocking,
  canSubmit,
}: {
  onAsk(): void;
  blocking: number;
  canSubmit: boolean;
}) {
  return (
    <>
      <button
        type="button"
        className="btn btn-success btn-sm"
        disabled={!canSubmit}
        aria-describedby={blocking > 0 ? 'lp-submit-blocked' : undefined}
        onClick={onAsk}
      >
        {t('lp.submit')}
      </button>
      {blocking > 0 && (
        <span id="lp-submit-blocked" className="small text-danger w-100 text-end">
          {t('lp.submitBlocked', { n: blocking })}
        </span>
      )}
    </>
  );
}

export function useSubmit(key: { posizioneId: string; annoMese: string }) {
  const client = useClient();
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Set synchronously: a second click before React re-renders does not send again.
  const sending = useRef(false);
  const ask = async () => {
    setState({ kind: 'checking' });
    // After the review (ReviewStep): the check of an ordinario INPS already holds.
    const tipo = useEditorStore.getState().frontespizio?.azienda.listaPosPA.tipo;
    // A variazione adds to the month; only an ordinario replaces an acquired one.
    // A pending send is repeated with its own key: what INPS holds may be that very one.
    const pending = useEditorStore.getState().sent.invio?.stato === 'in corso';
    if (tipo !== 'ordinario' || pending) return setState({ kind: 'confirm', earlier: null });
    const result = await client.call('listapospa.ordinarioAcquisito', key);
    if (!result.ok) return setState({ kind: 'failed', message: result.error.message });
    setState({ kind: 'confirm', earlier: result.value.denuncia });
  };
  const send = async (earlier: Ricevuta | null) => {
    if (sending.current) return;
    sending.current = true;
    setState({ kind: 'sending' });
    try {
      await useEditorStore.getState().flush(client);
      const idempotencyKey = crypto.randomUUID();
      useEditorStore.getState().setSent({ invio: { stato: 'in corso' } });
      const result = await client.call('listapospa.submit', {
        ...key,
        idempotencyKey,
        ...(earlier ? { sostituisce: earlier.id } : {}),
      });
      // Whatever the answer, the draft's state is main's: read it back.
      const opened = await client.call('listapospa.drafts.open', key);
      if (opened.ok) {
        const { invio, derivataDa } = opened.value;
        useEditorStore
          .getState()
          .setSent({ ...(invio ? { invio } : {}), ...(derivataDa ? { derivataDa } : {}) });
      }
      if (!result.ok) return setState({ kind: 'failed', message: result.error.message });
      if (!result.value.ok) {
        const n = result.value.report.findings.filter((f) => f.severity === 'bloccante').length;
        return setState({ kind: 'failed', message: t('lp.submitBlocked', { n }) });
      }
      setState({ kind: 'done', denuncia: result.value.denuncia });
    } finally {
      sending.current = false;
    }
  };
  return {
    state,
    ask: () => setState({ kind: 'review', draftKey: key, proceed: () => void ask() }),
    cancel: () => setState({ kind: 'idle' }),
    send: () => (state.kind === 'confirm' ? send(state.earlier) : Promise.resolve()),
  };
}

export function SubmitPanel({
  state,
  annoMese,
  workers,
  onSend,
  onCancel,
}: {
  state: State;
  annoMese: string;
  workers: number;
  onSend(): void;
  onCancel(): void;
}) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'review') {
    return <ReviewStep draftKey={state.draftKey} onProceed={state.proceed} onCancel={onCancel} />;
  }
  if (state.kind === 'checking' || state.kind === 'sending') {
    return (
      <p className="alert alert-info" role="status">
        {t(state.kind === 'checking' ? 'lp.checkingEarlier' : 'lp.submitting')}
      </p>
    );
  }
  if (state.kind === 'confirm') {
    const { earlier } = state;
    return (
      <ConfirmPanel
        id="lp-submit-confirm"
        title={t('lp.submitConfirmTitle')}
        confirmLabel={earlier ? t('lp.submitYesReplace', { protocollo: earlier.id }) : t('lp.submitYes')}
        cancelLabel={t('lp.submitNo')}
        onConfirm={onSend}
        onCancel={onCancel}
      >
        <p>{t('lp.submitConfirm', { mese: formatMonth(annoMese), n: workers })}</p>
        {earlier && (
          <p className="fw-semibold" data-testid="lp-submit-replaces">
            {t('lp.submitReplaces', {
              mese: formatMonth(annoMese),
              protocollo: earlier.id,
              data: formatDate(earlier.dataInvio),
              esito: earlier.esito,
            })}
          </p>
        )}
      </ConfirmPanel>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p className="alert alert-danger" role="alert">
        {t('lp.submitFailed', { motivo: state.message })}
      </p>
    );
  }
  const { denuncia } = state;
  const tone =
    denuncia.esito === 'acquisita' ? 'success' : denuncia.esito === 'scartata' ? 'danger' : 'warning';
  return (
    <TitledSection
      id="lp-esito"
      title={t('lp.esitoTitle')}
      headingClassName="h5"
      className={`alert alert-${tone}`}
      role="status"
      testId="lp-esito"
    >
      <p>
        {t('lp.esito', {
          mese: formatMonth(denuncia.mese),
          data: formatDate(denuncia.dataInvio),
          esito: denuncia.esito,
          n: denuncia.numeroD0,
          totale: formatImporto(denuncia.totaleContributi),
        })}
      </p>
      {denuncia.errori.length > 0 && (
        <>
          <h3 className="h6">{t('lp.esitoErrors', { n: denuncia.errori.length })}</h3>
          <ul>
            {denuncia.errori.slice(0, 200).map((errore, i) => (
              <li key={i}>
                {t('lp.esitoErrorRow', {
                  codice: errore.codice,
                  quadro: errore.quadro,
                  lavoratore: errore.codiceFiscaleLavoratore ? `, ${errore.codiceFiscaleLavoratore}` : '',
                  messaggio: errore.messaggio,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <a href={hrefOf('dma')}>{t('lp.goToDma')}</a>
    </TitledSection>
  );
}

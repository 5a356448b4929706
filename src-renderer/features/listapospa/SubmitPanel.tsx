import { useState } from 'react';
import type { Denuncia as Ricevuta } from '../../../shared/domain/sezioni';
import { formatAmountIt } from '../../../shared/domain/listapospa/amount';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { hrefOf } from '../../state/routeStore';
import { useEditorStore } from './editorStore';

/**
 * "Invia all'INPS": disabled with the reason while blocking errors remain, a confirmation, then
 * the esito INPS gave (with its errors) and the way to the DMA section where it is recorded.
 */

const isoToIt = (iso: string) => iso.split('-').reverse().join('/');
const meseIt = (annoMese: string) => annoMese.split('-').reverse().join('/');

type State =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'sending' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; denuncia: Ricevuta };

export function SubmitButton({ onAsk, blocking }: { onAsk(): void; blocking: number }) {
  return (
    <>
      <button
        type="button"
        className="btn btn-success btn-sm"
        disabled={blocking > 0}
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

export function useBlockingCount(): number {
  const d0Findings = useEditorStore((state) => state.d0Findings);
  const denunciaFindings = useEditorStore((state) => state.denunciaFindings);
  let n = denunciaFindings.filter((f) => f.severity === 'bloccante').length;
  for (const findings of d0Findings) for (const f of findings) if (f.severity === 'bloccante') n += 1;
  return n;
}

export function useSubmit(key: { posizioneId: string; annoMese: string }) {
  const client = useClient();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const send = async () => {
    setState({ kind: 'sending' });
    await useEditorStore.getState().flush(client);
    const result = await client.call('listapospa.submit', key);
    if (!result.ok) return setState({ kind: 'failed', message: result.error.message });
    if (!result.value.ok) {
      const n = result.value.report.findings.filter((f) => f.severity === 'bloccante').length;
      return setState({ kind: 'failed', message: t('lp.submitBlocked', { n }) });
    }
    setState({ kind: 'done', denuncia: result.value.denuncia });
  };
  return { state, ask: () => setState({ kind: 'confirm' }), cancel: () => setState({ kind: 'idle' }), send };
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
  if (state.kind === 'confirm') {
    return (
      <section className="alert alert-warning" role="alertdialog" aria-labelledby="lp-submit-confirm-title">
        <h2 id="lp-submit-confirm-title" className="h5">
          {t('lp.submitConfirmTitle')}
        </h2>
        <p>{t('lp.submitConfirm', { mese: meseIt(annoMese), n: workers })}</p>
        <div className="d-flex gap-2">
          <button type="button" className="btn btn-primary btn-sm" autoFocus onClick={onSend}>
            {t('lp.submitYes')}
          </button>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
            {t('lp.submitNo')}
          </button>
        </div>
      </section>
    );
  }
  if (state.kind === 'sending') {
    return (
      <p className="alert alert-info" role="status">
        {t('lp.submitting')}
      </p>
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
    <section
      className={`alert alert-${tone}`}
      role="status"
      aria-labelledby="lp-esito-title"
      data-testid="lp-esito"
    >
      <h2 id="lp-esito-title" className="h5">
        {t('lp.esitoTitle')}
      </h2>
      <p>
        {t('lp.esito', {
          mese: meseIt(denuncia.mese),
          data: isoToIt(denuncia.dataInvio),
          esito: denuncia.esito,
          n: denuncia.numeroD0,
          totale: formatAmountIt(denuncia.totaleContributi),
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
    </section>
  );
}

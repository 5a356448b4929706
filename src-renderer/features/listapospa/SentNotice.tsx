import { useState } from 'react';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { saveFile } from '../../files/fileTransfer';
import { useEditorStore } from './editorStore';

/**
 * A sent draft in the editor: read-only, with its esito, protocol and date, its receipt as a PDF,
 * and the two ways to change what was sent: a new draft from it, or a variazione.
 */

/** The two drafts a sent denuncia can start, in the order they are offered. */
const DERIVED = [
  ['ordinario', 'lp.sent.copy'],
  ['variazione', 'lp.sent.variazione'],
] as const;

export function SentNotice({ annoMese }: { annoMese: string }) {
  const client = useClient();
  const sent = useEditorStore((state) => state.sent);
  const posizioneId = useEditorStore((state) => state.posizioneId);
  const [message, setMessage] = useState<{ kind: 'danger' | 'success'; text: string } | null>(null);
  const key = { posizioneId, annoMese };

  const receipt = async () => {
    const result = await saveFile(client, { call: 'listapospa.ricevutaPdf', input: key });
    if (!result.ok) return setMessage({ kind: 'danger', text: result.error.message });
  };

  const derive = async (tipo: 'ordinario' | 'variazione') => {
    const result = await client.call('listapospa.drafts.derive', { ...key, tipo });
    if (!result.ok) return setMessage({ kind: 'danger', text: result.error.message });
    const { revision, savedAt, denuncia, derivataDa } = result.value;
    useEditorStore
      .getState()
      .load(posizioneId, revision, savedAt, denuncia as Denuncia, derivataDa ? { derivataDa } : {});
    setMessage(null);
  };

  const { invio, derivataDa } = sent;
  if (!invio) {
    if (!derivataDa) return null;
    return (
      <p className="alert alert-info" role="status" data-testid="lp-derived">
        {t('lp.derivedFrom', {
          protocollo: derivataDa.protocollo,
          data: formatDate(derivataDa.dataInvio),
          esito: derivataDa.esito,
        })}
      </p>
    );
  }
  if (invio.stato === 'in corso') {
    return (
      <section className="alert alert-warning" data-testid="lp-sent" aria-labelledby="lp-sent-title">
        <h2 id="lp-sent-title" className="h5">
          {t('lp.sent.title')}
        </h2>
        <p className="mb-0">{t('lp.sent.pending')}</p>
      </section>
    );
  }
  return (
    <section className="alert alert-secondary" data-testid="lp-sent" aria-labelledby="lp-sent-title">
      <h2 id="lp-sent-title" className="h5">
        {t('lp.sent.title')}
      </h2>
      <p>
        {t('lp.sent.text', {
          data: formatDate(invio.dataInvio ?? ''),
          protocollo: invio.protocollo ?? '',
          esito: invio.esito ?? '',
        })}
      </p>
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary btn-sm" onClick={() => void receipt()}>
          {t('lp.sent.receipt')}
        </button>
        {DERIVED.map(([tipo, label]) => (
          <button
            key={tipo}
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => void derive(tipo)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {message && (
        <p className={`alert alert-${message.kind} mt-2 mb-0`} role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}

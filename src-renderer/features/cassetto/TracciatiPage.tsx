import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { RicevutaTracciato } from '../../../shared/domain/sezioni';
import { formatCell } from '../../../shared/domain/sezioni';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { fileToBase64 } from './download';
import { WithPosizione } from './SezionePages';
import { DataTable } from '../../components/DataTable';
import { InputField } from '../../components/FormField';

const when = (iso: string) => `${formatCell('date', iso)} ${iso.slice(11, 19)}`;

function Tracciati({ posizioneId }: { posizioneId: string }) {
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [history, setHistory] = useState<RicevutaTracciato[]>([]);
  const [receipt, setReceipt] = useState<RicevutaTracciato | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    const result = await client.call('tracciati.list', { posizioneId });
    if (result.ok) setHistory(result.value);
    else setError(result.error.message);
  }, [client, posizioneId]);
  useEffect(() => {
    let live = true;
    void client.call('tracciati.list', { posizioneId }).then((result) => {
      if (!live) return;
      if (result.ok) setHistory(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [client, posizioneId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await client.call('tracciati.invia', {
      posizioneId,
      nomeFile: file.name,
      contenutoBase64: await fileToBase64(file),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setReceipt(result.value);
    await load();
  };

  return (
    <>
      <form onSubmit={(e) => void submit(e)} className="mb-3">
        <InputField
          id="tracciato-file"
          label={t('tracciati.file')}
          type="file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <Button color="primary" className="mt-2" type="submit" disabled={!file || busy}>
          {t('tracciati.submit')}
        </Button>
      </form>
      {error && <Alert color="danger">{error}</Alert>}
      {receipt && (
        <section
          className="card card-body mb-3"
          aria-labelledby="ricevuta-title"
          data-testid="tracciato-ricevuta"
        >
          <h2 id="ricevuta-title" className="h5">
            {t('tracciati.receipt')}
          </h2>
          <dl className="row small mb-0">
            <dt className="col-sm-3">{t('tracciati.col.protocollo')}</dt>
            <dd className="col-sm-9">{receipt.protocollo}</dd>
            <dt className="col-sm-3">{t('tracciati.col.data')}</dt>
            <dd className="col-sm-9">{when(receipt.dataRicezione)}</dd>
            <dt className="col-sm-3">{t('tracciati.col.file')}</dt>
            <dd className="col-sm-9">{receipt.nomeFile}</dd>
            <dt className="col-sm-3">{t('tracciati.col.esito')}</dt>
            <dd className="col-sm-9">
              {receipt.esito}
              {receipt.motivo ? ` – ${receipt.motivo}` : ''}
            </dd>
            <dt className="col-sm-3">{t('tracciati.col.sha256')}</dt>
            <dd className="col-sm-9 text-break">
              <code>{receipt.sha256}</code>
            </dd>
          </dl>
        </section>
      )}
      <h2 className="h5">{t('tracciati.history')}</h2>
      {history.length === 0 ? (
        <p>{t('tracciati.none')}</p>
      ) : (
        <DataTable
          caption={t('tracciati.history')}
          testId="tracciati-table"
          dense
          rows={history}
          rowKey={(r) => r.protocollo}
          columns={[
            { header: t('tracciati.col.protocollo'), rowHeader: true, cell: (r) => r.protocollo },
            { header: t('tracciati.col.data'), cell: (r) => when(r.dataRicezione) },
            { header: t('tracciati.col.file'), cell: (r) => r.nomeFile },
            { header: t('tracciati.col.dimensione'), cell: (r) => r.dimensione },
            { header: t('tracciati.col.righe'), cell: (r) => r.righe },
            { header: t('tracciati.col.esito'), cell: (r) => r.esito },
          ]}
        />
      )}
    </>
  );
}

export function TracciatiPage() {
  return (
    <WithPosizione>
      {(posizioneId, denominazione) => (
        <section aria-labelledby="tracciati-title">
          <p className="text-muted mb-1">{denominazione}</p>
          <h1 id="tracciati-title">{t('tracciati.title')}</h1>
          <p>{t('tracciati.intro')}</p>
          <Tracciati posizioneId={posizioneId} />
        </section>
      )}
    </WithPosizione>
  );
}

import { ConfirmPanel } from '../../components/ConfirmPanel';
import { TitledSection } from '../../components/TitledSection';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { RicevutaTracciato } from '../../../shared/domain/sezioni';
import { formatCell } from '../../../shared/domain/sezioni';
import { controllaTracciato } from '../../../shared/domain/tracciati';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { usePosizioneStore } from '../../state/posizioneStore';
import { FileField } from '../../files/FileField';
import { fileToBase64, saveFile } from '../../files/fileTransfer';
import { PosizionePage } from './SezionePages';
import { DataTable } from '../../components/DataTable';
import { actionsColumn } from '../../components/RowActions';

const when = (iso: string) => `${formatCell('date', iso)} ${iso.slice(11, 19)}`;

/** The file's bytes one character each, as the sandbox reads them (latin1). */
async function bytesAsText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return text;
}

/** A file checked and ready to send, waiting for the user's confirmation. */
interface Checked {
  file: File;
  righe: number;
  lunghezza: number;
}

function Tracciati({ posizioneId, cfEnte }: { posizioneId: string; cfEnte: string }) {
  const client = useClient();
  // A new key gives a new, empty file input: the choice is cleared once the file is sent.
  const [inputKey, setInputKey] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [confirm, setConfirm] = useState<Checked | null>(null);
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

  const clearChoice = () => {
    setFile(null);
    setInputKey((key) => key + 1);
  };

  // Checked here as INPS checks it, so a wrong file is explained before anything is sent.
  const check = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setReceipt(null);
    const esito = controllaTracciato(await bytesAsText(file), cfEnte);
    if (!esito.ok) return setError(t('tracciati.checkFailed', { file: file.name, motivo: esito.messaggio }));
    setConfirm({ file, righe: esito.righe, lunghezza: esito.lunghezzaRecord });
  };

  const send = async (checked: Checked) => {
    if (busy) return;
    setBusy(true);
    setConfirm(null);
    const result = await client.call('tracciati.send', {
      posizioneId,
      nomeFile: checked.file.name,
      contenutoBase64: await fileToBase64(checked.file),
    });
    setBusy(false);
    clearChoice();
    if (!result.ok) return setError(result.error.message);
    setReceipt(result.value);
    await load();
  };

  const downloadReceipt = async (protocollo: string) => {
    const result = await saveFile(client, {
      call: 'tracciati.ricevutaPdf',
      input: { posizioneId, protocollo },
    });
    if (!result.ok) return setError(result.error.message);
  };

  return (
    <>
      <form onSubmit={(e) => void check(e)} className="mb-3">
        <FileField
          key={inputKey}
          id="tracciato-file"
          label={t('tracciati.file')}
          kind="tracciato"
          onFiles={(files) => {
            setFile(files[0]?.file ?? null);
            setConfirm(null);
            setError(null);
          }}
        />
        <Button color="primary" className="mt-2" type="submit" disabled={!file || busy || confirm !== null}>
          {t('tracciati.submit')}
        </Button>
      </form>
      {confirm && (
        <ConfirmPanel
          id="tracciato-confirm"
          title={t('tracciati.confirmTitle')}
          confirmLabel={t('tracciati.confirmYes')}
          cancelLabel={t('tracciati.confirmNo')}
          busy={busy}
          onConfirm={() => void send(confirm)}
          onCancel={() => setConfirm(null)}
        >
          <p>
            {t('tracciati.confirm', {
              file: confirm.file.name,
              righe: confirm.righe,
              lunghezza: confirm.lunghezza,
              posizione: posizioneId,
            })}
          </p>
        </ConfirmPanel>
      )}
      {busy && (
        <p className="alert alert-info" role="status">
          {t('tracciati.sending')}
        </p>
      )}
      {error && (
        <Alert color="danger" data-testid="tracciato-errore">
          {error}
        </Alert>
      )}
      {receipt && (
        <TitledSection
          id="ricevuta"
          title={t('tracciati.receipt')}
          headingClassName="h5"
          className="card card-body mb-3"
          testId="tracciato-ricevuta"
        >
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
          <div>
            <button
              type="button"
              className="btn btn-outline-primary btn-sm mt-2"
              onClick={() => void downloadReceipt(receipt.protocollo)}
            >
              {t('tracciati.receiptPdf')}
            </button>
          </div>
        </TitledSection>
      )}
      <DataTable
        empty={t('tracciati.none')}
        caption={t('tracciati.history')}
        heading={{ level: 2, className: 'h5' }}
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
          actionsColumn<RicevutaTracciato>(t('tracciati.col.ricevuta'), (r) => [
            {
              text: t('tracciati.receiptPdf'),
              label: t('tracciati.receiptPdfOf', { protocollo: r.protocollo }),
              onClick: () => void downloadReceipt(r.protocollo),
            },
          ]),
        ]}
      />
    </>
  );
}

export function TracciatiPage() {
  const selected = usePosizioneStore((state) => state.selected);
  const cfEnte = selected.kind === 'ready' ? selected.value.codiceFiscaleEnte : '';
  return (
    <PosizionePage id="tracciati" title={t('tracciati.title')} intro={t('tracciati.intro')}>
      {(posizioneId) => <Tracciati key={posizioneId} posizioneId={posizioneId} cfEnte={cfEnte} />}
    </PosizionePage>
  );
}

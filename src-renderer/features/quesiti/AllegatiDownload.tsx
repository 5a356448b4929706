import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import { saveFile } from '../../files/fileTransfer';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';

/** The attachments of a sent quesito, fetched back from INPS as the one ZIP that was sent. */
export function AllegatiDownload({ posizioneId, quesitoId }: { posizioneId: string; quesitoId: string }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    const answer = await saveFile(client, { call: 'quesiti.allegati', input: { posizioneId, quesitoId } });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setError(null);
  }

  return (
    <>
      <Button color="primary" outline size="sm" disabled={busy} onClick={() => void download()}>
        {busy ? t('quesiti.detail.downloading') : t('quesiti.detail.download')}
      </Button>
      {error && (
        <Alert color="danger" className="mt-2">
          {error}
        </Alert>
      )}
    </>
  );
}

import { useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { NotaDiDebito } from '../../../shared/domain/sezioni';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { saveFile } from '../../files/fileTransfer';

/** One nota di debito as a PDF, made on the main side from INPS's list and saved through the host. */
export function NotaDebitoPdfButton({ posizioneId, nota }: { posizioneId: string; nota: NotaDiDebito }) {
  const client = useClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setFailure(null);
    const result = await saveFile(client, {
      call: 'noteDebito.pdf',
      input: { posizioneId, notaId: nota.id },
    });
    setBusy(false);
    if (!result.ok) setFailure(result.error.message);
  }

  return (
    <div className="mb-3">
      <Button color="primary" outline size="sm" disabled={busy} onClick={() => void save()}>
        {t('noteDebito.pdf', { numero: nota.numero })}
      </Button>
      {failure && (
        <Alert color="danger" className="mt-2">
          {failure}
        </Alert>
      )}
    </div>
  );
}

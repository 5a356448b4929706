import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import { t } from '../i18n';
import { useClient } from '../ipc/ClientContext';
import { useSavedFileStore } from './fileTransfer';

/** After a save in the desktop app: where the file went, and the two things one does next. */
export function SavedFileNotice() {
  const client = useClient();
  const saved = useSavedFileStore((state) => state.saved);
  const dismiss = useSavedFileStore((state) => state.dismiss);
  const [error, setError] = useState<string | null>(null);
  if (!saved) return null;
  const reveal = async (action: 'open' | 'folder') => {
    const result = await client.call('files.reveal', { savedId: saved.savedId, action });
    setError(result.ok ? null : result.error.message);
  };
  return (
    <Alert color="success" className="saved-file-notice" role="status" data-testid="saved-file-notice">
      <p className="mb-2">{t('files.saved', { file: saved.fileName })}</p>
      <div className="d-flex flex-wrap gap-2">
        <Button color="primary" size="sm" onClick={() => void reveal('open')}>
          {t('files.open')}
        </Button>
        <Button color="primary" outline size="sm" onClick={() => void reveal('folder')}>
          {t('files.showInFolder')}
        </Button>
        <Button
          color="secondary"
          outline
          size="sm"
          onClick={() => {
            setError(null);
            dismiss();
          }}
        >
          {t('files.dismiss')}
        </Button>
      </div>
      {error && <p className="text-danger mt-2 mb-0">{error}</p>}
    </Alert>
  );
}

import { fileToBase64 } from '../../files/fileTransfer';
import { FilePicker } from '../../files/FilePicker';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';

export type SettingsFileField = 'extraCaCertFile' | 'officialXsdPath';

/**
 * Chooses the CA certificate or the official XSD instead of typing its path: the desktop app's
 * Open dialog gives the path itself; in the browser main keeps a copy and gives that path.
 */
export function SettingsFilePicker({
  field,
  kind,
  onPath,
  onError,
}: {
  field: SettingsFileField;
  kind: 'certificato' | 'xsd';
  onPath(path: string): void;
  onError(message: string): void;
}) {
  const client = useClient();
  return (
    <div className="mb-3 settings-file-picker">
      <FilePicker
        id={`${field}-file`}
        kind={kind}
        aria-label={t(`settings.pickFile.${field}`)}
        onFiles={(files) => {
          const [picked] = files;
          if (!picked) return;
          if (picked.path) return onPath(picked.path);
          void fileToBase64(picked.file).then(async (base64) => {
            const kept = await client.call('files.keepForSettings', {
              field,
              name: picked.file.name,
              base64,
            });
            if (kept.ok) onPath(kept.value.path);
            else onError(kept.error.message);
          });
        }}
      />
    </div>
  );
}

import { Button } from 'design-react-kit';
import { useRef, useState } from 'react';
import { acceptOf, type FilePickKind } from '../../shared/contract';
import { base64ToBytes } from '../../shared/domain/base64';
import { t } from '../i18n';
import { useClient } from '../ipc/ClientContext';
import { useAppStore } from '../state/appStore';

export interface PickedFile {
  file: File;
  /** Where the file is on this computer: only the desktop app's Open dialog knows it. */
  path: string | null;
}

export interface FilePickerProps {
  id: string;
  /** What may be picked: the Open dialog's filter and the browser's `accept` (filePicks.ts). */
  kind: FilePickKind;
  multiple?: boolean;
  'aria-label'?: string;
  'aria-describedby'?: string;
  onFiles(files: PickedFile[]): void;
}

/**
 * Choosing a file: the system's Open dialog in the desktop app (main reads the file), the
 * page's own `<input type=file>` in the browser. Callers get `File`s either way.
 */
export function FilePicker({ id, kind, multiple, onFiles, ...aria }: FilePickerProps) {
  const client = useClient();
  const desktop = useAppStore((state) => state.info?.host === 'electron');
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  if (!desktop) {
    // The browser draws its own button and "no file" text in the browser's language (English in
    // many offices); the input stays the focusable, named control, visually hidden, and an
    // Italian button that only mirrors it stands in for the browser's.
    return (
      <div className="file-picker">
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept={acceptOf(kind)}
          multiple={multiple}
          className="visually-hidden"
          {...aria}
          onChange={(event) => {
            const input = event.target;
            const files = [...(input.files ?? [])];
            setChosen(files.length > 0 ? files.map((file) => file.name).join(', ') : null);
            onFiles(files.map((file) => ({ file, path: null })));
            input.value = '';
          }}
        />
        <span
          aria-hidden="true"
          className="btn btn-outline-primary btn-sm"
          onClick={() => inputRef.current?.click()}
        >
          {t('files.pick')}
        </span>
        {chosen && <span className="ms-2">{chosen}</span>}
      </div>
    );
  }

  const pick = async () => {
    const result = await client.call('files.pick', { kind });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    const outcome = result.value;
    if (outcome.outcome !== 'picked') return;
    const file = new File([base64ToBytes(outcome.base64)], outcome.name);
    setChosen(outcome.name);
    onFiles([{ file, path: outcome.path }]);
  };
  return (
    <div>
      <Button id={id} type="button" color="primary" outline size="sm" {...aria} onClick={() => void pick()}>
        {t('files.pick')}
      </Button>
      {chosen && <span className="ms-2">{chosen}</span>}
      {error && (
        <p className="text-danger mt-1 mb-0" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

import { useRef, useState } from 'react';
import { Button } from 'design-react-kit';
import { t } from '../../i18n';

type Copied = 'copied' | 'manual' | null;

/**
 * An address the user can read, select and copy: the system browser may not have opened, or
 * may be on another machine (terminal servers), so the address itself must always be at hand.
 */
export function CopyableUrl({ id, label, url }: { id: string; label: string; url: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<Copied>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      return setCopied('copied');
    } catch {
      // Electron denies the clipboard permission: the selection and the copy command still work.
      input.current?.select();
      setCopied(document.execCommand('copy') ? 'copied' : 'manual');
    }
  };

  return (
    <div className="mb-3">
      <label htmlFor={id}>{label}</label>
      <div className="d-flex gap-2 align-items-start">
        <input
          ref={input}
          id={id}
          className="form-control"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
          spellCheck={false}
        />
        <Button type="button" color="primary" outline onClick={() => void copy()}>
          {t('login.copyUrl')}
        </Button>
      </div>
      <div aria-live="polite">
        {copied === 'copied' && <small>{t('login.copied')}</small>}
        {copied === 'manual' && <small>{t('login.copyManually')}</small>}
      </div>
    </div>
  );
}

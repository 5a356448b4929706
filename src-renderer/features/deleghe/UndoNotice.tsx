import { Alert, Button } from 'design-react-kit';
import { t } from '../../i18n';
import type { PendingNotice } from './useUndoableAction';

/** The few seconds in which a confirmed revoca can still be taken back. */
export function UndoNotice({ notice, onUndo }: { notice: PendingNotice | null; onUndo(): void }) {
  if (!notice) return null;
  return (
    // No fade: the notice is read (and checked) the moment it appears, not half transparent.
    <Alert color="warning" role="status" data-testid="undo-notice" fade={false}>
      <span className="me-3">{notice.text}</span>
      <Button size="sm" color="primary" onClick={onUndo}>
        {t('undo.annulla')}
      </Button>
    </Alert>
  );
}

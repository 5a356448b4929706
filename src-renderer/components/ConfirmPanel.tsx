import type { ReactNode } from 'react';

interface ConfirmPanelProps {
  /** Prefix of the ids (title) and the test id: one panel per screen. */
  id: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * The question asked before something leaves for INPS (a ListaPosPA, a tracciato): inline, so it
 * can name what is sent, with the focus on the answer that goes ahead.
 */
export function ConfirmPanel({
  id,
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  return (
    <section
      className="alert alert-warning"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      data-testid={id}
    >
      <h2 id={`${id}-title`} className="h5">
        {title}
      </h2>
      {children}
      <div className="d-flex gap-2">
        <button
          type="button"
          className="btn btn-primary btn-sm"
          autoFocus
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </section>
  );
}

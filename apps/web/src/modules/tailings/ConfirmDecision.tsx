import { type ReactNode, useEffect, useId, useRef } from 'react';
import './tailings-admin.css';

export interface ConfirmDecisionProps {
  open: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** While the decision is being sent: both buttons are disabled. */
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks for confirmation before a decision that cannot be undone (WAI-ARIA alert dialog pattern): a modal
 * `<dialog role="alertdialog">` named by its title and described by its text. Opening moves focus to the
 * safe choice (cancel); Escape cancels; closing returns focus to where it was when it still exists.
 *
 * @example
 * <ConfirmDecision open={asking} title="Return this disclosure?" confirmLabel="Return" cancelLabel="Cancel"
 *   onConfirm={send} onCancel={() => setAsking(false)}>The operator will see your reason.</ConfirmDecision>
 */
export function ConfirmDecision({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDecisionProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      cancel.current?.focus();
    } else if (!open && d.open) {
      d.close();
      // Synchronously, not on the `close` event (a task later): a parent's effect may then move focus on.
      const target = returnTo.current;
      returnTo.current = null;
      if (target?.isConnected) target.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="confirm-decision"
      onCancel={(e) => {
        // Escape: the parent decides (it closes the dialog by setting `open` to false).
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      <p className="confirm-actions">
        <button ref={cancel} type="button" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>{' '}
        <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </p>
    </dialog>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';

export interface ConfirmDialogProps {
  /** The question, e.g. "Close the call “Views on the draft”?". */
  title: string;
  /** Exactly what cannot be undone once confirmed, in a full sentence. */
  consequence: string;
  /** The label of the button that does it, e.g. "Close the call". */
  confirmLabel: string;
  /** Does the irreversible thing; the dialog stays open (its buttons disabled) until it settles. */
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
}

/**
 * Asks before an irreversible action, in a modal `<dialog role="alertdialog">`: the browser keeps focus
 * inside it and Escape cancels. Focus starts on Cancel (the safe choice) and returns to the element that
 * opened it. The title names the dialog and the consequence describes it, so a screen reader reads both.
 *
 * @example
 * {asking && (
 *   <ConfirmDialog title="Close the round?" consequence="No ballot can be cast after the close."
 *     confirmLabel="Close the round" onConfirm={close} onCancel={() => setAsking(false)} />
 * )}
 */
export function ConfirmDialog({ title, consequence, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const intl = useIntl();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      if (element?.open) element.close();
      opener?.focus();
    };
  }, []);

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-consequence`}
      onCancel={(event) => {
        // Escape: let React decide (the dialog closes when the parent unmounts it).
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-consequence`}>
        <strong>{intl.formatMessage({ id: 'common.confirm.irreversible' })}</strong> {consequence}
      </p>
      <div className="confirm-actions">
        <button type="button" ref={cancel} onClick={onCancel} disabled={busy}>
          {intl.formatMessage({ id: 'common.confirm.cancel' })}
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={busy} aria-busy={busy}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

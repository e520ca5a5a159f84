import type { FormEvent, ReactNode } from 'react';
import { api } from '../../../api/client.ts';
import { useAction } from './actions.ts';

/** Sends a form's fields as JSON: `bodyOf` reads them, `method` and `path` say where. */
export const sendJson =
  (method: 'POST' | 'PATCH', path: string, bodyOf: (form: FormData) => unknown) => (form: FormData) =>
    api.request(path, { method, body: bodyOf(form) });

/**
 * A form that writes once submitted: `send` gets its fields; on success it says `done`, resets itself when
 * asked and calls `onDone`; on failure it shows the problem (with each field issue) in a status line.
 */
export function WriteForm({
  label,
  submitLabel,
  done,
  send,
  onDone,
  reset = false,
  primary = false,
  children,
}: {
  label: string;
  submitLabel: string;
  done: string;
  send: (form: FormData) => Promise<unknown>;
  onDone: () => void;
  reset?: boolean;
  primary?: boolean;
  children: ReactNode;
}) {
  const action = useAction();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    if (await action.run(() => send(new FormData(element)), done)) {
      if (reset) element.reset();
      onDone();
    }
  }
  return (
    <form onSubmit={submit} aria-label={label}>
      {children}{' '}
      <button type="submit" className={primary ? 'primary' : undefined} disabled={action.busy}>
        {submitLabel}
      </button>
      {action.message && <p role="status">{action.message}</p>}
    </form>
  );
}

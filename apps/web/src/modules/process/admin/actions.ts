import { useState } from 'react';
import { ProblemError } from '../../../api/client.ts';

/** The text of a failed request: the problem's detail and each field issue ("path: message"). */
export function problemText(error: unknown): string {
  return error instanceof ProblemError
    ? [error.detail ?? error.title, ...(error.errors ?? []).map((e) => `${e.path}: ${e.message}`)].join(' — ')
    : String(error);
}

/**
 * Runs a write and keeps what to tell the user: `done` when it succeeded, the problem when it failed.
 * `run` resolves to whether the write succeeded, so a form can reset itself.
 */
export function useAction(): {
  message: string | null;
  busy: boolean;
  run: (write: () => Promise<unknown>, done: string) => Promise<boolean>;
} {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(write: () => Promise<unknown>, done: string): Promise<boolean> {
    setBusy(true);
    setMessage(null);
    try {
      await write();
      setMessage(done);
      return true;
    } catch (error) {
      setMessage(problemText(error));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { message, busy, run };
}

/** The non-empty lines of a text area, trimmed. */
export const nonEmptyLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A form field's text ('' when absent). */
export const field = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();

/** A `datetime-local` value read as UTC ("2030-01-31T17:00" → "2030-01-31T17:00:00Z"). */
export const utcFromLocalInput = (value: string): string => (value ? `${value}:00Z` : '');
/** An ISO instant as a `datetime-local` value in UTC. */
export const localInputFromUtc = (iso: string): string => iso.slice(0, 16);

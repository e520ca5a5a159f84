/**
 * A failure the reader must see (a refused upload, a request that failed), announced by screen readers
 * as soon as it appears; renders nothing without a message.
 * @example <ErrorNotice message={error} />
 */
export function ErrorNotice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="notice notice-warning">
      {message}
    </p>
  );
}

import type { ExchangeAttachment } from '@strata/server/api-types';
import { type FormEvent, useId } from 'react';
import { useIntl } from 'react-intl';
import { postForm } from '../../api/forms.ts';
import type { SessionUser } from '../../api/types.ts';
import { API, DOWNLOADS, useT, useWrite } from './shared.tsx';

/** Short names of the media types the upload rules accept (core's checkUpload); others show as sent. */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** Whether an account may attach files to something written by `authorId` in `countryIso3`'s name. */
export function mayAttach(
  user: SessionUser | null | undefined,
  owner: { authorId?: string | null; countryIso3: string | null },
): boolean {
  if (!user) return false;
  if (user.role === 'secretariat') return true;
  if (owner.authorId && owner.authorId === user.id) return true;
  return user.role === 'focal_point' && !!user.countryIso3 && user.countryIso3 === owner.countryIso3;
}

/** The files attached to a thread, a reply or a case: name (a download link), type and size. */
export function AttachmentList({ items, label }: { items: readonly ExchangeAttachment[]; label: string }) {
  const t = useT();
  const intl = useIntl();
  if (items.length === 0) return null;
  return (
    <ul className="attachments" aria-label={label}>
      {items.map((a) => (
        <li key={a.id}>
          <a href={`${DOWNLOADS}/attachments/${a.id}/file`} download={a.name}>
            {a.name}
          </a>{' '}
          <span className="muted">
            ({TYPE_NAMES[a.mediaType] ?? a.mediaType},{' '}
            {intl.formatNumber(a.sizeBytes / 1024, {
              style: 'unit',
              unit: 'kilobyte',
              maximumFractionDigits: 1,
            })}
            )
          </span>
          {a.demo && <span className="badge badge-demo">{t('demo')}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * A file input that attaches one file to a thread, reply or case. The server judges the type from the
 * bytes (PDF, DOCX, XLSX), caps the size at 10 MiB and keeps the SHA-256; its refusal is shown as is.
 */
export function AttachmentUpload({
  collection,
  id,
  onDone,
}: {
  collection: 'threads' | 'replies' | 'cases';
  id: string;
  onDone: () => void;
}) {
  const t = useT();
  const inputId = useId();
  const write = useWrite();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = new FormData(form).get('file');
    if (!(file instanceof File) || file.size === 0) return;
    const body = new FormData();
    body.append('file', file);
    const done = await write.run(async () => {
      await postForm(`${API}/${collection}/${id}/attachments`, body);
      return true;
    }, t('attach.done'));
    if (done) {
      form.reset();
      onDone();
    }
  }
  return (
    <form className="attach-form" onSubmit={submit} aria-label={t('attach.label')}>
      <label htmlFor={inputId}>{t('attach.file')}</label>{' '}
      <input id={inputId} type="file" name="file" required accept=".pdf,.docx,.xlsx" />{' '}
      <button type="submit" disabled={write.busy}>
        {t('attach.upload')}
      </button>
      <span className="muted"> {t('attach.rules')}</span>
      {write.status}
    </form>
  );
}

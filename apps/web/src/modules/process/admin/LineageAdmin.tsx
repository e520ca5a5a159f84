import type { Proposal } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { PROCESS_API } from '../api.ts';
import { field, useAction } from './actions.ts';

const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

/** A new proposal's code, language, title and text, named `<prefix>code` and so on. */
function NewTextFields({ prefix, legend }: { prefix: string; legend: string }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label>
        {t('process.admin.lineage.code')}{' '}
        <input name={`${prefix}code`} required pattern="[A-Za-z0-9._\-]{1,30}" maxLength={30} size={10} />
      </label>{' '}
      <label>
        {t('process.diff.language')}{' '}
        <select name={`${prefix}language`} defaultValue="en">
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('process.proposal.title')} <input name={`${prefix}title`} required maxLength={500} size={40} />
      </label>
      <p>
        <label>
          {t('process.steer.text')} <textarea name={`${prefix}body`} required rows={3} cols={70} />
        </label>
      </p>
    </fieldset>
  );
}

/** The proposal a form's `<prefix>` fields describe, as the API takes it (one official text). */
function newProposalOf(form: FormData, prefix: string) {
  return {
    code: field(form, `${prefix}code`),
    texts: [
      {
        language: field(form, `${prefix}language`),
        title: field(form, `${prefix}title`),
        body: field(form, `${prefix}body`),
        official: true,
      },
    ],
  };
}

const label = (p: Proposal) => `${p.code} — ${p.currentVersion.texts[0]?.title ?? ''}`;

/** What a confirmed merger or split sends, and what the dialog says about it. */
interface Pending {
  title: string;
  consequence: string;
  confirmLabel: string;
  send: () => Promise<unknown>;
  reset: () => void;
}

/**
 * Merges active proposals into a new one, or splits one into two (co-chairs, secretariat). Both keep the
 * lineage and retire the originals for good, so each asks first in a {@link ConfirmDialog}.
 */
export function LineageAdmin({
  slug,
  proposals,
  onDone,
}: {
  slug: string;
  proposals: Proposal[];
  onDone: () => void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const [parents, setParents] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const action = useAction();
  const codes = (ids: string[]) =>
    intl.formatList(proposals.filter((p) => ids.includes(p.id)).map((p) => p.code));

  function askMerge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const merged = newProposalOf(form, '');
    const ids = [...parents];
    setPending({
      title: t('process.admin.merge.confirmTitle', { codes: codes(ids), code: merged.code }),
      consequence: t('process.admin.merge.consequence', { codes: codes(ids) }),
      confirmLabel: t('process.admin.merge.submit'),
      send: () =>
        api.request(`${PROCESS_API}/processes/${slug}/merges`, {
          method: 'POST',
          body: { ...merged, parentIds: ids },
        }),
      reset: () => {
        element.reset();
        setParents([]);
      },
    });
  }
  function askSplit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const parent = proposals.find((p) => p.id === field(form, 'parent'));
    if (!parent) return;
    const children = [newProposalOf(form, 'a-'), newProposalOf(form, 'b-')];
    setPending({
      title: t('process.admin.split.confirmTitle', {
        code: parent.code,
        codes: intl.formatList(children.map((c) => c.code)),
      }),
      consequence: t('process.admin.split.consequence', { code: parent.code }),
      confirmLabel: t('process.admin.split.submit'),
      send: () =>
        api.request(`${PROCESS_API}/proposals/${parent.id}/splits`, { method: 'POST', body: { children } }),
      reset: () => element.reset(),
    });
  }
  async function confirm() {
    const current = pending;
    if (!current) return;
    setPending(null);
    if (await action.run(current.send, t('process.steer.saved'))) {
      current.reset();
      onDone();
    }
  }

  return (
    <section className="panel" aria-labelledby="admin-lineage-heading">
      <h2 id="admin-lineage-heading">{t('process.admin.lineage')}</h2>
      {proposals.length === 0 && <p className="note">{t('process.admin.noActiveProposals')}</p>}
      {action.message && <p role="status">{action.message}</p>}
      <details>
        <summary>{t('process.admin.merge.open')}</summary>
        <form onSubmit={askMerge} aria-label={t('process.admin.merge.open')}>
          <fieldset>
            <legend>{t('process.admin.merge.parents')}</legend>
            {proposals.map((p) => (
              <p key={p.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={parents.includes(p.id)}
                    onChange={(e) =>
                      setParents((old) => (e.target.checked ? [...old, p.id] : old.filter((x) => x !== p.id)))
                    }
                  />{' '}
                  {label(p)}
                </label>
              </p>
            ))}
          </fieldset>
          <NewTextFields prefix="" legend={t('process.admin.merge.result')} />
          <button type="submit" className="danger" disabled={parents.length < 2 || action.busy}>
            {t('process.admin.merge.submit')}
          </button>
        </form>
      </details>
      <details>
        <summary>{t('process.admin.split.open')}</summary>
        <form onSubmit={askSplit} aria-label={t('process.admin.split.open')}>
          <p>
            <label>
              {t('process.admin.split.parent')}{' '}
              <select name="parent" required defaultValue="">
                <option value="" disabled>
                  —
                </option>
                {proposals.map((p) => (
                  <option key={p.id} value={p.id}>
                    {label(p)}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <NewTextFields prefix="a-" legend={t('process.admin.split.first')} />
          <NewTextFields prefix="b-" legend={t('process.admin.split.second')} />
          <button type="submit" className="danger" disabled={action.busy}>
            {t('process.admin.split.submit')}
          </button>
        </form>
      </details>
      {pending && (
        <ConfirmDialog
          title={pending.title}
          consequence={pending.consequence}
          confirmLabel={pending.confirmLabel}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}

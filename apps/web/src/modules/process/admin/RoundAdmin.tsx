import type { MethodParameters, Proposal, Round } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../../api/client.ts';
import { PROCESS_API } from '../api.ts';
import { BallotForm } from '../BallotForm.tsx';
import { ballotItemTitle } from '../ballot.ts';
import { CloseRoundButton } from '../CoChairForms.tsx';
import { useReloadable } from '../useReloadable.ts';
import { field, localInputFromUtc, useAction, utcFromLocalInput } from './actions.ts';

const METHODS = ['approval', 'ranked', 'score', 'dots'] as const;
type Method = (typeof METHODS)[number];
const DAY_MS = 86_400_000;

/** A round's item for the current version of a proposal, as the API will list it (official texts first). */
export function roundItemOf(p: Proposal): Round['items'][number] {
  return {
    versionId: p.currentVersion.id,
    proposalCode: p.code,
    versionNumber: p.currentVersion.number,
    titles: [...p.currentVersion.texts]
      .sort((a, b) => Number(b.official) - Number(a.official))
      .map((x) => ({ language: x.language, title: x.title })),
  };
}

function parametersOf(method: Method, maxScore: number, dots: number): MethodParameters {
  if (method === 'score') return { method, maxScore };
  if (method === 'dots') return { method, dots };
  return { method };
}

/**
 * Opens a prioritisation round (co-chairs, secretariat) over the current versions of active proposals,
 * showing the ballot exactly as a focal point will see it; lists the rounds not yet closed, to close them.
 */
export function RoundAdmin({ slug, proposals }: { slug: string; proposals: Proposal[] }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { data, reload } = useReloadable<{ items: Round[] }>(`${PROCESS_API}/processes/${slug}/rounds`);
  const [selected, setSelected] = useState<string[]>([]);
  const [method, setMethod] = useState<Method>('approval');
  const [maxScore, setMaxScore] = useState(5);
  const [dots, setDots] = useState(10);
  const action = useAction();
  const [now] = useState(() => Date.now());
  const parameters = parametersOf(method, maxScore, dots);
  const chosen = proposals.filter((p) => selected.includes(p.currentVersion.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((old) => (on ? [...old, id] : old.filter((x) => x !== id)));

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      title: field(form, 'title'),
      parameters,
      versionIds: chosen.map((p) => p.currentVersion.id),
      opensAt: utcFromLocalInput(field(form, 'opensAt')),
      closesAt: utcFromLocalInput(field(form, 'closesAt')),
    };
    const ok = await action.run(
      () => api.request(`${PROCESS_API}/processes/${slug}/rounds`, { method: 'POST', body }),
      t('process.admin.round.opened'),
    );
    if (ok) {
      setSelected([]);
      reload();
    }
  }

  const pending = (data?.items ?? []).filter((r) => r.state !== 'closed');
  return (
    <section className="panel" aria-labelledby="admin-rounds-heading">
      <h2 id="admin-rounds-heading">{t('process.admin.rounds')}</h2>
      {pending.length === 0 && <p className="note">{t('process.admin.round.noneOpen')}</p>}
      <ul className="admin-list">
        {pending.map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong> · {t(`process.roundState.${r.state}`)} ·{' '}
            {t('process.admin.round.ballots', { count: r.ballotsCast })}
            <CloseRoundButton round={r} onDone={reload} />
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('process.admin.round.new')}</summary>
        <form onSubmit={create} aria-label={t('process.admin.round.new')}>
          <p>
            <label>
              {t('process.admin.round.title')} <input name="title" required maxLength={300} size={40} />
            </label>{' '}
            <label>
              {t('process.admin.round.method')}{' '}
              <select value={method} onChange={(e) => setMethod(e.target.value as Method)}>
                {METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`process.method.${m}`)}
                  </option>
                ))}
              </select>
            </label>{' '}
            {(method === 'score' || method === 'dots') && (
              <label>
                {t(method === 'score' ? 'process.admin.round.maxScore' : 'process.admin.round.dots')}{' '}
                <input
                  type="number"
                  min={1}
                  max={method === 'score' ? 100 : 1000}
                  value={method === 'score' ? maxScore : dots}
                  onChange={(e) => (method === 'score' ? setMaxScore : setDots)(Number(e.target.value))}
                />
              </label>
            )}
          </p>
          <p>
            <label>
              {t('process.admin.round.opensAt')}{' '}
              <input
                type="datetime-local"
                name="opensAt"
                required
                defaultValue={localInputFromUtc(new Date(now).toISOString())}
              />
            </label>{' '}
            <label>
              {t('process.admin.round.closesAt')}{' '}
              <input
                type="datetime-local"
                name="closesAt"
                required
                defaultValue={localInputFromUtc(new Date(now + 14 * DAY_MS).toISOString())}
              />
            </label>
          </p>
          <fieldset>
            <legend>{t('process.admin.round.proposals')}</legend>
            {proposals.length === 0 && <p className="note">{t('process.admin.noActiveProposals')}</p>}
            {proposals.map((p) => {
              const item = roundItemOf(p);
              return (
                <p key={p.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.includes(item.versionId)}
                      onChange={(e) => toggle(item.versionId, e.target.checked)}
                    />{' '}
                    <bdi>{p.code}</bdi> — <bdi>{ballotItemTitle(item.titles, intl.locale) ?? ''}</bdi>
                  </label>
                </p>
              );
            })}
          </fieldset>
          {chosen.length > 0 && (
            <BallotForm
              preview
              round={{
                id: 'preview',
                items: chosen.map(roundItemOf),
                parameters,
                rule: t('process.admin.round.previewRule', {
                  method: t(`process.method.${method}`),
                  count: chosen.length,
                }),
              }}
            />
          )}
          <button type="submit" className="primary" disabled={action.busy || chosen.length < 2}>
            {t('process.admin.round.create')}
          </button>
          {chosen.length < 2 && <p className="note">{t('process.admin.round.needTwo')}</p>}
          {action.message && <p role="status">{action.message}</p>}
        </form>
      </details>
    </section>
  );
}

import type { Round } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { api, ProblemError } from '../../api/client.ts';
import { useCountryName } from '../../api/countries.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { PROCESS_API } from './api.ts';
import { ballotItemTitle, buildBallot } from './ballot.ts';
import { ruleText } from './rule.ts';

/**
 * Casts a State's ballot in an open round: for a focal point its own State, for the secretariat any
 * State (cast on its behalf). Casting again replaces the earlier ballot while the round is open. Each
 * proposal is shown by its title (in the reader's language when it has one), its code beside it.
 * With `preview`, the co-chairs see the same ballot before opening the round, and nothing can be cast.
 */
export function BallotForm({
  round,
  onCast,
  preview = false,
}: {
  round: Pick<Round, 'id' | 'items' | 'parameters' | 'rule'>;
  onCast?: () => void;
  preview?: boolean;
}) {
  const intl = useIntl();
  const countryName = useCountryName();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { user } = useSession();
  const [values, setValues] = useState<Record<string, string>>({});
  const [country, setCountry] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (!preview && (!user || (user.role !== 'focal_point' && user.role !== 'secretariat'))) return null;
  const iso3 = user?.role === 'focal_point' ? (user.countryIso3 ?? '') : country.trim().toUpperCase();
  const method = round.parameters.method;
  const items = round.items.map((i) => i.versionId);
  const used = Object.values(values).reduce((s, v) => s + (Number(v) || 0), 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = buildBallot(method, items, values);
    if ('problem' in built) {
      setMessage(t(built.problem));
      return;
    }
    try {
      await api.request(`${PROCESS_API}/rounds/${round.id}/ballots`, {
        method: 'POST',
        body: { countryIso3: iso3, content: built.ballot },
      });
      setMessage(t('process.ballot.cast'));
      onCast?.();
    } catch (error) {
      setMessage(error instanceof ProblemError ? (error.detail ?? error.title) : String(error));
    }
  }

  const set = (id: string, v: string) => setValues((old) => ({ ...old, [id]: v }));
  const headingId = `ballot-heading-${round.id}`;
  const content = (
    <>
      <h3 id={headingId}>{t(preview ? 'process.admin.round.preview' : 'process.ballot.heading')}</h3>
      <p className="note">{ruleText(intl, round.parameters, round.items.length)}</p>
      {preview ? (
        <p className="note">{t('process.admin.round.previewNote')}</p>
      ) : user?.role === 'secretariat' ? (
        <label>
          {t('process.position.country')}{' '}
          <input
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            maxLength={3}
            required
            size={4}
          />
        </label>
      ) : (
        <p>{t('process.position.forCountry', { country: countryName(iso3) })}</p>
      )}
      <ul className="ballot-items">
        {round.items.map((item) => (
          <li key={item.versionId}>
            <label htmlFor={`ballot-${round.id}-${item.versionId}`}>
              {method === 'approval' ? (
                <input
                  id={`ballot-${round.id}-${item.versionId}`}
                  type="checkbox"
                  checked={values[item.versionId] === '1'}
                  onChange={(e) => set(item.versionId, e.target.checked ? '1' : '')}
                />
              ) : (
                <input
                  id={`ballot-${round.id}-${item.versionId}`}
                  type="number"
                  min={method === 'ranked' ? 1 : 0}
                  max={
                    method === 'ranked'
                      ? items.length
                      : method === 'score'
                        ? round.parameters.maxScore
                        : round.parameters.dots
                  }
                  step={1}
                  value={values[item.versionId] ?? ''}
                  onChange={(e) => set(item.versionId, e.target.value)}
                  size={4}
                />
              )}{' '}
              {/* Isolated: a Latin-script title or code keeps its own order in an Arabic line. */}
              <bdi>{ballotItemTitle(item.titles, intl.locale) ?? item.proposalCode}</bdi>{' '}
              <span className="note">
                (<bdi>{`${item.proposalCode} v${item.versionNumber}`}</bdi>)
              </span>
            </label>
          </li>
        ))}
      </ul>
      {method === 'dots' && (
        <p>{t('process.ballot.dotsLeft', { left: (round.parameters.dots ?? 0) - used })}</p>
      )}
      <button type={preview ? 'button' : 'submit'} disabled={preview || iso3.length !== 3}>
        {t('process.ballot.submit')}
      </button>
      {message && <p role="status">{message}</p>}
    </>
  );
  // The preview sits inside the form that opens the round: a section, since forms do not nest.
  return preview ? (
    <section className="panel ballot-form" aria-labelledby={headingId}>
      {content}
    </section>
  ) : (
    <form className="panel ballot-form" onSubmit={submit} aria-labelledby={headingId}>
      {content}
    </form>
  );
}

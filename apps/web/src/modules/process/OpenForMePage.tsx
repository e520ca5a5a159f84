import type { Call, Round, Submission } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useCountries } from '../../api/countries.ts';
import type { SessionUser } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { PROCESS_API } from './api.ts';
import { openItems } from './open-items.ts';
import { LoadError, ProcessNav } from './ProcessNav.tsx';

type Translate = (id: string, values?: Record<string, string | number>) => string;

/** Whether a submission was made by the signed-in account's State or organisation. */
function isMine(user: SessionUser, s: Submission): boolean {
  if (user.role === 'focal_point') return !!user.countryIso3 && s.countryIso3 === user.countryIso3;
  if (user.role === 'observer_contact')
    return !!user.organisationId && s.organisationId === user.organisationId;
  return false;
}

/** This account's submissions to one call, with their state; a line inviting one when there is none. */
function MySubmissions({ call, user, t }: { call: Call; user: SessionUser; t: Translate }) {
  const subs = useApi<{ items: Submission[] }>(`${PROCESS_API}/calls/${call.id}/submissions`);
  if (subs.status !== 'ok') return null;
  const mine = subs.data.items.filter((s) => isMine(user, s));
  if (mine.length === 0) return <p>{t('process.mine.noSubmission')}</p>;
  return (
    <ul aria-label={t('process.mine.yourSubmissions')}>
      {mine.map((s) => (
        <li key={s.id}>
          <bdi>{s.title}</bdi> — {t(`process.submissionStatus.${s.status}`)}
        </li>
      ))}
    </ul>
  );
}

/** The number of submissions waiting in the secretariat's clearing queue. */
function QueueCount({ slug, t }: { slug: string; t: Translate }) {
  const queue = useApi<{ items: Submission[] }>(`${PROCESS_API}/submissions/queue`);
  if (queue.status !== 'ok') return null;
  return (
    <p>
      <Link to={`/process/p/${slug}/submissions`}>
        {t('process.mine.queue', { count: queue.data.items.length })}
      </Link>
    </p>
  );
}

/**
 * What is open for the signed-in account in one process: the calls it can still answer (nearest deadline
 * first, with its own submissions and their state) and the prioritisation rounds open or to come; for the
 * secretariat, the clearing queue's count.
 */
export function OpenForMePage() {
  const intl = useIntl();
  const t: Translate = (id, values) => intl.formatMessage({ id }, values);
  const slug = useParams().slug ?? 'unea-5-12';
  const { user } = useSession();
  const { lang } = useLocale();
  const countries = useCountries();
  usePageTitle(t('process.mine.title'));
  const calls = useApi<{ items: Call[] }>(`${PROCESS_API}/processes/${slug}/calls`);
  const rounds = useApi<{ items: Round[] }>(`${PROCESS_API}/processes/${slug}/rounds`);
  if (!user) return null;
  if (calls.status === 'error') return <LoadError detail={calls.error.detail ?? calls.error.title} />;
  if (rounds.status === 'error') return <LoadError detail={rounds.error.detail ?? rounds.error.title} />;
  if (calls.status !== 'ok' || rounds.status !== 'ok') return <PageLoading />;
  const open = openItems(calls.data.items, rounds.data.items, user.role);
  const when = (iso: string) =>
    intl.formatDate(new Date(iso), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const iso3 = user.role === 'focal_point' ? user.countryIso3 : null;
  const country =
    iso3 && countries.status === 'ok' ? (countries.data.byIso3.get(iso3)?.name[lang] ?? iso3) : iso3;
  const votes = user.role === 'focal_point' || user.role === 'secretariat';
  return (
    <div className="page process-page">
      <ProcessNav slug={slug} />
      <h1>{t('process.mine.title')}</h1>
      <p className="lead">
        {t('process.mine.signedInAs', { role: t(`auth.role.${user.role}`) })}
        {country && (
          <>
            {' · '}
            <bdi>{country}</bdi>
          </>
        )}
      </p>
      {user.role === 'secretariat' && <QueueCount slug={slug} t={t} />}
      <section aria-labelledby="mine-calls">
        <h2 id="mine-calls">{t('process.mine.calls')}</h2>
        {open.calls.length === 0 && <p className="note">{t('process.mine.noCalls')}</p>}
        <ul className="open-items">
          {open.calls.map((c) => (
            <li key={c.id}>
              <h3>
                <Link to={`/process/p/${slug}/submissions#call-${c.id}`}>{c.title}</Link>
              </h3>
              <p>{t('process.mine.deadline', { date: when(c.deadline) })}</p>
              <MySubmissions call={c} user={user} t={t} />
            </li>
          ))}
        </ul>
      </section>
      {votes && (
        <section aria-labelledby="mine-rounds">
          <h2 id="mine-rounds">{t('process.mine.rounds')}</h2>
          {open.rounds.length === 0 && <p className="note">{t('process.mine.noRounds')}</p>}
          <ul className="open-items">
            {open.rounds.map((r) => (
              <li key={r.id}>
                <h3>
                  <Link to={`/process/p/${slug}/rounds#round-${r.id}`}>{r.title}</Link>
                </h3>
                <p>
                  {r.state === 'open'
                    ? t('process.mine.roundCloses', { date: when(r.closesAt), ballots: r.ballotsCast })
                    : t('process.mine.roundOpens', { date: when(r.opensAt) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

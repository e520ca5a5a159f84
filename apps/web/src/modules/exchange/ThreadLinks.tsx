import type { ExchangeThread, ExchangeThreadLinks, Instrument } from '@strata/server/api-types';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { API, DemoBadge, useT } from './shared.tsx';

/** What a thread is about: the process hub's proposals and the instruments of the global assessment. */
export function ThreadLinksSection({ links }: { links: ExchangeThreadLinks }) {
  const t = useT();
  if (links.proposals.length === 0 && links.instruments.length === 0) return null;
  return (
    <section aria-labelledby="thread-links-heading" className="thread-links">
      <h2 id="thread-links-heading">{t('links.heading')}</h2>
      {links.proposals.length > 0 && (
        <>
          <h3>{t('links.proposals')}</h3>
          <ul>
            {links.proposals.map((p) => (
              <li key={p.id}>
                <Link to={`/process/proposals/${p.id}`}>
                  {p.code} — {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {links.instruments.length > 0 && (
        <>
          <h3>{t('links.instruments')}</h3>
          <ul>
            {links.instruments.map((i) => (
              <li key={i.slug}>
                <Link to={`/instruments/items/${i.slug}`}>
                  {i.shortTitle ? `${i.shortTitle} — ${i.title}` : i.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The working-group threads about an instrument (its slug) or a proposal (its id), for that page. Read
 * through the exchange API only; renders nothing when there are none or the read fails (the page stays
 * usable).
 */
export function LinkedThreads({ instrument, proposal }: { instrument?: string; proposal?: string }) {
  const t = useT();
  const intl = useIntl();
  const query = instrument
    ? `instrument=${encodeURIComponent(instrument)}`
    : `proposal=${encodeURIComponent(proposal ?? '')}`;
  const result = useApi<{ items: ExchangeThread[] }>(`${API}/threads?${query}`);
  if (result.status !== 'ok' || result.data.items.length === 0) return null;
  return (
    <section aria-labelledby="linked-threads-heading">
      <h2 id="linked-threads-heading">{t(instrument ? 'links.threads' : 'links.threadsOfProposal')}</h2>
      <ul>
        {result.data.items.map((th) => (
          <li key={th.id}>
            <Link to={`/exchange/threads/${th.id}`} lang={th.language}>
              {th.title}
            </Link>{' '}
            — {th.countryIso3 ?? '—'}, {intl.formatDate(th.createdAt, { dateStyle: 'medium' })}{' '}
            <DemoBadge demo={th.demo} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A multiple choice of what a new thread is about, sent under `name`; nothing when the list is empty. */
function LinkPicker({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: readonly { value: string; text: string }[];
}) {
  const t = useT();
  const id = useId();
  if (options.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} multiple size={Math.min(6, options.length)} aria-describedby={`${id}-hint`}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="muted">
        {t('links.pickHint')}
      </p>
    </div>
  );
}

/**
 * What a new thread is about: the process hub's active proposals (`proposalIds`) and the published
 * instruments of the global assessment (`instrumentSlugs`). A list that cannot be read is left out.
 */
export function LinkPickers() {
  const t = useT();
  const { lang } = useLocale();
  const proposals = useApi<{ items: ExchangeThreadLinks['proposals'] }>(`${API}/proposals?language=${lang}`);
  const instruments = useApi<{ items: Instrument[] }>('/instruments');
  return (
    <>
      <LinkPicker
        name="proposalIds"
        label={t('links.pickProposals')}
        options={
          proposals.status === 'ok'
            ? proposals.data.items.map((p) => ({ value: p.id, text: `${p.code} — ${p.title}` }))
            : []
        }
      />
      <LinkPicker
        name="instrumentSlugs"
        label={t('links.pickInstruments')}
        options={
          instruments.status === 'ok'
            ? instruments.data.items.map((i) => ({
                value: i.slug,
                text: i.shortTitle ? `${i.shortTitle} — ${i.title}` : i.title,
              }))
            : []
        }
      />
    </>
  );
}

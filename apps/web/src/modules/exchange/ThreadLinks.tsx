import type { ExchangeThread, ExchangeThreadLinks, Instrument } from '@strata/server/api-types';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
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
 * The working-group threads about an instrument, for the instrument's page. Read through the exchange
 * API only; renders nothing when there are none or the read fails (the page stays usable).
 */
export function LinkedThreads({ instrument }: { instrument: string }) {
  const t = useT();
  const intl = useIntl();
  const result = useApi<{ items: ExchangeThread[] }>(
    `${API}/threads?instrument=${encodeURIComponent(instrument)}`,
  );
  if (result.status !== 'ok' || result.data.items.length === 0) return null;
  return (
    <section aria-labelledby="linked-threads-heading">
      <h2 id="linked-threads-heading">{t('links.threads')}</h2>
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

/**
 * Instruments of the global assessment a new thread is about: a multiple choice over the published
 * catalogue, sent as `instrumentSlugs`. Renders nothing when the catalogue cannot be read.
 */
export function InstrumentPicker() {
  const t = useT();
  const id = useId();
  const result = useApi<{ items: Instrument[] }>('/instruments');
  if (result.status !== 'ok' || result.data.items.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('links.pickInstruments')}</label>
      <select id={id} name="instrumentSlugs" multiple size={6} aria-describedby={`${id}-hint`}>
        {result.data.items.map((i) => (
          <option key={i.slug} value={i.slug}>
            {i.shortTitle ? `${i.shortTitle} — ${i.title}` : i.title}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="muted">
        {t('links.pickHint')}
      </p>
    </div>
  );
}

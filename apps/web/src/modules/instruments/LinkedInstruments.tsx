import type { LinkedInstrument } from '@strata/server/api-types';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { titleIn } from './titles.ts';

/**
 * Each instrument once (the first of its links), so that a proposal and its cluster, or fifteen
 * requirements, linked to one instrument list it once.
 */
export function distinct(items: readonly LinkedInstrument[]): LinkedInstrument[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.instrumentSlug) && seen.add(i.instrumentSlug));
}

/**
 * The instruments linked to a page of another module (a process-hub proposal and its cluster, a tailings
 * requirement), read from `/api/instruments/links`. Only the API is used: other modules import this
 * component, never the instruments package. Renders nothing when nothing is linked.
 */
export function LinkedInstruments({
  targets,
  headingId,
}: {
  /** What the page shows; without `ref`, every target of that kind (e.g. all GISTM requirements). */
  targets: readonly { kind: LinkedInstrument['targetKind']; ref?: string }[];
  headingId: string;
}) {
  const intl = useIntl();
  const { lang } = useLocale();
  const t = (id: string, values?: Record<string, string>) =>
    intl.formatMessage({ id: `instruments.${id}` }, values);
  const [items, setItems] = useState<LinkedInstrument[]>([]);
  const key = targets
    .map((x) => `targetKind=${x.kind}${x.ref ? `&targetRef=${encodeURIComponent(x.ref)}` : ''}`)
    .join('|');
  useEffect(() => {
    const controller = new AbortController();
    Promise.all(
      key
        .split('|')
        .filter(Boolean)
        .map((q) =>
          api.request<{ items: LinkedInstrument[] }>(`/instruments/links?${q}`, {
            signal: controller.signal,
          }),
        ),
    )
      .then((results) => setItems(distinct(results.flatMap((r) => r.items))))
      // A failed read leaves the section out: the page it sits on stays usable.
      .catch(() => {
        if (!controller.signal.aborted) setItems([]);
      });
    return () => controller.abort();
  }, [key]);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('linked.title')}</h2>
      <ul>
        {items.map((i) => {
          const title = titleIn(i, lang);
          return (
            <li key={`${i.instrumentSlug}-${i.targetKind}-${i.targetRef}`}>
              <Link to={`/instruments/items/${i.instrumentSlug}`} lang={title.lang}>
                {title.title}
              </Link>
              {title.official !== null && <> ({t(title.official ? 'title.official' : 'title.unofficial')})</>}{' '}
              — {t(`kind.${i.kind}`)}
              {i.targetKind === 'process.cluster' && ` — ${t('linked.viaCluster')}`}
              {i.note && i.targetKind.startsWith('process.') ? ` — ${i.note}` : ''}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

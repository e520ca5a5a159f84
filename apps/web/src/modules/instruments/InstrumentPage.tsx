import type { InstrumentCell, InstrumentDetail } from '@strata/server/api-types';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { LinkedThreads } from '../exchange/ThreadLinks.tsx';
import { PartiesSection } from './PartiesSection.tsx';
import { API, LoadError, Page, useT } from './shared.tsx';
import { titleIn } from './titles.ts';

/** One instrument: facts with their sources, titles in official languages, parties, versions, its column. */
export function InstrumentPage() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const result = useApi<InstrumentDetail>(`${API}/items/${slug}`);
  const cells = useApi<{ items: InstrumentCell[] }>(`${API}/matrix?instrument=${slug}`);
  const { lang } = useLocale();
  const shown = result.status === 'ok' ? titleIn(result.data, lang) : null;
  usePageTitle(shown ? shown.title : t('title'));
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (result.status === 'loading') return <PageLoading />;
  const i = result.data;
  const heading = shown ?? titleIn(i, lang);
  const fact = (key: string, label: string, value: React.ReactNode) => {
    const s = i.sources[key];
    return (
      <>
        <dt>{label}</dt>
        <dd>
          {value ?? t('facts.none')}
          {s && value !== null && (
            <small>
              {' '}
              — {t('facts.source', { source: s.title, date: s.consulted })}
              {s.url && (
                <>
                  {' '}
                  <a href={s.url}>↗</a>
                </>
              )}
            </small>
          )}
        </dd>
      </>
    );
  };
  const addressed = cells.status === 'ok' ? cells.data.items.filter((c) => c.grade !== 'not_addressed') : [];
  return (
    <Page
      title={
        <>
          <span lang={heading.lang} dir={heading.lang === 'ar' ? 'rtl' : undefined}>
            {heading.title}
          </span>
          {heading.official !== null && (
            <small> ({t(heading.official ? 'title.official' : 'title.unofficial')})</small>
          )}
        </>
      }
    >
      {heading.lang !== 'en' && <p lang="en">{i.title}</p>}
      {Object.entries(i.titles)
        .filter(([l]) => l !== heading.lang)
        .map(([l, title]) => (
          <p key={l} lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'}>
            {title.title} ({title.official ? t('title.official') : t('title.unofficial')})
            {i.sources[`titles.${l}`] && (
              <small>
                {' '}
                —{' '}
                {t('facts.source', {
                  source: i.sources[`titles.${l}`].title,
                  date: i.sources[`titles.${l}`].consulted,
                })}
              </small>
            )}
          </p>
        ))}
      <h2>{t('facts.title')}</h2>
      <dl>
        {fact('kind', t('col.kind'), t(`kind.${i.kind}`))}
        {fact('issuers', t('facts.issuers'), i.issuers.length ? i.issuers.join(', ') : null)}
        {fact('adoptionYear', t('col.adopted'), i.adoptionYear)}
        {fact('entryIntoForce', t('facts.entryIntoForce'), i.entryIntoForce)}
        {fact(
          'currentVersion',
          t('facts.version'),
          i.currentVersion ? `${i.currentVersion}${i.versionDate ? ` (${i.versionDate})` : ''}` : null,
        )}
        {fact('languages', t('facts.languages'), i.languages.length ? i.languages.join(', ') : null)}
        {fact('assurance', t('col.assurance'), i.assurance ? t(`assurance.${i.assurance}`) : null)}
        {fact('url', t('facts.url'), i.url ? <a href={i.url}>{i.url}</a> : null)}
      </dl>
      {i.binding && <PartiesSection instrument={i} />}
      {i.links.length > 0 && (
        <>
          <h2>{t('links.title')}</h2>
          <ul>
            {i.links.map((l) => (
              <li key={`${l.targetKind}-${l.targetRef}`}>
                {l.targetKind === 'tailings.requirement'
                  ? t('links.gistm', { ref: l.targetRef })
                  : `${l.targetKind} ${l.targetRef}`}
                {l.note ? ` — ${l.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <LinkedThreads instrument={i.slug} />
      <h2>{t('column.title')}</h2>
      {cells.status === 'ok' && cells.data.items.length === 0 && <p>{t('column.ungraded')}</p>}
      {addressed.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('filter.issue')}</th>
              <th scope="col">{t('filter.stage')}</th>
              <th scope="col">{t('col.grade')}</th>
              <th scope="col">{t('col.clause')}</th>
              <th scope="col">{t('col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {addressed.map((c) => (
              <tr key={`${c.issue}-${c.stage}`}>
                <td>{t(`issue.${c.issue}`)}</td>
                <td>{t(`stage.${c.stage}`)}</td>
                <td>{t(`grade.${c.grade}`)}</td>
                <td>{c.clause}</td>
                <td>{t(`status.${c.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

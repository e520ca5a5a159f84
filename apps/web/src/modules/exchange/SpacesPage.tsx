import type { ExchangeSpace } from '@strata/server/api-types';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { DemoBadge, LoadError, Page, STAGES, THEMES, useT } from './shared.tsx';

/** A space's name: its stage or theme translated, else the title it was created with. */
export function useSpaceName() {
  const t = useT();
  return (s: ExchangeSpace) => (s.stage ? t(`stage.${s.stage}`) : s.theme ? t(`theme.${s.theme}`) : s.title);
}

function SpaceList({ heading, id, spaces }: { heading: string; id: string; spaces: ExchangeSpace[] }) {
  const t = useT();
  const name = useSpaceName();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="space-list">
        {spaces.map((s) => (
          <li key={s.id}>
            <Link to={`/exchange/spaces/${s.slug}`}>{name(s)}</Link>{' '}
            {s.visibility === 'members' && <span className="badge">{t('space.members')}</span>}{' '}
            <DemoBadge demo={s.demo} />
            {s.description && <p className="muted">{s.description}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The working-group spaces, by life-cycle stage and by theme (and any others the secretariat opened). */
export function SpacesPage() {
  const t = useT();
  usePageTitle(t('title'));
  const result = useApi<{ items: ExchangeSpace[] }>('/exchange/spaces');
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (result.status === 'loading') return <PageLoading />;
  const spaces = result.data.items;
  const byStage = STAGES.flatMap((stage) => spaces.filter((s) => s.stage === stage));
  const byTheme = THEMES.flatMap((theme) => spaces.filter((s) => s.stage === null && s.theme === theme));
  const others = spaces.filter((s) => s.stage === null && s.theme === null);
  return (
    <Page title={t('title')}>
      <p>{t('spaces.intro')}</p>
      <div className="space-columns">
        <SpaceList heading={t('spaces.byStage')} id="spaces-stage" spaces={byStage} />
        <SpaceList heading={t('spaces.byTheme')} id="spaces-theme" spaces={byTheme} />
        {others.length > 0 && <SpaceList heading={t('spaces.other')} id="spaces-other" spaces={others} />}
      </div>
    </Page>
  );
}

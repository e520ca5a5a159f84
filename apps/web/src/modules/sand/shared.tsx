import './sand.css';
import type { SandSource, Tier } from '@strata/sand/browser';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router';
import { isPoint, TIER_COLOURS, type TonneScale, tonnesIn } from './view.ts';

type Values = Record<string, string | number>;

/** The page's message function: `t('sand.world.title', { year })`. */
export function useT(): (id: string, values?: Values) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}

/** A figure in megatonnes or gigatonnes, two significant decimals at most. */
export function useTonnes(): (tonnes: number, scale: TonneScale) => string {
  const intl = useIntl();
  return (tonnes, scale) =>
    intl.formatNumber(tonnesIn(tonnes, scale), { maximumFractionDigits: scale === 'Gt' ? 2 : 1 });
}

/** "central Mt (low–high)", or "central Mt" with "no band stated" when the source gives a point value. */
export function BandText({
  band,
  scale,
}: {
  band: { low: number; central: number; high: number };
  scale: TonneScale;
}) {
  const t = useT();
  const n = useTonnes();
  const values = { central: n(band.central, scale), low: n(band.low, scale), high: n(band.high, scale) };
  const unit = scale === 'Gt' ? 'gt' : 'mt';
  return <>{t(isPoint(band) ? `sand.point.${unit}` : `sand.band.${unit}`, values)}</>;
}

/** The tier's name with its colour swatch (the colour repeats, never replaces, the words). */
export function TierLabel({ tier }: { tier: Tier }) {
  const t = useT();
  return (
    <span className="sand-tier">
      <span className="swatch" style={{ backgroundColor: TIER_COLOURS[tier] }} aria-hidden="true" />
      {t(`sand.tier.${tier}`)}
    </span>
  );
}

/** The observatory's own navigation: world, map, methodology. */
export function SandNav() {
  const t = useT();
  return (
    <nav className="sand-nav" aria-label={t('sand.nav.label')}>
      <ul>
        <li>
          <NavLink to="/sand" end>
            {t('sand.nav.world')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/sand/map">{t('sand.nav.map')}</NavLink>
        </li>
        <li>
          <NavLink to="/sand/governance">{t('sand.nav.governance')}</NavLink>
        </li>
        <li>
          <NavLink to="/sand/submissions">{t('sand.nav.submissions')}</NavLink>
        </li>
        <li>
          <NavLink to="/sand/methodology">{t('sand.nav.methodology')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** The provenance of figures: each source's title, publisher, licence, retrieval date, method and link. */
export function SourceList({ sources, headingId }: { sources: readonly SandSource[]; headingId: string }) {
  const t = useT();
  return (
    <dl className="sand-sources" aria-labelledby={headingId}>
      {sources.map((s) => (
        <div key={s.id}>
          <dt>
            {s.url ? <a href={s.url}>{s.title}</a> : s.title} <TierLabel tier={s.tier} />
          </dt>
          <dd>
            {t('sand.source.line', { publisher: s.publisher, licence: s.licence, retrieved: s.retrieved })}
          </dd>
          <dd>{t('sand.source.method', { method: s.method })}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The error of a failed load, announced. */
export function LoadError({ detail }: { detail: string }) {
  const t = useT();
  return (
    <p role="alert" className="error-summary">
      {t('common.loadError', { detail })}
    </p>
  );
}

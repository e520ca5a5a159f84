import {
  CEMENT_FACTORS,
  CEMENT_SOURCE,
  IRP_SOURCE,
  type SandSource,
  TIER_RELATIVE_BAND,
  TIERS,
  USGS_AGGREGATES_SOURCE,
} from '@strata/sand/browser';
import { useIntl } from 'react-intl';
import { ScrollFrame } from '../../ui/ScrollFrame.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { SandNav, SourceList, TierLabel, useT } from './shared.tsx';

/** The sources the observatory seeds, with the tier each feeds. */
const SOURCES: SandSource[] = [{ ...USGS_AGGREGATES_SOURCE, tier: 'official' }, IRP_SOURCE, CEMENT_SOURCE];

/**
 * The methodology page, written from the parameters the code uses (`@strata/sand/browser`): the tiers in
 * their order of precedence, the band of each tier, the cement factors and the sources.
 */
export function MethodologyPage() {
  const intl = useIntl();
  const t = useT();
  usePageTitle(t('sand.method.title'));
  const pct = (x: number) => intl.formatNumber(x, { style: 'percent', maximumFractionDigits: 1 });
  const factor = (x: number) => intl.formatNumber(x, { maximumFractionDigits: 2 });
  return (
    <article className="page sand-method">
      <SandNav />
      <h1>{t('sand.method.title')}</h1>
      <p className="lead">{t('sand.method.intro')}</p>

      <section aria-labelledby="sand-method-tiers">
        <h2 id="sand-method-tiers">{t('sand.method.tiers')}</h2>
        <p>{t('sand.method.tiersIntro')}</p>
        <ol>
          {TIERS.map((tier) => (
            <li key={tier}>
              <TierLabel tier={tier} />: {t(`sand.method.tier.${tier}`)}
            </li>
          ))}
        </ol>
        <p>{t('sand.method.precedence')}</p>
      </section>

      <section aria-labelledby="sand-method-bands">
        <h2 id="sand-method-bands">{t('sand.method.bands')}</h2>
        <p>{t('sand.method.bandsIntro')}</p>
        {/* The parameter table scrolls within its frame on a narrow screen, not the page. */}
        <ScrollFrame label={t('sand.method.bandTable')}>
          <table className="data-table sand-params">
            <caption>{t('sand.method.bandTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sand.field.tier')}</th>
                <th scope="col">{t('sand.method.relativeBand')}</th>
              </tr>
            </thead>
            <tbody>
              {TIERS.map((tier) => (
                <tr key={tier}>
                  <th scope="row">
                    <TierLabel tier={tier} />
                  </th>
                  <td className="numeric">
                    {tier === 'cement-proxy'
                      ? t('sand.method.factorBand')
                      : `± ${pct(TIER_RELATIVE_BAND[tier])}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollFrame>
        <p>{t('sand.method.sum')}</p>
      </section>

      <section aria-labelledby="sand-method-cement">
        <h2 id="sand-method-cement">{t('sand.method.cement')}</h2>
        <p>
          {t('sand.method.cementIntro', {
            low: factor(CEMENT_FACTORS.low),
            central: factor(CEMENT_FACTORS.central),
            high: factor(CEMENT_FACTORS.high),
          })}
        </p>
        <p>{t('sand.method.cementCaveat')}</p>
      </section>

      <section aria-labelledby="sand-method-headline">
        <h2 id="sand-method-headline">{t('sand.method.headline')}</h2>
        <p>{t('sand.method.headlineText')}</p>
      </section>

      <section aria-labelledby="sand-method-sources">
        <h2 id="sand-method-sources">{t('sand.sources.title')}</h2>
        <SourceList sources={SOURCES} headingId="sand-method-sources" />
      </section>
    </article>
  );
}

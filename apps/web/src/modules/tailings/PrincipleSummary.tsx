import { GISTM_TEXT_SOURCES, principleText } from '@strata/tailings/browser';
import { useIntl } from 'react-intl';

/** One principle's conformance counts, as the facility API sends them. */
export interface PrincipleCounts {
  principle: number;
  met: number;
  partlyMet: number;
  notMet: number;
  notAssessed: number;
}

/**
 * The self-assessment summary by principle, each principle named by its statement in the reader's language:
 * the Global Tailings Review's published translation where it was read, else Strata's rendering of the
 * English original, marked unofficial on its row; a note under the table names both sources.
 */
export function PrincipleSummary({ summary }: { summary: readonly PrincipleCounts[] }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const texts = summary.map((p) => principleText(p.principle, intl.locale));
  const translated = texts.find((x) => x.kind === 'translation');
  const rendered = texts.some((x) => x.kind === 'rendering');
  const unofficial = t('tailings.knowledge.unofficialTranslation');
  return (
    <section>
      <h2>{t('tailings.selfAssessment.title')}</h2>
      <div className="table-scroll">
        <table className="data-table principle-summary">
          <caption>{t('tailings.selfAssessment.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tailings.selfAssessment.principle')}</th>
              <th scope="col">{t('tailings.selfAssessment.met')}</th>
              <th scope="col">{t('tailings.selfAssessment.partly_met')}</th>
              <th scope="col">{t('tailings.selfAssessment.not_met')}</th>
              <th scope="col">{t('tailings.selfAssessment.not_assessed')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((p, i) => (
              <tr key={p.principle}>
                <th scope="row" className="statement-header">
                  {intl.formatNumber(p.principle)}.{' '}
                  <bdi lang={texts[i]?.lang} className="principle-statement">
                    {texts[i]?.text}
                  </bdi>
                  {texts[i]?.kind === 'rendering' && <span className="muted"> ({unofficial})</span>}
                </th>
                <td>{intl.formatNumber(p.met)}</td>
                <td>{intl.formatNumber(p.partlyMet)}</td>
                <td>{intl.formatNumber(p.notMet)}</td>
                <td>{intl.formatNumber(p.notAssessed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted principle-sources">
        {translated && (
          <>
            {t('tailings.gistmText.translation', {
              date: intl.formatDate(translated.source.date, { dateStyle: 'long' }),
            })}{' '}
            <a href={translated.source.readAt} lang={translated.lang}>
              {translated.source.title}
            </a>
            .{' '}
          </>
        )}
        {rendered && t('tailings.gistmText.rendering', { unofficial })}{' '}
        <a href={GISTM_TEXT_SOURCES.en.publisherPage} lang="en">
          {GISTM_TEXT_SOURCES.en.title}
        </a>
        .
      </p>
    </section>
  );
}

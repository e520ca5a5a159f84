import type { DredgingDatasetRef as DatasetRef } from '@strata/server/api-types';
import { useIntl } from 'react-intl';

/**
 * Says which dataset a view shows, flags synthetic demo data and approximate country waters, says that
 * tonnes are wet, and sets the published global estimate (Marine Sand Watch, cited by UNEP's progress
 * report on resolution 5/12, §19) beside Strata's own figures.
 */
export function DatasetNotice({ dataset }: { dataset: DatasetRef }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  return (
    <div className="dredging-notice">
      {dataset.synthetic && (
        <p role="note" className="notice notice-warning">
          <strong>{t('dredging.synthetic.label')}</strong> {t('dredging.synthetic.body')}
        </p>
      )}
      <p className="notice">
        {t('dredging.dataset', { name: dataset.name })}{' '}
        {dataset.countryMethod === 'approximate'
          ? t('dredging.waters.approximate')
          : t('dredging.waters.official')}{' '}
        {t('dredging.tonnes.wet')}
      </p>
      <p className="notice" data-testid="published-reference">
        {t('dredging.reference.published')}
      </p>
    </div>
  );
}

/** A low – high band with its central value, in cubic metres (or tonnes). */
export function BandText({
  band,
  unit = 'm3',
}: {
  band: { low: number; central: number; high: number };
  unit?: 'm3' | 't';
}) {
  const intl = useIntl();
  const n = (x: number) => intl.formatNumber(Math.round(x));
  return (
    <>
      {intl.formatMessage(
        { id: unit === 't' ? 'dredging.bandTonnes' : 'dredging.band' },
        { low: n(band.low), central: n(band.central), high: n(band.high) },
      )}
    </>
  );
}
